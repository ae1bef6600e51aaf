package io.pipy.tcp;

import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of a {@code connect} filter, by Pipy's names.
 *
 * <p>Defaults are Pipy's: TCP, no bind address, back-pressure from 1 MiB of unsent output, no
 * hard output limit, no retry, no retry delay, no connect, read or write timeout, a 60 second
 * idle timeout, TCP keep-alive and {@code TCP_NODELAY} on, datagrams of up to 16 KiB.
 *
 * @param udp {@code protocol: 'udp'}
 * @param bind the local address to bind ({@code 'ip'} or {@code 'ip:port'}), or null
 * @param bindFunction a function giving the bind address per stream, or null
 * @param onState called with the outbound on every state change, or null
 * @param congestionLimit unsent bytes at which the input feeding the connection pauses; 0: never
 * @param bufferLimit unsent bytes beyond which more input ends the stream with {@code BufferOverflow}; 0: none
 * @param retryCount connection attempts after the first; negative: no end
 * @param retryDelayNanos the wait before each retry
 * @param connectTimeoutNanos the time each attempt (name lookup included) may take; 0: no limit
 * @param readTimeoutNanos end with {@code ReadTimeout} after this long without input; 0: never
 * @param writeTimeoutNanos end with {@code WriteTimeout} after this long without a completed write; 0: never
 * @param idleTimeoutNanos end with {@code IdleTimeout} after this long without either; 0: never
 * @param keepAlive {@code SO_KEEPALIVE}
 * @param noDelay {@code TCP_NODELAY}
 * @param maxPacketSize the largest datagram received over UDP; longer ones are cut
 */
record ConnectOptions(boolean udp, String bind, ScriptFunction bindFunction, ScriptFunction onState,
    long congestionLimit, long bufferLimit, int retryCount, long retryDelayNanos,
    long connectTimeoutNanos, long readTimeoutNanos, long writeTimeoutNanos, long idleTimeoutNanos,
    boolean keepAlive, boolean noDelay, int maxPacketSize) {

  /** Pipy's defaults. */
  static final ConnectOptions DEFAULTS = new ConnectOptions(false, null, null, null, 1 << 20, 0, 0, 0,
      0, 0, 0, 60_000_000_000L, true, true, 16 * 1024);

  /** Option names connect accepts, in the order messages list them. */
  static final List<String> NAMES = List.of(
      "bind", "bufferLimit", "congestionLimit", "connectTimeout", "idleTimeout", "keepAlive",
      "maxPacketSize", "noDelay", "onState", "protocol", "readTimeout", "retryCount", "retryDelay",
      "writeTimeout");

  /** Whether any timeout applies once connected. */
  boolean hasTimeouts() {
    return readTimeoutNanos > 0 || writeTimeoutNanos > 0 || idleTimeoutNanos > 0;
  }

  /**
   * Reads a script options object (or a {@link Map}); null and undefined give the defaults, as
   * do absent or null values.
   *
   * @throws IllegalArgumentException {@code name: value (expected: …)} for an unknown name or a bad value
   */
  static ConnectOptions parse(Object options) {
    if (Values.isNullish(options)) return DEFAULTS;
    Map<String, Object> map = toMap(options);
    ConnectOptions d = DEFAULTS;
    boolean udp = d.udp;
    String bind = null;
    ScriptFunction bindFunction = null;
    ScriptFunction onState = null;
    long congestionLimit = d.congestionLimit;
    long bufferLimit = d.bufferLimit;
    int retryCount = d.retryCount;
    long retryDelay = d.retryDelayNanos;
    long connectTimeout = d.connectTimeoutNanos;
    long readTimeout = d.readTimeoutNanos;
    long writeTimeout = d.writeTimeoutNanos;
    long idleTimeout = d.idleTimeoutNanos;
    boolean keepAlive = d.keepAlive;
    boolean noDelay = d.noDelay;
    int maxPacketSize = d.maxPacketSize;
    for (Map.Entry<String, Object> e : map.entrySet()) {
      String name = e.getKey();
      Object v = e.getValue();
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(name + ": " + OptionValues.show(v)
            + " (expected: a connect option, one of " + String.join(", ", NAMES) + ")");
      }
      if (OptionValues.absent(v)) continue;
      switch (name) {
        case "protocol" -> {
          String p = OptionValues.string(name, v);
          if (p.equals("udp")) {
            udp = true;
          } else if (p.equals("tcp")) {
            udp = false;
          } else {
            throw OptionValues.bad(name, v, "'tcp' or 'udp'");
          }
        }
        case "bind" -> {
          if (v instanceof ScriptFunction f) {
            bindFunction = f;
          } else {
            bind = OptionValues.string(name, v);
            BindAddress.parse(bind); // checked now, used per stream
          }
        }
        case "onState" -> {
          if (!(v instanceof ScriptFunction f)) throw OptionValues.bad(name, v, "a function");
          onState = f;
        }
        case "congestionLimit" -> congestionLimit = OptionValues.binarySize(name, v);
        case "bufferLimit" -> bufferLimit = OptionValues.binarySize(name, v);
        case "retryCount" -> retryCount = OptionValues.integer(name, v);
        case "retryDelay" -> retryDelay = OptionValues.seconds(name, v);
        case "connectTimeout" -> connectTimeout = OptionValues.seconds(name, v);
        case "readTimeout" -> readTimeout = OptionValues.seconds(name, v);
        case "writeTimeout" -> writeTimeout = OptionValues.seconds(name, v);
        case "idleTimeout" -> idleTimeout = OptionValues.seconds(name, v);
        case "keepAlive" -> keepAlive = OptionValues.bool(name, v);
        case "noDelay" -> noDelay = OptionValues.bool(name, v);
        case "maxPacketSize" -> {
          long n = OptionValues.binarySize(name, v);
          if (n < 1 || n > 65536) throw OptionValues.bad(name, v, "a size from 1 to 64k");
          maxPacketSize = (int) n;
        }
        default -> throw new IllegalStateException(name);
      }
    }
    return new ConnectOptions(udp, bind, bindFunction, onState, congestionLimit, bufferLimit, retryCount,
        retryDelay, connectTimeout, readTimeout, writeTimeout, idleTimeout, keepAlive, noDelay, maxPacketSize);
  }

  private static Map<String, Object> toMap(Object options) {
    if (options instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) out.put(String.valueOf(e.getKey()), e.getValue());
      return out;
    }
    if (options instanceof ScriptObject o) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (String k : o.keys()) out.put(k, o.get(k));
      return out;
    }
    throw new IllegalArgumentException("options: " + OptionValues.show(options) + " (expected: an object or a function returning one)");
  }
}
