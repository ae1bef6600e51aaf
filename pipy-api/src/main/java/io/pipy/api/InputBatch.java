package io.pipy.api;

import io.netty.util.concurrent.FastThreadLocal;
import java.util.Arrays;

/**
 * The batch of input being dispatched on this worker thread: what one socket read at once, and
 * every event that causes, down to the writes to other sockets. Transports mark a batch with
 * {@link #begin} and {@link #end}. A protocol filter that does better with all of a batch's
 * events at hand than with each as it comes (an HTTP/2 answer whose head, body and end arrive in
 * one read goes out as one message with its length) asks with {@link #atEnd} to finish its work
 * when the batch ends: after the last event, before the batch's output is flushed to sockets.
 *
 * <p>Outside a batch (timers, promise reactions, tests without sockets) {@link #atEnd} declines
 * and the filter does its work at once. One instance per thread ({@link #current()}); a worker is
 * one thread, so code on a worker may look it up once and keep it.
 */
public final class InputBatch {

  private static final FastThreadLocal<InputBatch> BATCHES = new FastThreadLocal<>() {
    @Override
    protected InputBatch initialValue() {
      return new InputBatch();
    }
  };

  private boolean open;
  private Runnable[] tasks = new Runnable[8];
  private int count;

  private InputBatch() {
  }

  /** The batch state of the calling thread. */
  public static InputBatch current() {
    return BATCHES.get();
  }

  /** For transports: input starts being dispatched (a no-op while a batch is open). */
  public void begin() {
    open = true;
  }

  /**
   * Runs {@code task} when the open batch ends, and returns true; returns false, keeping nothing,
   * when no batch is open.
   */
  public boolean atEnd(Runnable task) {
    if (!open) return false;
    if (count == tasks.length) tasks = Arrays.copyOf(tasks, count * 2);
    tasks[count++] = task;
    return true;
  }

  /**
   * For transports: the batch has been dispatched; runs the tasks asked for, in order (also those
   * asked for by the tasks themselves), before the transport flushes its output.
   */
  public void end() {
    for (int i = 0; i < count; i++) {
      Runnable task = tasks[i];
      tasks[i] = null;
      try {
        task.run();
      } catch (RuntimeException e) {
        Log.error("uncaught error at the end of an input batch: " + e);
      }
    }
    count = 0;
    open = false;
  }
}
