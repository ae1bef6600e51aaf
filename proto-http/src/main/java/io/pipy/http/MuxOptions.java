package io.pipy.http;

import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;

/**
 * The options of a {@code muxHTTP} session pool, read as Pipy reads them: {@code maxIdle}
 * (seconds or a duration string; default 60), {@code maxQueue} (HTTP/1 streams sharing one session at
 * a time; default 1, Pipy's since 1.5; 0 for no limit), {@code maxMessages} (streams a session
 * serves in its life; default no limit), {@code bufferSize}, {@code maxHeaderSize},
 * {@code version} (1, 2, a name such as {@code "http/1.1"} or {@code "h2"}, or a function
 * called at session start returning one of those or a promise of one), {@code ping} (HTTP/2: a
 * function returning the payload of the next PING, or a promise of it, called at session start
 * and with each acknowledgement), {@code connectionWindowSize} and {@code streamWindowSize}.
 */
record MuxOptions(
    long maxIdleMillis,
    int maxQueue,
    int maxMessages,
    int bufferSize,
    int maxHeaderSize,
    int version,
    ScriptFunction versionFn,
    ScriptFunction pingFn,
    int connectionWindow,
    int streamWindow) {

  static final MuxOptions DEFAULT = of(null);

  static MuxOptions of(ScriptObject o) {
    Object v = o == null ? null : o.get("version");
    int version = 1;
    ScriptFunction versionFn = null;
    if (v instanceof ScriptFunction f) {
      versionFn = f;
    } else if (!Values.isNullish(v)) {
      version = version(v);
      if (version == 0) throw ScriptError.typeError("options.version expects 1, 2 or a protocol name, got " + v);
    }
    return new MuxOptions(
        HttpOptions.millis(o, "maxIdle", 60_000),
        HttpOptions.integer(o, "maxQueue", 1),
        HttpOptions.integer(o, "maxMessages", 0),
        HttpOptions.size(o, "bufferSize", 0),
        HttpOptions.size(o, "maxHeaderSize", Http1Decoder.DEFAULT_MAX_HEAD_SIZE),
        version,
        versionFn,
        HttpOptions.function("muxHTTP", "options.ping", o == null ? null : o.get("ping")),
        Math.max(0xffff, HttpOptions.size(o, "connectionWindowSize", H2Endpoint.DEFAULT_WINDOW)),
        Math.max(1, HttpOptions.size(o, "streamWindowSize", H2Endpoint.DEFAULT_WINDOW)));
  }

  /** A version value as 1 or 2; 0 if it is neither. */
  static int version(Object v) {
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return d == 1 ? 1 : d == 2 ? 2 : 0;
    }
    if (v instanceof CharSequence s) {
      return switch (s.toString().toLowerCase(java.util.Locale.ROOT)) {
        case "http/2", "h2" -> 2;
        case "http/1", "http/1.0", "http/1.1" -> 1;
        default -> 0;
      };
    }
    return 0;
  }
}
