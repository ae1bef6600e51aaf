package io.pipy.http;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import java.nio.charset.StandardCharsets;

/**
 * {@code URL}: a URL parsed as the WHATWG URL Standard says ({@link UrlParser}), with the
 * properties of the standard ({@code href}, {@code origin}, {@code protocol}, {@code username},
 * {@code password}, {@code host}, {@code hostname}, {@code port}, {@code pathname},
 * {@code search}, {@code hash}, {@code searchParams}) and Pipy's additions ({@code path}: pathname
 * and search, {@code query}: search without {@code ?}, {@code auth}: {@code user:password}).
 *
 * <p>Two things are Pipy's, because scripts rely on them:
 * <ul>
 *   <li>{@code port} is the scheme's default ({@code "80"}, {@code "443"}, {@code "21"}) when the
 *       URL names none, so {@code `${url.hostname}:${url.port}`} is an address to connect to
 *       (the standard gives {@code ""}); {@code host} and {@code href} still leave a default port
 *       out, as the standard does;</li>
 *   <li>a relative URL without a base is not an error: it is read against {@code http://} with
 *       no host, so {@code new URL(msg.head.path)} gives the path's {@code pathname} and
 *       {@code searchParams} ({@code protocol} {@code "http:"}, {@code host} {@code ""}).</li>
 * </ul>
 * Otherwise, where Pipy keeps the text as it was (no lower-casing, percent-encoding or dot
 * segment removal) we follow the standard. The statics {@code URL.encode}, {@code URL.decode},
 * {@code URL.encodeComponent} and {@code URL.decodeComponent} are Pipy's, with the semantics of
 * ECMAScript's {@code encodeURI} family. Properties are read-only, as in Pipy.
 */
final class Url {

  private final UrlParser.Parts parts;
  private UrlSearchParams searchParams;

  Url(UrlParser.Parts parts) {
    this.parts = parts;
  }

  /** Parses {@code input} against {@code base} ({@code null} for none). */
  static Url parse(String input, String base) {
    try {
      UrlParser.Parts b = null;
      if (base != null) b = UrlParser.parse(base, null);
      UrlParser.Parts p;
      try {
        p = UrlParser.parse(input, b);
      } catch (UrlParser.Failure e) {
        if (b != null || UrlParser.hasScheme(input)) throw e;
        // Pipy: a relative URL without a base is read against http:// with no host.
        UrlParser.Parts empty = new UrlParser.Parts();
        empty.scheme = "http";
        empty.host = "";
        p = UrlParser.parse(input, empty);
      }
      return new Url(p);
    } catch (UrlParser.Failure e) {
      throw ScriptError.typeError("Invalid URL: " + input);
    }
  }

  String href() {
    return parts.href();
  }

  String protocol() {
    return parts.scheme + ":";
  }

  String username() {
    return parts.username;
  }

  String password() {
    return parts.password;
  }

  String hostname() {
    return parts.host == null ? "" : parts.host;
  }

  String host() {
    if (parts.host == null) return "";
    return parts.port >= 0 ? parts.host + ":" + parts.port : parts.host;
  }

  /** The port, or the scheme's default when none is given (Pipy), or {@code ""}. */
  String port() {
    if (parts.port >= 0) return Integer.toString(parts.port);
    int d = UrlParser.defaultPort(parts.scheme);
    return d > 0 && parts.host != null ? Integer.toString(d) : "";
  }

  String origin() {
    if (!parts.special() || parts.scheme.equals("file")) return "null";
    return protocol() + "//" + host();
  }

  String pathname() {
    return parts.pathname();
  }

  String search() {
    return parts.query == null || parts.query.isEmpty() ? "" : "?" + parts.query;
  }

  String hash() {
    return parts.fragment == null || parts.fragment.isEmpty() ? "" : "#" + parts.fragment;
  }

  String path() {
    return pathname() + search();
  }

  String query() {
    return parts.query == null ? "" : parts.query;
  }

  String auth() {
    if (parts.password.isEmpty()) return parts.username;
    return parts.username + ":" + parts.password;
  }

  UrlSearchParams searchParams() {
    if (searchParams == null) {
      searchParams = UrlSearchParams.parse(parts.query);
      searchParams.owner(this);
    }
    return searchParams;
  }

  /** The params changed: they are the query now. */
  void queryChanged(String serialized) {
    parts.query = serialized.isEmpty() ? null : serialized;
  }

  @Override
  public String toString() {
    return href();
  }

  // ---- The script class ----

  private static final String URI_RESERVED = ";/?:@&=+$,#";
  private static final String URI_UNESCAPED_MARKS = "-_.!~*'()";


  static final HostClass<Url> CLASS = HostClass.builder("URL", Url.class)
      .constructor((ctx, args) -> {
        if (args.length < 1) throw ScriptError.typeError("URL: 1 argument required");
        String input = UrlSearchParams.str(ctx, args[0]);
        Object b = args.length > 1 ? args[1] : Undefined.INSTANCE;
        String base = Values.isUndefined(b) ? null : b instanceof Url u ? u.href() : UrlSearchParams.str(ctx, b);
        return parse(input, base);
      })
      .getter("href", Url::href)
      .getter("origin", Url::origin)
      .getter("protocol", Url::protocol)
      .getter("username", Url::username)
      .getter("password", Url::password)
      .getter("host", Url::host)
      .getter("hostname", Url::hostname)
      .getter("port", Url::port)
      .getter("pathname", Url::pathname)
      .getter("search", Url::search)
      .getter("hash", Url::hash)
      .getter("searchParams", Url::searchParams)
      .getter("path", Url::path)
      .getter("query", Url::query)
      .getter("auth", Url::auth)
      .method("toString", 0, (ctx, self, args) -> self.href())
      .method("toJSON", 0, (ctx, self, args) -> self.href())
      .staticMember("encode", HostFunction.of("encode", 1, (ctx, self, args) -> encodeUri(arg(ctx, args), URI_RESERVED)))
      .staticMember("encodeComponent", HostFunction.of("encodeComponent", 1, (ctx, self, args) -> encodeUri(arg(ctx, args), "")))
      .staticMember("decode", HostFunction.of("decode", 1, (ctx, self, args) -> decodeUri(arg(ctx, args), URI_RESERVED + "#")))
      .staticMember("decodeComponent", HostFunction.of("decodeComponent", 1, (ctx, self, args) -> decodeUri(arg(ctx, args), "")))
      .build();

  private static String arg(Context ctx, Object[] args) {
    return UrlSearchParams.str(ctx, args.length > 0 ? args[0] : Undefined.INSTANCE);
  }

  /** ECMAScript's Encode: characters outside the unescaped set (plus {@code keep}) as UTF-8 escapes. */
  static String encodeUri(String s, String keep) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && (Character.isLetterOrDigit(c) || URI_UNESCAPED_MARKS.indexOf(c) >= 0 || keep.indexOf(c) >= 0)) {
        sb.append(c);
        continue;
      }
      int cp;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) throw new ScriptError("malformed URI");
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isLowSurrogate(c)) {
        throw new ScriptError("malformed URI");
      } else {
        cp = c;
      }
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) UrlParser.appendHex(sb, b);
    }
    return sb.toString();
  }

  /** ECMAScript's Decode: escapes of characters in {@code keep} stay escaped. */
  static String decodeUri(String s, String keep) {
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c != '%') {
        sb.append(c);
        i++;
        continue;
      }
      int b = escape(s, i);
      if (b < 0x80) {
        if (keep.indexOf((char) b) >= 0) sb.append(s, i, i + 3); else sb.append((char) b);
        i += 3;
        continue;
      }
      int len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
      if (len == 0 || b >= 0xf8) throw new ScriptError("malformed URI");
      byte[] bytes = new byte[len];
      bytes[0] = (byte) b;
      for (int k = 1; k < len; k++) {
        int next = escape(s, i + 3 * k);
        if ((next & 0xc0) != 0x80) throw new ScriptError("malformed URI");
        bytes[k] = (byte) next;
      }
      var decoder = StandardCharsets.UTF_8.newDecoder();
      try {
        sb.append(decoder.decode(java.nio.ByteBuffer.wrap(bytes)));
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new ScriptError("malformed URI");
      }
      i += 3 * len;
    }
    return sb.toString();
  }

  private static int escape(String s, int i) {
    if (i + 3 > s.length() || s.charAt(i) != '%') {
      throw new ScriptError("malformed URI");
    }
    int h = Character.digit(s.charAt(i + 1), 16);
    int l = Character.digit(s.charAt(i + 2), 16);
    if (h < 0 || l < 0) throw new ScriptError("malformed URI");
    return h << 4 | l;
  }
}
