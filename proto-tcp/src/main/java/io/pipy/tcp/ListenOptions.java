package io.pipy.tcp;

import java.util.List;
import java.util.Map;

/**
 * The options of one TCP listener, by Pipy's names, checked once when the listener opens.
 *
 * <p>Defaults are Pipy's: no connection limit, no read or write timeout, a 60 second idle
 * timeout, back-pressure from 1 MiB of unsent output, no hard output limit, TCP keep-alive and
 * {@code TCP_NODELAY} on.
 *
 * @param maxConnections connections served at once; more wait un-accepted; negative: no limit
 * @param readTimeoutNanos end the stream with {@code ReadTimeout} after this long without input; 0: never
 * @param writeTimeoutNanos end the stream with {@code WriteTimeout} after this long without a completed write; 0: never
 * @param idleTimeoutNanos end the stream with {@code IdleTimeout} after this long without input or output; 0: never
 * @param congestionLimit unsent output bytes at which reading this connection pauses (resumes at half); 0: never
 * @param bufferLimit unsent output bytes beyond which more output ends the stream with {@code BufferOverflow}; 0: no limit
 * @param keepAlive {@code SO_KEEPALIVE}
 * @param noDelay {@code TCP_NODELAY}
 * @param transparent {@code IP_TRANSPARENT} on the listening socket, and each connection's
 *     original destination (before a {@code REDIRECT}) read as {@code __inbound.destination*}
 */
record ListenOptions(int maxConnections, long readTimeoutNanos, long writeTimeoutNanos,
    long idleTimeoutNanos, long congestionLimit, long bufferLimit, boolean keepAlive, boolean noDelay,
    boolean transparent) {

  /** Pipy's defaults. */
  static final ListenOptions DEFAULTS = new ListenOptions(-1, 0, 0, 60_000_000_000L, 1 << 20, 0, true, true, false);

  /** Option names Pipy's listen accepts, in the order messages list them. */
  static final List<String> NAMES = List.of(
      "bufferLimit", "congestionLimit", "idleTimeout", "keepAlive", "masquerade", "maxConnections",
      "maxPacketSize", "maxPortConnections", "noDelay", "peerStats", "protocol", "readTimeout",
      "transparent", "writeTimeout");

  /**
   * Reads {@code options}; absent or null values keep their defaults.
   *
   * @throws IllegalArgumentException for an unknown name (Pipy silently ignores those; a typo
   *     such as {@code idleTimout} would otherwise go unnoticed) or a value of the wrong kind
   */
  static ListenOptions parse(Map<String, Object> options) {
    ListenOptions d = DEFAULTS;
    int maxConnections = d.maxConnections;
    int maxPortConnections = -1;
    long readTimeout = d.readTimeoutNanos;
    long writeTimeout = d.writeTimeoutNanos;
    long idleTimeout = d.idleTimeoutNanos;
    long congestionLimit = d.congestionLimit;
    long bufferLimit = d.bufferLimit;
    boolean keepAlive = d.keepAlive;
    boolean noDelay = d.noDelay;
    boolean transparent = d.transparent;
    if (options == null) return d;
    for (Map.Entry<String, Object> e : options.entrySet()) {
      String name = e.getKey();
      Object v = e.getValue();
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(name + ": " + OptionValues.show(v)
            + " (expected: a TCP listen option, one of " + String.join(", ", NAMES) + ")");
      }
      if (OptionValues.absent(v)) continue;
      switch (name) {
        case "maxConnections" -> maxConnections = OptionValues.integer(name, v);
        case "maxPortConnections" -> maxPortConnections = OptionValues.integer(name, v);
        case "readTimeout" -> readTimeout = OptionValues.seconds(name, v);
        case "writeTimeout" -> writeTimeout = OptionValues.seconds(name, v);
        case "idleTimeout" -> idleTimeout = OptionValues.seconds(name, v);
        case "congestionLimit" -> congestionLimit = OptionValues.binarySize(name, v);
        case "bufferLimit" -> bufferLimit = OptionValues.binarySize(name, v);
        case "keepAlive" -> keepAlive = OptionValues.bool(name, v);
        case "noDelay" -> noDelay = OptionValues.bool(name, v);
        case "protocol" -> {
          if (!"tcp".equals(OptionValues.string(name, v))) throw OptionValues.bad(name, v, "'tcp'");
        }
        case "transparent" -> transparent = OptionValues.bool(name, v);
        case "masquerade", "peerStats" -> OptionValues.bool(name, v); // UDP-only / no metrics yet: checked, no effect
        case "maxPacketSize" -> OptionValues.binarySize(name, v); // UDP only: checked, no effect on TCP
        default -> throw new IllegalStateException(name);
      }
    }
    // This listener serves every worker, so the port-wide limit and the listener limit coincide.
    if (maxPortConnections >= 0 && (maxConnections < 0 || maxPortConnections < maxConnections)) {
      maxConnections = maxPortConnections;
    }
    return new ListenOptions(maxConnections, readTimeout, writeTimeout, idleTimeout, congestionLimit,
        bufferLimit, keepAlive, noDelay, transparent);
  }

  /** Whether any timeout is set, so connections need a timer. */
  boolean hasTimeouts() {
    return readTimeoutNanos > 0 || writeTimeoutNanos > 0 || idleTimeoutNanos > 0;
  }
}
