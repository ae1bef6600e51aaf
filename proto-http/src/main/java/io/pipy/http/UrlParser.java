package io.pipy.http;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses URLs as the WHATWG URL Standard does, for the parts Pipy scripts use: special schemes
 * ({@code http}, {@code https}, {@code ws}, {@code wss}, {@code ftp}, {@code file}) with their
 * authority, host normalization (lower case, IDNA, IPv4 numbers, IPv6 compression), default ports
 * dropped, dot segments removed, and percent-encoding of path, query and fragment; other
 * schemes with an authority or an opaque path; and relative references against a base.
 *
 * <p>Not covered: Windows drive letters in {@code file:} URLs and the finer points of the
 * standard's error recovery. Input it cannot make sense of is a {@link Failure}.
 */
final class UrlParser {

  /** The input is not a URL. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /** A parsed URL: the WHATWG components. */
  static final class Parts {
    String scheme = "";
    String username = "";
    String password = "";
    /** The serialized host, or {@code null} when there is none. */
    String host;
    /** The port, or -1 when none is given or it is the scheme's default. */
    int port = -1;
    /** Path segments, or {@code null} for an opaque path. */
    List<String> path = new ArrayList<>();
    String opaquePath;
    /** The query without {@code ?}, or {@code null}. */
    String query;
    /** The fragment without {@code #}, or {@code null}. */
    String fragment;

    boolean special() {
      return defaultPort(scheme) != -2;
    }

    String pathname() {
      if (path == null) return opaquePath;
      if (path.isEmpty()) return special() ? "/" : "";
      StringBuilder sb = new StringBuilder();
      for (String s : path) sb.append('/').append(s);
      return sb.toString();
    }

    String href() {
      StringBuilder sb = new StringBuilder(scheme).append(':');
      if (host != null) {
        sb.append("//");
        if (!username.isEmpty() || !password.isEmpty()) {
          sb.append(username);
          if (!password.isEmpty()) sb.append(':').append(password);
          sb.append('@');
        }
        sb.append(host);
        if (port >= 0) sb.append(':').append(port);
      } else if (path != null && path.size() > 1 && path.get(0).isEmpty()) {
        sb.append("/.");
      }
      sb.append(pathname());
      if (query != null) sb.append('?').append(query);
      if (fragment != null) sb.append('#').append(fragment);
      return sb.toString();
    }

    Parts copy() {
      Parts p = new Parts();
      p.scheme = scheme;
      p.username = username;
      p.password = password;
      p.host = host;
      p.port = port;
      p.path = path == null ? null : new ArrayList<>(path);
      p.opaquePath = opaquePath;
      p.query = query;
      p.fragment = fragment;
      return p;
    }
  }

  private UrlParser() {
  }

  /** The default port of a special scheme, -1 for {@code file}, -2 for a scheme that is not special. */
  static int defaultPort(String scheme) {
    return switch (scheme) {
      case "http", "ws" -> 80;
      case "https", "wss" -> 443;
      case "ftp" -> 21;
      case "file" -> -1;
      default -> -2;
    };
  }

  /** Parses {@code input} against {@code base} (may be {@code null}). */
  static Parts parse(String input, Parts base) throws Failure {
    String s = clean(input);
    int colon = schemeEnd(s);
    if (colon > 0) {
      String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
      String rest = s.substring(colon + 1);
      Parts p = new Parts();
      p.scheme = scheme;
      if (p.special()) {
        if (base != null && base.scheme.equals(scheme) && !scheme.equals("file")
            && !(rest.startsWith("/") || rest.startsWith("\\"))) {
          return relative(rest, base);
        }
        int i = 0;
        while (i < rest.length() && (rest.charAt(i) == '/' || rest.charAt(i) == '\\')) i++;
        if (scheme.equals("file")) {
          if (i >= 2) {
            return authorityAndRest(p, rest.substring(2));
          }
          p.host = "";
          return pathQueryFragment(p, rest);
        }
        return authorityAndRest(p, rest.substring(i));
      }
      if (rest.startsWith("//")) return authorityAndRest(p, rest.substring(2));
      if (rest.startsWith("/")) return pathQueryFragment(p, rest);
      // An opaque path, such as mailto:someone@example.com
      p.path = null;
      int q = indexOfAny(rest, "?#", 0);
      String opaque = q < 0 ? rest : rest.substring(0, q);
      p.opaquePath = encode(opaque, C0);
      return queryFragment(p, q < 0 ? "" : rest.substring(q));
    }
    if (base == null) throw new Failure("Invalid URL");
    return relative(s, base);
  }

  private static Parts relative(String s, Parts base) throws Failure {
    boolean special = base.special();
    if (base.path == null) {
      if (s.startsWith("#")) {
        Parts p = base.copy();
        p.fragment = encode(s.substring(1), FRAGMENT);
        return p;
      }
      throw new Failure("Invalid URL");
    }
    if (s.startsWith("//") || special && s.length() >= 2 && isSlash(s.charAt(0), true) && isSlash(s.charAt(1), true)) {
      Parts p = new Parts();
      p.scheme = base.scheme;
      int i = 0;
      while (i < s.length() && isSlash(s.charAt(i), special)) i++;
      return authorityAndRest(p, s.substring(special ? i : 2));
    }
    Parts p = base.copy();
    p.fragment = null;
    if (s.isEmpty()) return p;
    char c = s.charAt(0);
    if (c == '#') {
      p.fragment = encode(s.substring(1), FRAGMENT);
      return p;
    }
    if (c == '?') {
      return queryFragment(p, s);
    }
    p.query = null;
    if (isSlash(c, special)) {
      p.path = new ArrayList<>();
      return pathQueryFragment(p, s);
    }
    // Merge: the base path without its last segment, then the reference.
    if (!p.path.isEmpty()) p.path.remove(p.path.size() - 1);
    return pathQueryFragment(p, "/" + s, true);
  }

  private static Parts authorityAndRest(Parts p, String s) throws Failure {
    boolean special = p.special();
    int end = 0;
    while (end < s.length()) {
      char c = s.charAt(end);
      if (c == '/' || c == '?' || c == '#' || special && c == '\\') break;
      end++;
    }
    String authority = s.substring(0, end);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userinfo = authority.substring(0, at);
      int colon = userinfo.indexOf(':');
      p.username = encode(colon < 0 ? userinfo : userinfo.substring(0, colon), USERINFO);
      p.password = colon < 0 ? "" : encode(userinfo.substring(colon + 1), USERINFO);
      authority = authority.substring(at + 1);
    }
    String hostPart = authority;
    String portPart = null;
    int close = authority.lastIndexOf(']');
    int colon = authority.lastIndexOf(':');
    if (colon > close) {
      hostPart = authority.substring(0, colon);
      portPart = authority.substring(colon + 1);
    }
    if (hostPart.isEmpty()) {
      if (special && !p.scheme.equals("file")) throw new Failure("Invalid URL");
      if (portPart != null && !portPart.isEmpty() || at >= 0) throw new Failure("Invalid URL");
      p.host = "";
    } else {
      p.host = special ? host(hostPart) : opaqueHost(hostPart);
    }
    if (portPart != null && !portPart.isEmpty()) {
      int port = 0;
      for (int i = 0; i < portPart.length(); i++) {
        char c = portPart.charAt(i);
        if (c < '0' || c > '9') throw new Failure("Invalid URL");
        port = port * 10 + (c - '0');
        if (port > 65535) throw new Failure("Invalid URL");
      }
      p.port = port == defaultPort(p.scheme) ? -1 : port;
    }
    if (p.scheme.equals("file") && p.host.equals("localhost")) p.host = "";
    return pathQueryFragment(p, s.substring(end));
  }

  private static Parts pathQueryFragment(Parts p, String s) throws Failure {
    return pathQueryFragment(p, s, false);
  }

  private static Parts pathQueryFragment(Parts p, String s, boolean merging) {
    boolean special = p.special();
    int end = indexOfAny(s, "?#", 0);
    String path = end < 0 ? s : s.substring(0, end);
    if (!merging && !path.isEmpty()) p.path = new ArrayList<>();
    if (path.isEmpty()) {
      if (!merging && p.path == null) p.path = new ArrayList<>();
    } else {
      int i = isSlash(path.charAt(0), special) ? 1 : 0;
      while (true) {
        int j = i;
        while (j < path.length() && !isSlash(path.charAt(j), special)) j++;
        String seg = path.substring(i, j);
        boolean last = j >= path.length();
        if (isDoubleDot(seg)) {
          if (!p.path.isEmpty()) p.path.remove(p.path.size() - 1);
          if (last) p.path.add("");
        } else if (isSingleDot(seg)) {
          if (last) p.path.add("");
        } else {
          p.path.add(encode(seg, PATH));
        }
        if (last) break;
        i = j + 1;
      }
    }
    try {
      return queryFragment(p, end < 0 ? "" : s.substring(end));
    } catch (Failure e) {
      throw new IllegalStateException(e);
    }
  }

  private static Parts queryFragment(Parts p, String s) throws Failure {
    if (s.isEmpty()) return p;
    int hash = s.indexOf('#');
    if (s.charAt(0) == '?') {
      String q = hash < 0 ? s.substring(1) : s.substring(1, hash);
      p.query = encode(q, p.special() ? SPECIAL_QUERY : QUERY);
    }
    if (hash >= 0) p.fragment = encode(s.substring(hash + 1), FRAGMENT);
    return p;
  }

  // ---- Hosts ----

  private static final String FORBIDDEN_HOST = "\u0000\t\n\r #/:<>?@[\\]^|";

  private static String opaqueHost(String s) throws Failure {
    if (s.startsWith("[")) {
      if (!s.endsWith("]")) throw new Failure("Invalid URL");
      return "[" + ipv6(s.substring(1, s.length() - 1)) + "]";
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '%' && FORBIDDEN_HOST.indexOf(c) >= 0) throw new Failure("Invalid URL");
    }
    return encode(s, C0);
  }

  private static String host(String s) throws Failure {
    if (s.startsWith("[")) {
      if (!s.endsWith("]")) throw new Failure("Invalid URL");
      return "[" + ipv6(s.substring(1, s.length() - 1)) + "]";
    }
    String domain = percentDecode(s);
    String ascii;
    try {
      ascii = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new Failure("Invalid URL");
    }
    if (ascii.isEmpty()) throw new Failure("Invalid URL");
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c <= 0x20 || c == 0x7f || c == '%' || FORBIDDEN_HOST.indexOf(c) >= 0) throw new Failure("Invalid URL");
    }
    if (endsInNumber(ascii)) return ipv4(ascii);
    return ascii;
  }

  private static boolean endsInNumber(String s) {
    String[] parts = s.split("\\.", -1);
    int n = parts.length;
    if (parts[n - 1].isEmpty()) {
      if (n == 1) return false;
      n--;
    }
    String last = parts[n - 1];
    if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) return true;
    return ipv4Number(last) >= 0;
  }

  private static String ipv4(String s) throws Failure {
    List<String> parts = new ArrayList<>(List.of(s.split("\\.", -1)));
    if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) parts.remove(parts.size() - 1);
    if (parts.size() > 4) throw new Failure("Invalid URL");
    long[] nums = new long[parts.size()];
    for (int i = 0; i < nums.length; i++) {
      long v = ipv4Number(parts.get(i));
      if (v < 0) throw new Failure("Invalid URL");
      nums[i] = v;
    }
    for (int i = 0; i < nums.length - 1; i++) if (nums[i] > 255) throw new Failure("Invalid URL");
    if (nums[nums.length - 1] >= 1L << (8 * (5 - nums.length))) throw new Failure("Invalid URL");
    long addr = nums[nums.length - 1];
    for (int i = 0; i < nums.length - 1; i++) addr += nums[i] << (8 * (3 - i));
    return (addr >> 24 & 255) + "." + (addr >> 16 & 255) + "." + (addr >> 8 & 255) + "." + (addr & 255);
  }

  /** An IPv4 part (decimal, 0x hex or 0 octal), or -1. */
  private static long ipv4Number(String s) {
    if (s.isEmpty()) return -1;
    int radix = 10;
    if (s.length() >= 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
      radix = 16;
      s = s.substring(2);
      if (s.isEmpty()) return 0;
    } else if (s.length() >= 2 && s.charAt(0) == '0') {
      radix = 8;
      s = s.substring(1);
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), radix);
      if (d < 0) return -1;
      v = v * radix + d;
      if (v > 0xffffffffL * 256) return Long.MAX_VALUE / 2;
    }
    return v;
  }

  private static String ipv6(String s) throws Failure {
    int[] pieces = new int[8];
    int piece = 0;
    int compress = -1;
    int i = 0;
    int n = s.length();
    if (n == 0) throw new Failure("Invalid URL");
    if (s.charAt(0) == ':') {
      if (n < 2 || s.charAt(1) != ':') throw new Failure("Invalid URL");
      i = 2;
      compress = ++piece;
    }
    while (i < n) {
      if (piece == 8) throw new Failure("Invalid URL");
      if (s.charAt(i) == ':') {
        if (compress >= 0) throw new Failure("Invalid URL");
        i++;
        compress = ++piece;
        continue;
      }
      int value = 0;
      int len = 0;
      while (len < 4 && i < n && Character.digit(s.charAt(i), 16) >= 0) {
        value = value * 16 + Character.digit(s.charAt(i), 16);
        i++;
        len++;
      }
      if (i < n && s.charAt(i) == '.') {
        if (len == 0 || piece > 6) throw new Failure("Invalid URL");
        i -= len;
        String v4 = ipv4Strict(s.substring(i));
        String[] b = v4.split("\\.");
        pieces[piece++] = Integer.parseInt(b[0]) << 8 | Integer.parseInt(b[1]);
        pieces[piece++] = Integer.parseInt(b[2]) << 8 | Integer.parseInt(b[3]);
        i = n;
        break;
      }
      if (i < n) {
        if (s.charAt(i) != ':') throw new Failure("Invalid URL");
        i++;
        if (i >= n) throw new Failure("Invalid URL");
      }
      pieces[piece++] = value;
    }
    if (compress >= 0) {
      int swaps = piece - compress;
      piece = 7;
      while (piece != 0 && swaps > 0) {
        int t = pieces[piece];
        pieces[piece] = pieces[compress + swaps - 1];
        pieces[compress + swaps - 1] = t;
        piece--;
        swaps--;
      }
    } else if (piece != 8) {
      throw new Failure("Invalid URL");
    }
    // Serialize: the first longest run of two or more zero pieces becomes "::".
    int best = -1;
    int bestLen = 1;
    for (int a = 0; a < 8; ) {
      if (pieces[a] != 0) {
        a++;
        continue;
      }
      int b = a;
      while (b < 8 && pieces[b] == 0) b++;
      if (b - a > bestLen) {
        best = a;
        bestLen = b - a;
      }
      a = b;
    }
    StringBuilder sb = new StringBuilder();
    boolean ignore0 = false;
    for (int k = 0; k < 8; k++) {
      if (ignore0 && pieces[k] == 0) continue;
      ignore0 = false;
      if (k == best) {
        sb.append(k == 0 ? "::" : ":");
        ignore0 = true;
        continue;
      }
      sb.append(Integer.toHexString(pieces[k]));
      if (k != 7) sb.append(':');
    }
    return sb.toString();
  }

  private static String ipv4Strict(String s) throws Failure {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) throw new Failure("Invalid URL");
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 1 && p.charAt(0) == '0' || !p.chars().allMatch(c -> c >= '0' && c <= '9')
          || p.length() > 3 || Integer.parseInt(p) > 255) {
        throw new Failure("Invalid URL");
      }
    }
    return s;
  }

  // ---- Percent-encoding ----

  /** The C0 control percent-encode set: controls and everything above ASCII. */
  static final boolean[] C0 = set("");
  static final boolean[] FRAGMENT = set(" \"<>`");
  static final boolean[] QUERY = set(" \"#<>");
  static final boolean[] SPECIAL_QUERY = set(" \"#<>'");
  static final boolean[] PATH = set(" \"#<>?`{}");
  static final boolean[] USERINFO = set(" \"#<>?`{}/:;=@[\\]^|");

  private static boolean[] set(String extra) {
    boolean[] s = new boolean[128];
    for (int c = 0; c < 0x20; c++) s[c] = true;
    s[0x7f] = true;
    for (char c : extra.toCharArray()) s[c] = true;
    return s;
  }

  /** {@code s} with characters in {@code set} (and all non-ASCII) percent-encoded as UTF-8. */
  static String encode(String s, boolean[] set) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= 128 || set[c]) break;
      i++;
    }
    if (i == s.length()) return s;
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && !set[c]) {
        sb.append(c);
        continue;
      }
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        cp = 0xfffd;
      }
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) appendHex(sb, b);
    }
    return sb.toString();
  }

  static void appendHex(StringBuilder sb, byte b) {
    sb.append('%').append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Percent-decoding as the standard does it: bytes, then UTF-8 (bad sequences become U+FFFD). */
  static String percentDecode(String s) {
    if (s.indexOf('%') < 0) return s;
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[in.length];
    int n = 0;
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
        out[n++] = (byte) (hex(in[i + 1]) << 4 | hex(in[i + 2]));
        i += 2;
      } else {
        out[n++] = b;
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }

  // ---- Helpers ----

  private static String clean(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && s.charAt(a) <= 0x20) a++;
    while (b > a && s.charAt(b - 1) <= 0x20) b--;
    StringBuilder sb = null;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        if (sb == null) sb = new StringBuilder(s.substring(a, i));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb != null ? sb.toString() : s.substring(a, b);
  }

  /** Whether {@code input} starts with a scheme. */
  static boolean hasScheme(String input) {
    return schemeEnd(clean(input)) > 0;
  }

  /** The index of the colon ending a scheme at the start of {@code s}, or -1. */
  private static int schemeEnd(String s) {
    if (s.isEmpty() || !isAsciiAlpha(s.charAt(0))) return -1;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') return i;
      if (!isAsciiAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return -1;
    }
    return -1;
  }

  private static boolean isAsciiAlpha(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSlash(char c, boolean special) {
    return c == '/' || special && c == '\\';
  }

  private static boolean isSingleDot(String s) {
    return s.equals(".") || s.equalsIgnoreCase("%2e");
  }

  private static boolean isDoubleDot(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "..", ".%2e", "%2e.", "%2e%2e" -> true;
      default -> false;
    };
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return i;
    }
    return -1;
  }
}
