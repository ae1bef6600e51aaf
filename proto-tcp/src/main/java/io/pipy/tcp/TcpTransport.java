package io.pipy.tcp;

import io.pipy.api.Listener;
import io.pipy.api.ListenSpec;
import io.pipy.api.Transport;
import java.io.IOException;
import java.util.Map;

/**
 * The TCP listen transport: binds the address of a {@link ListenSpec} and runs one root pipeline
 * per accepted connection on the worker the connection is handed to.
 *
 * <p>Options are Pipy's listen options ({@code maxConnections}, {@code readTimeout},
 * {@code writeTimeout}, {@code idleTimeout}, {@code congestionLimit}, {@code bufferLimit},
 * {@code keepAlive}, {@code noDelay} …); an unknown name or a value of the wrong kind is an
 * {@link IllegalArgumentException}.
 */
public final class TcpTransport implements Transport {

  /** A transport; it holds no state, every listener is independent. */
  public TcpTransport() {
  }

  @Override
  public String protocol() {
    return "tcp";
  }

  /**
   * Binds and starts accepting. Blocks until the address is bound, so call it off the worker
   * threads (the engine opens listeners from its start-up thread).
   *
   * @throws IOException if the address cannot be bound
   * @throws IllegalArgumentException if an option is unknown or has a bad value
   */
  @Override
  public Listener listen(ListenSpec spec) throws IOException {
    return TcpListener.open(spec, ListenOptions.parse(spec.options()));
  }

  /** Rejects unknown options and bad values, so the script learns at its listen() call. */
  @Override
  public void checkOptions(Map<String, Object> options) {
    ListenOptions.parse(options);
  }
}
