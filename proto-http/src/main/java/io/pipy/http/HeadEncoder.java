package io.pipy.http;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.nio.charset.StandardCharsets;

/**
 * Writes HTTP/1.x heads from script heads, read generically through {@link ScriptObject#get}: a
 * head may be one the decoder made, an object literal from a script, or nothing at all.
 *
 * <p>What it writes, as Pipy does: the status or request line with defaults ({@code HTTP/1.1},
 * status 200 with its registered phrase, {@code GET /}); every header under the name it has in
 * {@code headers}, or its original spelling from {@code headerNames}; arrays of {@code cookie}
 * and {@code set-cookie} as one line per element. The framing headers are ours, not the
 * script's: {@code content-length} or {@code transfer-encoding: chunked} is written after the
 * script's headers from what the body really is, and {@code keep-alive} is dropped. Last comes
 * {@code connection}: {@code close} when the stream ends after this message, else the script's
 * value, else {@code keep-alive}.
 *
 * <p>Special header names are matched ignoring case, so a script's {@code Content-Length}
 * cannot produce a second, conflicting length.
 */
final class HeadEncoder {

  /** Flag: the response carries no body (HEAD request, 1xx, 204, 304). */
  static final int BODILESS = 1;
  /** Flag: the connection closes after the message. */
  static final int CLOSE = 2;

  private static final byte[] STATUS_200 = ascii("HTTP/1.1 200 OK\r\n");
  private static final byte[] HTTP_1_1 = ascii("HTTP/1.1");
  private static final byte[] COLON = ascii(": ");
  private static final byte[] CONTENT_LENGTH = ascii("content-length: ");
  private static final byte[] CHUNKED = ascii("transfer-encoding: chunked\r\n");
  private static final byte[] KEEP_ALIVE = ascii("connection: keep-alive\r\n");
  private static final byte[] CLOSE_CONNECTION = ascii("connection: close\r\n");
  private static final byte[] CONNECTION = ascii("connection: ");

  private static final int OTHER = 0;
  private static final int SKIP = 1;
  private static final int LENGTH = 2;
  private static final int CONNECTION_HEADER = 3;
  private static final int COOKIE = 4;

  private final HeadWriter w;
  private final Fields fields = new Fields();
  /** The worker's, taken when first needed (an encoder may be made off its worker thread). */
  private FieldsMemo memo;

  HeadEncoder(HeadWriter writer) {
    this.w = writer;
  }

  /**
   * Writes the header fields of one head as {@link ScriptObject#forEach} hands them over (one
   * reusable instance, so a head costs no iterator or key list), noting what the caller needs:
   * whether a length was given and the {@code connection} value, which it writes itself.
   */
  private final class Fields implements java.util.function.BiConsumer<String, Object> {
    static final int REQUEST = 0;
    static final int RESPONSE = 1;
    static final int RESPONSE_KEEP_LENGTH = 2;
    static final int TRAILERS = 3;

    private Context ctx;
    private ScriptObject names;
    private int mode;
    boolean gaveLength;
    /** Whether every value was a string, an integer or nullish, so the lines may be remembered. */
    boolean plain;
    private String connection;

    void start(Context ctx, ScriptObject names, int mode) {
      this.ctx = ctx;
      this.names = names;
      this.mode = mode;
      gaveLength = false;
      plain = true;
      connection = null;
    }

    /** The {@code connection} header seen, if any; forgets the head. */
    String finish() {
      String c = connection;
      ctx = null;
      names = null;
      connection = null;
      return c;
    }

    @Override
    public void accept(String k, Object v) {
      if (Values.isNullish(v)) return;
      if (!(v instanceof String || v instanceof Integer)) plain = false;
      int kind = kind(k);
      if (mode != TRAILERS) {
        if (kind == SKIP) return;
        if (kind == LENGTH) {
          if (mode != RESPONSE_KEEP_LENGTH) return;
          gaveLength = true;
        } else if (kind == CONNECTION_HEADER && v instanceof CharSequence s) {
          connection = s.toString();
          return;
        }
      }
      field(ctx, names, k, kind, v);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** The writer the heads go to. */
  HeadWriter writer() {
    return w;
  }

  /**
   * Writes a response head.
   *
   * @param ctx the calling context, to turn unusual header values into strings
   * @param head the head object, or {@code null}/undefined for all defaults
   * @param headRequest whether it answers a {@code HEAD} request
   * @param bodyLength the length of the body, or -1 for a chunked body
   * @param forceClose whether the stream ends after this response whatever the head says
   * @return {@link #BODILESS} and {@link #CLOSE} flags
   */
  int response(Context ctx, Object head, boolean headRequest, long bodyLength, boolean forceClose) {
    return response(ctx, head, headRequest, bodyLength, forceClose, false);
  }

  /**
   * Writes a response head, as {@link #response(Context, Object, boolean, long, boolean)}; with
   * {@code tunnel} set it opens a tunnel (a 2xx answer to {@code CONNECT}) and so carries no
   * framing header at all.
   */
  int response(Context ctx, Object head, boolean headRequest, long bodyLength, boolean forceClose, boolean tunnel) {
    try {
      return writeResponse(ctx, head, headRequest, bodyLength, forceClose, tunnel);
    } catch (RuntimeException e) {
      w.release(); // a script's toString() threw: the head will not be sent
      throw e;
    }
  }

  private int writeResponse(Context ctx, Object head, boolean headRequest, long bodyLength, boolean forceClose, boolean tunnel) {
    w.reset();
    ScriptObject h = head instanceof ScriptObject so ? so : null;
    HeadKeys keys = HeadKeys.current();
    int status = 200;
    if (h == null) {
      w.bytes(STATUS_200);
    } else {
      status = status(h.get(keys.status));
      protocol(h.get(keys.protocol));
      w.ascii(' ').decimal(status).ascii(' ');
      Object text = h.get(keys.statusText);
      if (Values.isNullish(text)) {
        w.bytes(StatusText.of(status));
      } else {
        value(ctx, text);
      }
      w.crlf();
    }
    boolean noLength = status < 200 || status == 204 || tunnel;
    boolean keepGivenLength = !noLength && (headRequest || status == 304);
    boolean gaveLength = false;
    String connection = null;
    if (h != null && h.get(keys.headers) instanceof ScriptObject headers) {
      connection = headerFields(ctx, h, headers, keepGivenLength ? Fields.RESPONSE_KEEP_LENGTH : Fields.RESPONSE);
      gaveLength = fields.gaveLength;
    }
    // A 304 describes the representation a 200 would carry, not its own empty body: write a
    // length only if the script gave one.
    if (!noLength && !gaveLength && status != 304) length(bodyLength);
    boolean close = forceClose || connection != null && Tokens.has(connection, "close");
    connection(forceClose, connection);
    w.crlf();
    boolean bodiless = noLength || headRequest || status == 304;
    return (bodiless ? BODILESS : 0) | (close ? CLOSE : 0);
  }

  /**
   * Writes a request head.
   *
   * @param bodyLength the length of the body, or -1 for a chunked body
   */
  void request(Context ctx, Object head, long bodyLength) {
    try {
      writeRequest(ctx, head, bodyLength);
    } catch (RuntimeException e) {
      w.release(); // a script's toString() threw: the head will not be sent
      throw e;
    }
  }

  private void writeRequest(Context ctx, Object head, long bodyLength) {
    w.reset();
    ScriptObject h = head instanceof ScriptObject so ? so : null;
    HeadKeys keys = HeadKeys.current();
    String method = "GET";
    if (h != null) {
      Object m = h.get(keys.method);
      if (m instanceof CharSequence s && s.length() > 0) method = s.toString();
      w.text(method).ascii(' ');
      Object p = h.get(keys.path);
      if (p instanceof CharSequence s && s.length() > 0) w.text(s); else w.ascii('/');
      w.ascii(' ');
      protocol(h.get(keys.protocol));
    } else {
      w.text("GET / ").bytes(HTTP_1_1);
    }
    w.crlf();
    String connection = null;
    if (h != null && h.get(keys.headers) instanceof ScriptObject headers) {
      connection = headerFields(ctx, h, headers, Fields.REQUEST);
    }
    if (bodyLength != 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      length(bodyLength);
    }
    connection(false, connection);
    w.crlf();
  }

  /**
   * Writes the header lines of {@code headers} in {@code mode}, from {@link #memo} when the same
   * contents were written before; sets {@code fields.gaveLength} and returns the
   * {@code connection} value, which the caller writes.
   */
  private String headerFields(Context ctx, ScriptObject head, ScriptObject headers, int mode) {
    ScriptObject names = head.get(HeadKeys.current().headerNames) instanceof ScriptObject n ? n : null;
    FieldsMemo memo = this.memo;
    if (memo == null) this.memo = memo = WorkerCaches.current().memo;
    FieldsMemo.Entry seen = memo.find(mode, headers, names);
    if (seen != null) {
      w.bytes(seen.lines());
      fields.gaveLength = seen.gaveLength();
      return seen.connection();
    }
    int start = w.length();
    fields.start(ctx, names, mode);
    headers.forEach(fields);
    boolean plain = fields.plain;
    String connection = fields.finish();
    if (plain && ctx != null) {
      memo.remember(ctx.worker().scripts(), w, start, mode, headers, names, fields.gaveLength, connection);
    }
    return connection;
  }

  /** Writes trailer fields (a chunked body's last part, after {@code 0\r\n}) and the final CRLF. */
  void trailers(Context ctx, Object tail) {
    try {
      writeTrailers(ctx, tail);
    } catch (RuntimeException e) {
      w.release();
      throw e;
    }
  }

  private void writeTrailers(Context ctx, Object tail) {
    w.reset();
    w.ascii('0').crlf();
    if (tail instanceof ScriptObject t && t.get("headers") instanceof ScriptObject headers) {
      fields.start(ctx, null, Fields.TRAILERS);
      headers.forEach(fields);
      fields.finish();
    }
    w.crlf();
  }

  private void protocol(Object protocol) {
    if (protocol instanceof CharSequence p && p.length() > 0) {
      w.text(p);
    } else {
      w.bytes(HTTP_1_1);
    }
  }

  private void length(long bodyLength) {
    if (bodyLength < 0) {
      w.bytes(CHUNKED);
    } else {
      w.bytes(CONTENT_LENGTH).decimal(bodyLength).crlf();
    }
  }

  private void connection(boolean close, String value) {
    if (close) {
      w.bytes(CLOSE_CONNECTION);
    } else if (value != null) {
      w.bytes(CONNECTION).text(value).crlf();
    } else {
      w.bytes(KEEP_ALIVE);
    }
  }

  private void field(Context ctx, ScriptObject names, String key, int kind, Object v) {
    String name = key;
    if (names != null && names.get(key) instanceof String original && !original.isEmpty()) name = original;
    if (kind == COOKIE && v instanceof ScriptArray a) {
      for (int i = 0, n = a.length(); i < n; i++) {
        Object e = a.get(i);
        if (Values.isNullish(e)) continue;
        w.text(name).bytes(COLON);
        value(ctx, e);
        w.crlf();
      }
      return;
    }
    w.text(name).bytes(COLON);
    value(ctx, v);
    w.crlf();
  }

  private void value(Context ctx, Object v) {
    if (v instanceof CharSequence s) {
      w.text(s);
    } else if (v instanceof Integer i) {
      w.decimal(i);
    } else if (v instanceof Long l) {
      w.decimal(l);
    } else {
      w.text(ctx.worker().scripts().toStringValue(ctx, v));
    }
  }

  /** The status of {@code head}, a message head object (or none): 200 when it gives none. */
  static int statusOf(Object head) {
    return head instanceof ScriptObject h ? status(h.get(HeadKeys.current().status)) : 200;
  }

  /** The status of a head: a number (or numeric string), 200 when absent or not a number. */
  static int status(Object v) {
    if (v instanceof Integer i) return i;
    if (Values.isNullish(v)) return 200;
    double d = Values.toNumber(v);
    return Double.isNaN(d) || Double.isInfinite(d) ? 200 : (int) d;
  }

  private static int kind(String k) {
    switch (k.length()) {
      case 6:
        return k.equalsIgnoreCase("cookie") ? COOKIE : OTHER;
      case 10:
        if (k.equalsIgnoreCase("connection")) return CONNECTION_HEADER;
        if (k.equalsIgnoreCase("keep-alive")) return SKIP;
        if (k.equalsIgnoreCase("set-cookie")) return COOKIE;
        return OTHER;
      case 14:
        return k.equalsIgnoreCase("content-length") ? LENGTH : OTHER;
      case 17:
        return k.equalsIgnoreCase("transfer-encoding") ? SKIP : OTHER;
      default:
        return OTHER;
    }
  }
}
