package io.pipy.tcp;

import io.pipy.api.Listener;
import io.pipy.api.ListenSpec;
import io.pipy.api.Transport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The UDP listen transport: each peer address sending datagrams to the port is a stream, with a
 * root pipeline of its own. Each datagram goes in as a message; each message the pipeline
 * outputs goes back to the peer as a datagram (see {@link UdpListener}).
 *
 * <p>Options are the TCP listener's, plus {@code maxPacketSize} (the largest datagram taken;
 * longer ones are cut; 16 KiB by default). {@code maxConnections} limits the peers served at
 * once: datagrams from further peers are dropped. {@code idleTimeout} (60 seconds by default)
 * ends a quiet peer's stream.
 */
public final class UdpTransport implements Transport {

  /** Pipy's receive buffer size, the default {@code maxPacketSize}. */
  static final int DEFAULT_MAX_PACKET_SIZE = 16 * 1024;

  /** A transport; it holds no state, every listener is independent. */
  public UdpTransport() {
  }

  @Override
  public String protocol() {
    return "udp";
  }

  /**
   * Binds and starts receiving. Blocks until the address is bound, so call it off the worker
   * threads.
   *
   * @throws IOException if the address cannot be bound
   * @throws IllegalArgumentException if an option is unknown or has a bad value
   */
  @Override
  public Listener listen(ListenSpec spec) throws IOException {
    Map<String, Object> rest = new LinkedHashMap<>();
    int maxPacketSize = parse(spec.options(), rest);
    return UdpListener.open(spec, ListenOptions.parse(rest), maxPacketSize);
  }

  @Override
  public void checkOptions(Map<String, Object> options) {
    Map<String, Object> rest = new LinkedHashMap<>();
    parse(options, rest);
    ListenOptions.parse(rest);
  }

  /** Takes out the UDP-only options, leaving the rest in {@code rest}; returns maxPacketSize. */
  private static int parse(Map<String, Object> options, Map<String, Object> rest) {
    int maxPacketSize = DEFAULT_MAX_PACKET_SIZE;
    if (options == null) return maxPacketSize;
    for (Map.Entry<String, Object> e : options.entrySet()) {
      String name = e.getKey();
      Object v = e.getValue();
      if (name.equals("protocol")) {
        if (!OptionValues.absent(v) && !"udp".equals(OptionValues.string(name, v))) throw OptionValues.bad(name, v, "'udp'");
      } else if (name.equals("maxPacketSize")) {
        if (OptionValues.absent(v)) continue;
        long n = OptionValues.binarySize(name, v);
        if (n < 1 || n > 65536) throw OptionValues.bad(name, v, "a size from 1 to 64k");
        maxPacketSize = (int) n;
      } else {
        rest.put(name, v);
      }
    }
    return maxPacketSize;
  }
}
