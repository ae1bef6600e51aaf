package io.pipy.http;

import io.netty.handler.codec.http2.Http2Settings;
import io.pipy.api.Data;
import io.pipy.api.EventTarget;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The HTTP/1.1 side of {@code Upgrade: h2c}: spotting the request and answering it. */
final class H2Upgrade {

  private static final byte[] SWITCHING = ("HTTP/1.1 101 Switching Protocols\r\n"
      + "upgrade: h2c\r\nconnection: upgrade\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

  private H2Upgrade() {
  }

  /**
   * The {@code HTTP2-Settings} of a request asking to upgrade to h2c, taken out of its headers
   * along with {@code upgrade} (as Pipy does); {@code null} if it does not ask.
   */
  static String take(ScriptObject head, String upgrade) {
    if (upgrade == null || !upgrade.equalsIgnoreCase("h2c")) return null;
    if (!(head.get("headers") instanceof ScriptObject headers) || !(headers.get("http2-settings") instanceof String s)) {
      return null;
    }
    headers.delete("upgrade");
    headers.delete("http2-settings");
    return s;
  }

  /** Writes the 101 answer, byte for byte as Pipy writes it, with its message events around it. */
  static void writeSwitching(ScriptRuntime rt, EventTarget out) {
    ScriptObject head = rt.newObject();
    ScriptObject headers = rt.newObject();
    headers.set("upgrade", "h2c");
    headers.set("connection", "upgrade");
    head.set("status", 101);
    head.set("headers", headers);
    out.input(MessageStart.of(head));
    out.input(Data.wrap(SWITCHING));
    out.input(MessageEnd.plain());
  }

  /** The settings in an {@code HTTP2-Settings} header, or {@code null} if they do not parse. */
  static Http2Settings settingsOf(String header) {
    try {
      byte[] b = Base64.getUrlDecoder().decode(header.strip());
      if (b.length % 6 != 0) return null;
      Http2Settings s = new Http2Settings();
      for (int i = 0; i < b.length; i += 6) {
        char key = (char) ((b[i] & 0xff) << 8 | b[i + 1] & 0xff);
        long value = (b[i + 2] & 0xffL) << 24 | (b[i + 3] & 0xffL) << 16 | (b[i + 4] & 0xffL) << 8 | b[i + 5] & 0xffL;
        s.put(key, Long.valueOf(value));
      }
      return s;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
