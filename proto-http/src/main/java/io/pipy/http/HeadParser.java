package io.pipy.http;

import io.pipy.api.script.ObjectTemplate;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import java.util.Arrays;
import java.util.List;

/**
 * Parses a complete HTTP/1.x head (request or status line, then header lines) from bytes into a
 * script object shaped as Pipy shapes it, and keeps the facts the decoder needs to frame the
 * body. One instance per decoder; the fields describe the last head parsed.
 *
 * <p>What it does with headers, following Pipy: names are lower-cased and the original spelling
 * is kept in {@code headerNames} when it differs; values are trimmed of spaces and tabs; a
 * repeated {@code cookie} or {@code set-cookie} becomes an array, any other repeated header keeps
 * its last value; {@code connection} is not put in {@code headers} (it only decides keep-alive).
 *
 * <p>Stricter than Pipy where leniency would let a request be read two ways (request smuggling):
 * whitespace before the colon, obsolete line folding, control characters, a non-numeric or
 * conflicting {@code content-length}, and a request {@code transfer-encoding} that does not end
 * in {@code chunked} are all errors.
 */
final class HeadParser {

  static final String HTTP_1_0 = "HTTP/1.0";
  static final String HTTP_1_1 = "HTTP/1.1";

  private static final boolean[] TCHAR = new boolean[256];

  static {
    for (int c = '0'; c <= '9'; c++) TCHAR[c] = true;
    for (int c = 'a'; c <= 'z'; c++) TCHAR[c] = true;
    for (int c = 'A'; c <= 'Z'; c++) TCHAR[c] = true;
    for (char c : "!#$%&'*+-.^_`|~".toCharArray()) TCHAR[c] = true;
  }

  /** The properties of a request head, in Pipy's order. */
  private static final String[] REQUEST_KEYS = {"protocol", "headers", "headerNames", "method", "path"};
  /** The properties of a response head, in Pipy's order. */
  private static final String[] RESPONSE_KEYS = {"protocol", "headers", "headerNames", "status", "statusText"};

  /** Boxed status codes 100 to 599: Integer.valueOf caches only up to 127. */
  private static final Integer[] STATUS_CODES = new Integer[500];

  static {
    for (int i = 0; i < STATUS_CODES.length; i++) STATUS_CODES[i] = 100 + i;
  }

  private final ScriptRuntime scripts;
  private final ObjectTemplate requestHeads;
  private final ObjectTemplate responseHeads;
  private final ByteStrings strings;
  private byte[] lower = new byte[64];
  private final FieldLines lines;
  private final HeadBlocks blocks;

  /** The head object. */
  ScriptObject head;
  /** The headers and header-names objects of the head being parsed. */
  private ScriptObject headers;
  private ScriptObject names;
  /** The request method, or {@code null} for a response. */
  String method;
  /** {@link #HTTP_1_0} or {@link #HTTP_1_1}. */
  String protocol;
  /** The response status, or 0 for a request. */
  int status;
  /** The content-length, or -1 when none was given. */
  long contentLength;
  /** The transfer-encoding, or {@code null} when none was given. */
  String transferEncoding;
  /** The connection header, or {@code null}. */
  String connection;
  /** The upgrade header, or {@code null}. */
  String upgrade;
  /** Why the last parse failed. */
  DecodeError error;
  /** Whether a response is being parsed: its field names may be followed by whitespace. */
  private boolean response;
  /** Whether the field line parsed last is valid only in a response (whitespace before its colon). */
  private boolean lenientLine;
  /** Whether the block being parsed had such a line. */
  private boolean responseOnly;

  HeadParser(ScriptRuntime scripts) {
    this.scripts = scripts;
    this.requestHeads = scripts.template(REQUEST_KEYS);
    this.responseHeads = scripts.template(RESPONSE_KEYS);
    WorkerCaches caches = WorkerCaches.current();
    this.strings = caches.strings;
    this.lines = caches.lines;
    this.blocks = caches.blocks;
  }

  /** Parses a request head in {@code b[0, len)}; false with {@link #error} set if malformed. */
  boolean parseRequest(byte[] b, int len) {
    clearFacts();
    response = false;
    int eol = indexOf(b, 0, len, (byte) '\n');
    int lineEnd = trimCr(b, 0, eol);
    int p = 0;
    int s = p;
    while (p < lineEnd && b[p] != ' ') {
      if (!TCHAR[b[p] & 0xff]) return fail(DecodeError.BAD_REQUEST);
      p++;
    }
    if (p == s || p == lineEnd) return fail(DecodeError.BAD_REQUEST);
    String m = strings.get(b, s, p - s);
    while (p < lineEnd && b[p] == ' ') p++;
    s = p;
    while (p < lineEnd && b[p] != ' ') {
      int c = b[p] & 0xff;
      if (c < 0x21 || c == 0x7f) return fail(DecodeError.BAD_REQUEST);
      p++;
    }
    if (p == s || p == lineEnd) return fail(DecodeError.BAD_REQUEST);
    String path = strings.get(b, s, p - s);
    while (p < lineEnd && b[p] == ' ') p++;
    int ve = lineEnd;
    while (ve > p && b[ve - 1] == ' ') ve--;
    String version = version(b, p, ve);
    if (version == null) return false;

    protocol = version;
    method = m;
    if (!parseBlock(b, eol + 1, len)) return false;
    ScriptObject h = requestHeads.make(version, headers, names, m, path);
    headers = null;
    names = null;
    if (transferEncoding != null && !Tokens.endsWith(transferEncoding, "chunked")) {
      // A request body must be chunked if it is transfer-encoded at all (RFC 9112 6.3).
      return fail(DecodeError.BAD_REQUEST);
    }
    head = h;
    return true;
  }

  /**
   * Whether {@code b[0, len)}, the start of a request line not yet complete, may still become
   * one: a method token so far, or a token and a space. A lone CR (of an empty line before the
   * request, whose LF is still to come) is allowed too.
   */
  static boolean mayStartRequest(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      int c = b[i] & 0xff;
      if (c == ' ') return i > 0;
      if (!TCHAR[c]) return c == '\r' && i == len - 1;
    }
    return true;
  }

  /** Parses a response head in {@code b[0, len)}; false with {@link #error} set if malformed. */
  boolean parseResponse(byte[] b, int len) {
    clearFacts();
    response = true;
    int eol = indexOf(b, 0, len, (byte) '\n');
    int lineEnd = trimCr(b, 0, eol);
    int p = 0;
    while (p < lineEnd && b[p] != ' ') p++;
    String version = version(b, 0, p);
    if (version == null) return fail(DecodeError.BAD_REQUEST);
    while (p < lineEnd && b[p] == ' ') p++;
    int code = 0;
    int digits = 0;
    while (p < lineEnd && b[p] >= '0' && b[p] <= '9' && digits < 3) {
      code = code * 10 + (b[p++] - '0');
      digits++;
    }
    if (digits != 3 || code < 100 || code > 599) return fail(DecodeError.BAD_REQUEST);
    if (p < lineEnd && b[p] != ' ') return fail(DecodeError.BAD_REQUEST);
    while (p < lineEnd && b[p] == ' ') p++;
    int te = lineEnd;
    while (te > p && (b[te - 1] == ' ' || b[te - 1] == '\t')) te--;
    for (int i = p; i < te; i++) {
      int c = b[i] & 0xff;
      if (c < 0x20 && c != '\t' || c == 0x7f) return fail(DecodeError.BAD_REQUEST);
    }
    String text = strings.get(b, p, te - p);

    protocol = version;
    status = code;
    if (!parseBlock(b, eol + 1, len)) return false;
    head = responseHeads.make(version, headers, names, STATUS_CODES[code - 100], text);
    headers = null;
    names = null;
    return true;
  }

  /** Parses trailer lines in {@code b[0, len)} into a new object; {@code null} if malformed. */
  ScriptObject parseTrailers(byte[] b, int len) {
    ScriptObject trailers = scripts.newObject();
    return parseFields(b, 0, len, trailers, null, false) ? trailers : null;
  }

  /** Whether the body is chunked: the last transfer coding is {@code chunked}. */
  boolean isChunked() {
    return transferEncoding != null && Tokens.endsWith(transferEncoding, "chunked");
  }

  /**
   * Whether the connection closes after this message: HTTP/1.1 unless {@code connection} says
   * {@code close}; HTTP/1.0 only when {@code connection} says {@code keep-alive}.
   */
  boolean isFinal() {
    if (protocol == HTTP_1_0) return connection == null || !Tokens.has(connection, "keep-alive");
    return connection != null && Tokens.has(connection, "close");
  }

  private void clearFacts() {
    head = null;
    method = null;
    protocol = null;
    status = 0;
    contentLength = -1;
    transferEncoding = null;
    connection = null;
    upgrade = null;
    error = null;
  }

  private boolean fail(DecodeError e) {
    error = e;
    return false;
  }

  private String version(byte[] b, int s, int e) {
    if (matches(b, s, e, HTTP_1_1)) return HTTP_1_1;
    if (matches(b, s, e, HTTP_1_0)) return HTTP_1_0;
    // A later HTTP/1 minor version is read as the highest we implement (RFC 9112 2.3).
    if (e - s == 8 && matches(b, s, s + 7, "HTTP/1.") && b[s + 7] >= '2' && b[s + 7] <= '9') return HTTP_1_1;
    // "HTTP/" DIGIT ["." DIGIT]: a version we do not speak (HTTP/2.0 from a prior-knowledge
    // client included); anything else is not HTTP at all.
    int n = e - s;
    boolean http = n >= 6 && matches(b, s, s + 5, "HTTP/") && isDigit(b[s + 5])
        && (n == 6 || n == 8 && b[s + 6] == '.' && isDigit(b[s + 7]));
    fail(http ? DecodeError.VERSION_NOT_SUPPORTED : DecodeError.BAD_REQUEST);
    return null;
  }

  /**
   * Parses the header block {@code b[p, len)} into new {@link #headers} and {@link #names}
   * objects, setting the facts; from the objects of the same block seen before, if it was.
   */
  private boolean parseBlock(byte[] b, int p, int len) {
    HeadBlocks.Block seen = blocks.get(scripts, b, p, len - p);
    if (seen != null) {
      headers = seen.headers().newObject();
      names = seen.names().newObject();
      contentLength = seen.contentLength();
      transferEncoding = seen.transferEncoding();
      connection = seen.connection();
      upgrade = seen.upgrade();
      return true;
    }
    ScriptObject hs = scripts.newObject();
    ScriptObject ns = scripts.newObject();
    responseOnly = false;
    if (!parseFields(b, p, len, hs, ns, true)) return false;
    // The caches are shared by requests and responses: a block they would read differently is
    // not kept.
    if (!responseOnly) blocks.put(scripts, b, p, len - p, hs, ns, contentLength, transferEncoding, connection, upgrade);
    headers = hs;
    names = ns;
    return true;
  }

  /** Parses field lines from {@code p} up to the empty line. */
  private boolean parseFields(byte[] b, int p, int len, ScriptObject headers, ScriptObject names, boolean isHead) {
    while (p < len) {
      int eol = indexOf(b, p, len, (byte) '\n');
      int lineEnd = trimCr(b, p, eol);
      if (lineEnd == p) return true;
      FieldLines.Field field = lines.get(b, p, lineEnd - p);
      if (field == null) {
        field = parseField(b, p, lineEnd);
        if (field == null) return false;
        if (lenientLine) {
          responseOnly = true;
        } else {
          lines.put(b, p, lineEnd - p, field);
        }
      }
      if (isHead) {
        if (!addHeader(headers, field.name(), field.value())) return false;
        if (field.spelling() != null && names != null) names.define(field.name(), field.spelling());
      } else {
        headers.define(field.name(), field.value());
      }
      p = eol + 1;
    }
    return true;
  }

  /** Parses field line {@code b[p, lineEnd)}; null (with the error set) if it is malformed. */
  private FieldLines.Field parseField(byte[] b, int p, int lineEnd) {
    int first = b[p];
    if (first == ' ' || first == '\t') {
      fail(DecodeError.BAD_REQUEST);
      return null;
    }
    if (lower.length < lineEnd - p) lower = Arrays.copyOf(lower, Math.max(lower.length * 2, lineEnd - p));
    boolean changed = false;
    int nameEnd = p;
    while (nameEnd < lineEnd) {
      int c = b[nameEnd] & 0xff;
      if (c == ':' || response && (c == ' ' || c == '\t')) break;
      if (!TCHAR[c]) {
        fail(DecodeError.BAD_REQUEST);
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
        changed = true;
      }
      lower[nameEnd - p] = (byte) c;
      nameEnd++;
    }
    // Whitespace between a field name and its colon: a request with it is rejected, but a proxy
    // removes it from a response (RFC 9112 5.1).
    int colon = nameEnd;
    while (colon < lineEnd && (b[colon] == ' ' || b[colon] == '\t')) colon++;
    if (nameEnd == p || colon == lineEnd || b[colon] != ':') {
      fail(DecodeError.BAD_REQUEST);
      return null;
    }
    lenientLine = colon > nameEnd;
    String name = strings.get(lower, 0, nameEnd - p);
    int vs = colon + 1;
    int ve = lineEnd;
    while (vs < ve && (b[vs] == ' ' || b[vs] == '\t')) vs++;
    while (ve > vs && (b[ve - 1] == ' ' || b[ve - 1] == '\t')) ve--;
    for (int i = vs; i < ve; i++) {
      int c = b[i] & 0xff;
      if (c < 0x20 && c != '\t' || c == 0x7f) {
        fail(DecodeError.BAD_REQUEST);
        return null;
      }
    }
    String value = strings.get(b, vs, ve - vs);
    return new FieldLines.Field(name, value, changed ? strings.get(b, p, nameEnd - p) : null);
  }

  private boolean addHeader(ScriptObject headers, String name, String value) {
    switch (name) {
      case "connection":
        connection = connection == null ? value : connection + ", " + value;
        return true;
      case "content-length": {
        long n = parseLength(value);
        if (n < 0 || contentLength >= 0 && contentLength != n) return fail(DecodeError.BAD_REQUEST);
        contentLength = n;
        break;
      }
      case "upgrade":
        upgrade = value;
        break;
      case "transfer-encoding":
        transferEncoding = transferEncoding == null ? value : transferEncoding + ", " + value;
        break;
      case "cookie":
      case "set-cookie": {
        Object old = headers.get(name);
        if (old instanceof ScriptArray a) {
          a.push(value);
          return true;
        }
        if (old != Undefined.INSTANCE) {
          headers.define(name, scripts.newArray(List.of(old, value)));
          return true;
        }
        break;
      }
      default:
        break;
    }
    // define(), not set(): the object is ours and fresh, so no prototype needs consulting.
    headers.define(name, value);
    return true;
  }

  /** A content-length value: 1 to 18 digits; -1 if anything else. */
  private static long parseLength(String s) {
    int n = s.length();
    if (n == 0 || n > 18) return -1;
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean matches(byte[] b, int s, int e, String text) {
    if (e - s != text.length()) return false;
    for (int i = 0; i < text.length(); i++) {
      if (b[s + i] != text.charAt(i)) return false;
    }
    return true;
  }

  /** The index of {@code c} in {@code b[from, to)}, or {@code to}. */
  private static int indexOf(byte[] b, int from, int to, byte c) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) return i;
    }
    return to;
  }

  /** The end of the line ending at {@code eol}, without a CR before it. */
  private static int trimCr(byte[] b, int start, int eol) {
    return eol > start && b[eol - 1] == '\r' ? eol - 1 : eol;
  }
}
