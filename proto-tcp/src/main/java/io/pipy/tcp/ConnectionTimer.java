package io.pipy.tcp;

import io.netty.channel.EventLoop;
import io.pipy.api.StreamEnd;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The read, write and idle timeouts of one connection, measured as Pipy measures them: the
 * time since the last completed read, the time since the last completed write, and both at
 * once for idle. One timer task per connection, re-armed only when it fires, so reads and
 * writes just record a time stamp.
 */
final class ConnectionTimer implements Runnable {

  /** The connection a timer watches. */
  interface Owner {
    /** Output bytes written to the socket and not yet sent. */
    long pendingWriteBytes();

    /** A timeout fired. */
    void timedOut(StreamEnd.Error error);
  }

  /** How often to look at a backlog of unsent output for progress. */
  private static final long BACKLOG_LOOK_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Owner connection;
  private final long readTimeout;
  private final long writeTimeout;
  private final long idleTimeout;
  private EventLoop loop;
  /** The worker's clock for time stamps (cheaper than reading the system clock each time). */
  private InputScope clock;
  private ScheduledFuture<?> pending;
  private long lastInput;
  private long lastOutput;
  /** Unsent output bytes at the last look. */
  private long lastBacklog;

  /** Timeouts in nanoseconds, 0 for none. */
  ConnectionTimer(Owner connection, long readTimeout, long writeTimeout, long idleTimeout) {
    this.connection = connection;
    this.readTimeout = readTimeout;
    this.writeTimeout = writeTimeout;
    this.idleTimeout = idleTimeout;
  }

  /** Starts the clocks; call on the connection's event loop, whose scope is {@code clock}. */
  void start(EventLoop loop, InputScope clock) {
    this.loop = loop;
    this.clock = clock;
    long now = System.nanoTime();
    lastInput = now;
    lastOutput = now;
    schedule(now);
  }

  /** Records that bytes were read. */
  void inputSeen() {
    lastInput = clock.now();
  }

  /** Records that a write completed. */
  void outputSeen() {
    lastOutput = clock.now();
  }

  /** Stops for good. */
  void cancel() {
    loop = null;
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
  }

  @Override
  public void run() {
    pending = null;
    if (loop == null) return;
    long now = System.nanoTime();
    // Completed writes are reported per flush batch, and a big batch to a slow reader takes a
    // while; a backlog that shrank since the last look counts as writing too. A backlog seen
    // for the first time gets one more look before it can time out.
    long backlog = connection.pendingWriteBytes();
    boolean firstLook = backlog > 0 && lastBacklog == 0;
    if (backlog < lastBacklog) lastOutput = now;
    lastBacklog = backlog;
    long sinceInput = now - lastInput;
    long sinceOutput = now - lastOutput;
    StreamEnd.Error error = null;
    if (idleTimeout > 0 && sinceInput >= idleTimeout && sinceOutput >= idleTimeout) {
      error = StreamEnd.Error.IDLE_TIMEOUT;
    } else if (readTimeout > 0 && sinceInput >= readTimeout) {
      error = StreamEnd.Error.READ_TIMEOUT;
    } else if (writeTimeout > 0 && sinceOutput >= writeTimeout) {
      error = StreamEnd.Error.WRITE_TIMEOUT;
    }
    if (error == null) {
      schedule(now);
    } else if (firstLook && error != StreamEnd.Error.READ_TIMEOUT) {
      arm(BACKLOG_LOOK_NANOS);
    } else {
      connection.timedOut(error);
    }
  }

  private void schedule(long now) {
    long due = Long.MAX_VALUE;
    if (idleTimeout > 0) due = Math.min(due, Math.max(lastInput, lastOutput) + idleTimeout - now);
    if (readTimeout > 0) due = Math.min(due, lastInput + readTimeout - now);
    if (writeTimeout > 0) due = Math.min(due, lastOutput + writeTimeout - now);
    if (due == Long.MAX_VALUE) return;
    if (lastBacklog > 0) due = Math.min(due, BACKLOG_LOOK_NANOS);
    arm(due);
  }

  private void arm(long delayNanos) {
    try {
      pending = loop.schedule(this, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // The worker is shutting down and will close the connection itself.
    }
  }
}
