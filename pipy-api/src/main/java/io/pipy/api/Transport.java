package io.pipy.api;

import java.io.IOException;

/**
 * A way to accept streams, such as TCP: given where to listen and the layout each worker runs
 * per accepted stream, it opens the listener.
 */
public interface Transport {

  /** The protocol name scripts use, such as {@code "tcp"}. */
  String protocol();

  /**
   * Opens a listener. Each accepted stream runs on one worker, as a root pipeline of that
   * worker's layout in {@code spec}, with a fresh context from {@link Worker#newContext(Inbound)}.
   *
   * @throws IOException if the address cannot be bound
   */
  Listener listen(ListenSpec spec) throws IOException;

  /**
   * Validates listener options while the script loads, so a bad option is reported at the
   * script's {@code listen(...)} call rather than at start-up.
   *
   * @throws IllegalArgumentException naming the bad option: {@code name: value (expected: …)}
   */
  default void checkOptions(java.util.Map<String, Object> options) {
  }
}
