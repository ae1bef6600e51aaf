package io.pipy.engine;

import io.pipy.api.KeepAlive;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the reasons the process has to keep running (listeners, timers, open streams). When
 * the count drops to zero it calls {@code onZero}, which must not block: the engine then checks,
 * off the worker threads, whether anything is really left to do.
 */
final class Liveness {

  private final AtomicInteger holds = new AtomicInteger();
  private final Runnable onZero;

  Liveness(Runnable onZero) {
    this.onZero = onZero;
  }

  KeepAlive acquire(String reason) {
    holds.incrementAndGet();
    AtomicBoolean closed = new AtomicBoolean();
    return new KeepAlive() {
      @Override
      public void close() {
        if (closed.compareAndSet(false, true) && holds.decrementAndGet() == 0) onZero.run();
      }

      @Override
      public String toString() {
        return "KeepAlive(" + reason + ")";
      }
    };
  }

  int count() {
    return holds.get();
  }
}
