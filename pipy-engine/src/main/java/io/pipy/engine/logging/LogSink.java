package io.pipy.engine.logging;

import io.pipy.api.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Where log records go, written by a thread of its own so that a slow or dead destination never
 * holds up a worker: {@link #offer} only appends to a bounded lock-free queue and wakes the
 * writer thread. When the queue is full (by record count or by bytes) the record is dropped and
 * counted; the count is in {@link #dropped()}, and the writer thread logs how many were dropped
 * at most every {@value #DROP_REPORT_SECONDS} seconds.
 *
 * <p>Sinks are shared: every worker's loggers writing to one file or URL use one sink.
 */
public abstract class LogSink {

  /** A record: the logger's name and the bytes of one log line (without a line break). */
  public record Record(String logger, byte[] bytes) {
  }

  static final int DROP_REPORT_SECONDS = 10;

  private final String description;
  private final int maxRecords;
  private final long maxBytes;
  private final ConcurrentLinkedQueue<Record> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicLong queuedBytes = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final AtomicInteger busy = new AtomicInteger();
  /** Set by the writer just before it parks, so {@link #offer} wakes it only when it sleeps. */
  private final java.util.concurrent.atomic.AtomicBoolean sleeping = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile Thread thread;
  private volatile boolean closed;
  private long reportedDrops;
  private long lastReport;

  /**
   * @param description what the sink writes to, for messages
   * @param maxRecords how many records may wait
   * @param maxBytes how many bytes may wait
   */
  protected LogSink(String description, int maxRecords, long maxBytes) {
    this.description = description;
    this.maxRecords = maxRecords;
    this.maxBytes = maxBytes;
  }

  /** What the sink writes to. */
  public final String description() {
    return description;
  }

  /** Queues a record; false (and counted as dropped) if the queue is full. Never blocks. */
  public final boolean offer(Record r) {
    if (closed) {
      dropped.incrementAndGet();
      return false;
    }
    int n = queued.incrementAndGet();
    long b = queuedBytes.addAndGet(r.bytes().length);
    if (n > maxRecords || b > maxBytes) {
      queued.decrementAndGet();
      queuedBytes.addAndGet(-r.bytes().length);
      dropped.incrementAndGet();
      return false;
    }
    queue.add(r);
    Thread t = thread;
    if (t == null) {
      start();
    } else if (sleeping.get() && sleeping.compareAndSet(true, false)) {
      LockSupport.unpark(t);
    }
    return true;
  }

  private synchronized void start() {
    Thread t = thread;
    if (t == null) {
      t = new Thread(this::run, "pipy-log-" + description);
      t.setDaemon(true);
      thread = t;
      t.start();
    }
  }

  /** Records dropped because the queue was full (or the sink closed). */
  public final long dropped() {
    return dropped.get();
  }

  /** Records handed to the destination. */
  public final long written() {
    return written.get();
  }

  /** Records waiting. */
  public final int pending() {
    return queued.get();
  }

  /** Writes a batch of records; called on the sink's thread only. May block (it is not a worker). */
  protected abstract void write(List<Record> batch) throws Exception;

  /** How long the writer may sleep when idle before {@link #onIdle()} (nanoseconds; 0: forever). */
  protected long idleNanos() {
    return TimeUnit.SECONDS.toNanos(1);
  }

  /** Called on the sink's thread when it has been idle for {@link #idleNanos()}: flush timers and the like. */
  protected void onIdle() throws Exception {
  }

  /** The most records {@link #write} gets at once; 0 while the sink cannot take more. */
  protected int batchLimit() {
    return 1024;
  }

  /** Counts records the destination refused for good (a batch given up). */
  protected final void countDropped(int n) {
    dropped.addAndGet(n);
  }

  private void run() {
    List<Record> batch = new ArrayList<>();
    while (true) {
      Record r;
      busy.set(1);
      int limit = batchLimit();
      while (batch.size() < limit && (r = queue.poll()) != null) {
        queued.decrementAndGet();
        queuedBytes.addAndGet(-r.bytes().length);
        batch.add(r);
      }
      try {
        if (!batch.isEmpty()) {
          int n = batch.size();
          write(batch);
          written.addAndGet(n);
        } else {
          onIdle();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        Log.warn("log sink " + description + ": " + e);
      } catch (Error e) {
        Log.error("log sink " + description + " failed: " + e);
      }
      batch.clear();
      reportDrops();
      busy.set(0);
      if (queue.isEmpty() || limit <= 0) {
        if (closed && queue.isEmpty()) return;
        sleeping.set(true);
        if (queue.isEmpty() || limit <= 0) {
          long idle = idleNanos();
          if (idle > 0) LockSupport.parkNanos(this, idle);
          else LockSupport.park(this);
        }
        sleeping.set(false);
      }
    }
  }

  private void reportDrops() {
    long d = dropped.get();
    long now = System.nanoTime();
    if (d != reportedDrops && now - lastReport > TimeUnit.SECONDS.toNanos(DROP_REPORT_SECONDS)) {
      Log.warn("log sink " + description + ": dropped " + (d - reportedDrops) + " log records (" + d + " in all)");
      reportedDrops = d;
      lastReport = now;
    }
  }

  /** Waits until everything queued so far has been handed on, up to {@code millis}; true if it was. */
  public final boolean flush(long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < deadline) {
      if (queued.get() == 0 && busy.get() == 0 && !hasUnsent()) return true;
      Thread t = thread;
      if (t != null) LockSupport.unpark(t);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
    return false;
  }

  /** Whether the sink holds records it took from the queue but has not delivered (a pending batch). */
  protected boolean hasUnsent() {
    return false;
  }

  /** Stops accepting records; the writer thread ends once the queue is empty. */
  public void close() {
    closed = true;
    Thread t = thread;
    if (t != null) LockSupport.unpark(t);
  }
}
