package io.pipy.api;

/** An open listener from {@link Transport#listen(ListenSpec)}. */
public interface Listener extends AutoCloseable {

  /** The port actually bound (useful when 0 was asked for). */
  int port();

  /** Stops accepting; connections already accepted carry on. */
  @Override
  void close();
}
