package io.pipy.engine.algo;

/** Where {@code algo} classes read the time, so tests can move it by hand. */
@FunctionalInterface
public interface Clock {

  /** Milliseconds on a monotonic scale. */
  long millis();

  /** The real monotonic clock. */
  Clock SYSTEM = () -> System.nanoTime() / 1_000_000L;
}
