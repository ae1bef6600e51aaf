package io.pipy.http;

import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.util.AsciiString;
import io.pipy.api.Context;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns HTTP/2 header lists into script heads and back, shaped as Pipy shapes them.
 *
 * <p>A request head has {@code headers}, {@code headerNames} (always {@code null}: HTTP/2 names
 * are lower case on the wire), {@code method}, {@code scheme}, {@code authority} and
 * {@code path}, and no {@code protocol} (so an HTTP/1 encoder downstream writes its own). The
 * authority is also put in {@code headers.host} when there is no {@code host} field; the target
 * of a {@code CONNECT} is its {@code path}, whether the client named it in {@code :authority}
 * (RFC 9113) or in {@code :path} (Pipy's client). A response
 * head has {@code headers}, {@code headerNames} and {@code status}. Repeated {@code cookie} and
 * {@code set-cookie} fields become arrays; any other repeated field keeps its last value. Heads
 * are made in one step from templates, the {@code headers} object from one kept per worker for
 * its list of field names ({@link H2FieldShapes}).
 *
 * <p>Going out, header names are lower-cased, connection-specific fields ({@code connection},
 * {@code keep-alive}, {@code proxy-connection}, {@code transfer-encoding}, {@code upgrade}) are
 * dropped, and {@code host} becomes {@code :authority} when the head has none.
 * {@code content-length} is dropped too unless the message has no body anyway: the body is
 * streamed and framed by {@code END_STREAM}, and a length from a head whose body a script
 * changed would be wrong ({@link H2Stream} gives the real one when it has the whole body before
 * the head goes out).
 */
final class H2Heads {

  static final AsciiString CONNECT = AsciiString.cached("CONNECT");
  static final AsciiString CONTENT_LENGTH = AsciiString.cached("content-length");

  /**
   * The keys of request heads, in their order, by which of {@code scheme} (1), {@code authority}
   * (2) and {@code path} (4) they have.
   */
  private static final String[][] REQUEST_KEYS = new String[8][];

  static {
    for (int shape = 0; shape < 8; shape++) {
      List<String> k = new ArrayList<>(List.of("headers", "headerNames", "method"));
      if ((shape & 1) != 0) k.add("scheme");
      if ((shape & 2) != 0) k.add("authority");
      if ((shape & 4) != 0) k.add("path");
      REQUEST_KEYS[shape] = k.toArray(new String[0]);
    }
  }

  private static final String[] RESPONSE_KEYS = {"headers", "headerNames", "status"};

  private H2Heads() {
  }

  /** Why a header list is not a well-formed request, or {@code null} if it is. */
  static String checkRequest(Http2Headers h) {
    CharSequence method = h.method();
    if (method == null || method.length() == 0) return "missing :method";
    if (CONNECT.contentEquals(method) && h.get(":protocol") == null) {
      // RFC 9113 names the target in :authority alone; Pipy's own client names it in :path
      // (with a :scheme) and sends no :authority. Either will do.
      if (isEmpty(h.authority()) && isEmpty(h.path())) return "CONNECT without :authority";
      return null;
    }
    if (h.scheme() == null || h.scheme().length() == 0) return "missing :scheme";
    if (h.path() == null || h.path().length() == 0) return "missing :path";
    return null;
  }

  /** A request head from a checked header list. */
  static ScriptObject request(ScriptRuntime rt, Http2Headers h) {
    H2FieldShapes fields = WorkerCaches.current().h2Fields;
    fields.start(rt);
    String method = null;
    String scheme = null;
    String authority = null;
    String path = null;
    for (Map.Entry<CharSequence, CharSequence> e : h) {
      CharSequence name = e.getKey();
      if (name.length() > 0 && name.charAt(0) == ':') {
        String value = e.getValue().toString();
        if (AsciiString.contentEquals(name, ":method")) {
          method = value;
        } else if (AsciiString.contentEquals(name, ":scheme")) {
          scheme = value;
        } else if (AsciiString.contentEquals(name, ":authority")) {
          authority = value;
        } else if (AsciiString.contentEquals(name, ":path")) {
          path = value;
        }
      } else {
        fields.add(name, e.getValue().toString());
      }
    }
    if (authority != null && !fields.has("host")) fields.add("host", authority);
    if (path == null && authority != null && "CONNECT".equals(method)) {
      // The target of an RFC CONNECT, where scripts written for Pipy look for it (as the path of
      // an HTTP/1 CONNECT, and of the CONNECT Pipy's client sends).
      path = authority;
    }
    int shape = (scheme != null ? 1 : 0) | (authority != null ? 2 : 0) | (path != null ? 4 : 0);
    Object[] values = new Object[3 + Integer.bitCount(shape)];
    int n = 0;
    values[n++] = headersOf(rt, fields);
    values[n++] = null;
    values[n++] = method;
    if (scheme != null) values[n++] = scheme;
    if (authority != null) values[n++] = authority;
    if (path != null) values[n] = path;
    return rt.template(REQUEST_KEYS[shape]).make(values);
  }

  /** The headers object of the gathered fields: from a template when their names were seen before. */
  private static ScriptObject headersOf(ScriptRuntime rt, H2FieldShapes fields) {
    ScriptObject headers = fields.make();
    if (headers != null) return headers;
    headers = rt.newObject();
    for (int i = 0, n = fields.count(); i < n; i++) add(rt, headers, fields.name(i), fields.value(i));
    fields.remember(headers);
    return headers;
  }

  private static boolean isEmpty(CharSequence s) {
    return s == null || s.length() == 0;
  }

  /** A response head. */
  static ScriptObject response(ScriptRuntime rt, Http2Headers h) {
    H2FieldShapes fields = WorkerCaches.current().h2Fields;
    fields.start(rt);
    int status = 0;
    for (Map.Entry<CharSequence, CharSequence> e : h) {
      CharSequence name = e.getKey();
      if (name.length() > 0 && name.charAt(0) == ':') {
        if (AsciiString.contentEquals(name, ":status")) status = parseStatus(e.getValue());
      } else {
        fields.add(name, e.getValue().toString());
      }
    }
    return rt.template(RESPONSE_KEYS).make(headersOf(rt, fields), null, status);
  }

  /** A tail holding trailers as {@code headers}. */
  static ScriptObject trailers(ScriptRuntime rt, Http2Headers h) {
    ScriptObject tail = rt.newObject();
    ScriptObject headers = rt.newObject();
    for (Map.Entry<CharSequence, CharSequence> e : h) {
      CharSequence name = e.getKey();
      if (name.length() == 0 || name.charAt(0) != ':') add(rt, headers, name.toString(), e.getValue().toString());
    }
    tail.define("headers", headers);
    return tail;
  }

  /** The header list for a request head (a script value, possibly undefined). */
  static Http2Headers fromRequest(Context ctx, Object head, boolean bodiless) {
    ScriptObject h = head instanceof ScriptObject o ? o : null;
    DefaultHttp2Headers out = new DefaultHttp2Headers(false);
    String method = text(ctx, h, "method", "GET");
    out.method(method);
    boolean connect = method.equals("CONNECT");
    ScriptObject headers = h != null && h.get("headers") instanceof ScriptObject o ? o : null;
    String authority = text(ctx, h, "authority", null);
    // A CONNECT's target: HTTP/1 heads carry it as the path. Sent as :authority alone, as RFC
    // 9113 says (Pipy 1.5.18 sends :scheme and :path instead, which RFC servers refuse, and its
    // own server refuses an RFC CONNECT).
    if (authority == null && connect) authority = text(ctx, h, "path", null);
    if (authority == null && headers != null) {
      Object host = headers.get("host");
      if (!Values.isNullish(host)) authority = string(ctx, host);
    }
    if (!connect) {
      out.scheme(text(ctx, h, "scheme", "http"));
      out.path(text(ctx, h, "path", "/"));
    }
    if (authority != null) out.authority(authority);
    if (headers != null) fields(ctx, headers, out, bodiless, true);
    return out;
  }

  /** The header list for a response head. */
  static Http2Headers fromResponse(Context ctx, Object head, boolean bodiless) {
    ScriptObject h = head instanceof ScriptObject o ? o : null;
    DefaultHttp2Headers out = new DefaultHttp2Headers(false);
    int status = h == null ? 200 : HeadEncoder.status(h.get("status"));
    out.status(AsciiString.of(Integer.toString(status)));
    if (h != null && h.get("headers") instanceof ScriptObject headers) fields(ctx, headers, out, bodiless, false);
    return out;
  }

  /** The trailer list for a tail, or {@code null} when it has no headers. */
  static Http2Headers fromTail(Context ctx, Object tail) {
    if (!(tail instanceof ScriptObject t) || !(t.get("headers") instanceof ScriptObject headers)) return null;
    DefaultHttp2Headers out = new DefaultHttp2Headers(false);
    fields(ctx, headers, out, false, false);
    return out.isEmpty() ? null : out;
  }

  /** A response head standing for a stream that ended with no response: 502 as Pipy sends. */
  static Http2Headers badGateway() {
    return new DefaultHttp2Headers(false).status(AsciiString.cached("502"));
  }

  private static void fields(Context ctx, ScriptObject headers, Http2Headers out, boolean keepLength, boolean request) {
    for (String k : headers.keys()) {
      Object v = headers.get(k);
      if (Values.isNullish(v) || k.isEmpty()) continue;
      String name = k.toLowerCase(Locale.ROOT);
      switch (name) {
        case "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "http2-settings":
          continue;
        case "host":
          if (request) continue; // carried as :authority
          break;
        case "content-length":
          if (!keepLength) continue;
          break;
        case "te":
          if (!"trailers".equals(string(ctx, v))) continue;
          break;
        default:
          if (name.charAt(0) == ':') continue;
      }
      if (v instanceof ScriptArray a && (name.equals("cookie") || name.equals("set-cookie"))) {
        for (int i = 0, n = a.length(); i < n; i++) {
          Object e = a.get(i);
          if (!Values.isNullish(e)) out.add(name, clean(string(ctx, e)));
        }
      } else {
        out.add(name, clean(string(ctx, v)));
      }
    }
  }

  private static void add(ScriptRuntime rt, ScriptObject headers, String name, String value) {
    if (name.equals("cookie") || name.equals("set-cookie")) {
      Object old = headers.get(name);
      if (old instanceof ScriptArray a) {
        a.push(value);
        return;
      }
      if (old != Undefined.INSTANCE) {
        headers.define(name, rt.newArray(List.of(old, value)));
        return;
      }
    }
    headers.define(name, value);
  }

  private static String text(Context ctx, ScriptObject h, String key, String fallback) {
    if (h == null) return fallback;
    Object v = h.get(key);
    if (Values.isNullish(v)) return fallback;
    String s = string(ctx, v);
    return s.isEmpty() ? fallback : s;
  }

  private static String string(Context ctx, Object v) {
    if (v instanceof CharSequence s) return s.toString();
    if (v instanceof Integer i) return i.toString();
    return ctx.worker().scripts().toStringValue(ctx, v);
  }

  /** A field value with CR, LF and NUL turned into spaces, so no script value breaks the block. */
  private static String clean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) return s.replace('\r', ' ').replace('\n', ' ').replace('\0', ' ');
    }
    return s;
  }

  private static int parseStatus(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9' || i >= 3) return 0;
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
