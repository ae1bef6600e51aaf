package io.pipy.api;

/**
 * A reason for the process to keep running, from {@link Worker#keepAlive(String)}. Closing it
 * more than once is harmless.
 */
public interface KeepAlive extends AutoCloseable {

  /** Withdraws this reason. */
  @Override
  void close();
}
