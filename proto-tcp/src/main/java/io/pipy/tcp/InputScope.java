package io.pipy.tcp;

import io.netty.util.concurrent.FastThreadLocal;
import io.pipy.api.InputBatch;

/**
 * Which input source the event being dispatched on this worker came from, so that a writer that
 * gets congested knows whose {@link Tap} to close: the socket whose read it is handling (a proxy's
 * client when bytes go upstream, the upstream connection when they come back). Sources
 * {@link #enter} their tap around each dispatch; events produced outside any dispatch (timers,
 * promise reactions) have no source and are not held back.
 *
 * <p>It also batches flushes across connections: while a socket's read batch is dispatched
 * ({@link #beginRead} to {@link #endRead}), writers of other connections that get output (a proxy
 * writing upstream what a client sent) are flushed once when the batch ends instead of each
 * queueing a task on the event loop: two fewer tasks per proxied request. The batch is also the
 * worker's {@link InputBatch}, whose end-of-batch work runs before those flushes.
 *
 * <p>One instance per worker thread; a worker is one thread, so this is the worker's state. Code
 * that lives on one worker looks it up once ({@link #current()}) and keeps it.
 */
final class InputScope {

  private static final FastThreadLocal<InputScope> SCOPES = new FastThreadLocal<>() {
    @Override
    protected InputScope initialValue() {
      return new InputScope();
    }
  };

  private Tap tap;
  /** Whether a read batch is being dispatched or its output flushed. */
  private boolean reading;
  /** When that read batch began. */
  private long batchStart;
  private ChannelWriter[] pendingFlushes = new ChannelWriter[8];
  private int pendingCount;
  private final InputBatch batch = InputBatch.current();

  private InputScope() {
  }

  /** The scope of the calling thread. */
  static InputScope current() {
    return SCOPES.get();
  }

  /** The tap of the input being dispatched, or null. */
  Tap tap() {
    return tap;
  }

  /** Marks {@code source} as the input being dispatched; returns what to give {@link #exit}. */
  Tap enter(Tap source) {
    Tap previous = tap;
    tap = source;
    return previous;
  }

  /** Ends a dispatch begun by {@link #enter}. */
  void exit(Tap previous) {
    tap = previous;
  }

  /** A socket's read batch starts being dispatched (Netty's channelRead). */
  void beginRead() {
    if (!reading) {
      reading = true;
      batchStart = System.nanoTime();
      batch.begin();
    }
  }

  /**
   * The time for connection timers ({@link System#nanoTime} scale): while a read batch is
   * dispatched and flushed, when the batch began, so a proxied request reads the clock once per
   * socket read instead of once per read and per write on each side; else the time now.
   */
  long now() {
    return reading ? batchStart : System.nanoTime();
  }

  /**
   * Asks for {@code writer} to be flushed when the read batch being dispatched ends; false if
   * none is (the caller flushes some other way).
   */
  boolean deferFlush(ChannelWriter writer) {
    if (!reading) return false;
    if (pendingCount == pendingFlushes.length) pendingFlushes = java.util.Arrays.copyOf(pendingFlushes, pendingCount * 2);
    pendingFlushes[pendingCount++] = writer;
    return true;
  }

  /**
   * The read batch has been dispatched (Netty's channelReadComplete, which Netty fires after
   * every batch of channelRead calls, also when the read failed): flushes the writers it gave
   * output to.
   */
  void endRead() {
    // What waits for the end of the batch may write to other connections: before their flushes.
    batch.end();
    // By index: a flush does not write to other writers, but if one ever does, the writer it
    // defers joins this loop.
    for (int i = 0; i < pendingCount; i++) {
      ChannelWriter w = pendingFlushes[i];
      pendingFlushes[i] = null;
      w.runQueuedFlush();
    }
    pendingCount = 0;
    reading = false;
  }
}
