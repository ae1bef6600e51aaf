package io.pipy.api;

import java.util.List;
import java.util.Map;

/**
 * Where and how to listen, and what to run per accepted stream.
 *
 * @param address the IP to bind, or {@code null} for all addresses ({@code 0.0.0.0} and {@code ::})
 * @param port the port; 0 picks a free one
 * @param options listener options by Pipy's names ({@code maxConnections}, {@code readTimeout} …),
 *     already converted from the script object; unknown keys are the transport's to reject
 * @param layouts one layout per worker, indexed by {@link Worker#index()}
 * @param reusePort whether each worker binds its own socket with {@code SO_REUSEPORT}
 */
public record ListenSpec(String address, int port, Map<String, Object> options,
    List<PipelineLayout> layouts, boolean reusePort) {

  /** {@code address:port}, or {@code 0.0.0.0:port}. */
  public String describe() {
    String a = address == null ? "0.0.0.0" : address;
    return (a.indexOf(':') >= 0 ? "[" + a + "]" : a) + ":" + port;
  }
}
