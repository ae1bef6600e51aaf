package io.pipy.http;

import io.pipy.api.script.ScriptObject;

/** What kind of tunnel a request asks for, and whether an answer opens it, as Pipy decides. */
final class Tunnels {

  static final int NONE = 0;
  static final int CONNECT = 1;
  static final int WEBSOCKET = 2;
  static final int H2C = 3;

  private Tunnels() {
  }

  /** The tunnel a request head asks for: CONNECT, or {@code upgrade: websocket} or {@code h2c}. */
  static int requested(Object head) {
    if (!(head instanceof ScriptObject h)) return NONE;
    if ("CONNECT".equals(h.get("method"))) return CONNECT;
    if (h.get("headers") instanceof ScriptObject headers && headers.get("upgrade") instanceof CharSequence u) {
      String s = u.toString();
      if (s.equalsIgnoreCase("websocket")) return WEBSOCKET;
      if (s.equalsIgnoreCase("h2c")) return H2C;
    }
    return NONE;
  }

  /** Whether an answer with {@code responseHead} opens the tunnel {@code kind}: 2xx for CONNECT, 101 otherwise. */
  static boolean accepted(int kind, Object responseHead) {
    int status = HeadEncoder.statusOf(responseHead);
    return switch (kind) {
      case CONNECT -> status >= 200 && status < 300;
      case WEBSOCKET, H2C -> status == 101;
      default -> false;
    };
  }
}
