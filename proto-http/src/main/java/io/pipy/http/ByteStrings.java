package io.pipy.http;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns head bytes into strings without allocating for the ones seen before: a shared, read-only
 * table of well-known tokens (methods, versions, common header names and values), then a cache
 * of recent strings. A worker's connections send the same {@code host}, {@code user-agent} and
 * paths again and again; the cache gives back the same {@code String}.
 *
 * <p>One instance per worker ({@link WorkerCaches}), used on its thread.
 */
final class ByteStrings {

  /** Strings longer than this are not cached: they are rarely repeated and cost memory. */
  private static final int MAX_CACHED = 96;
  private static final int SET_BITS = 8;
  private static final int WAYS = 4;
  private static final int SLOTS = WAYS << SET_BITS;

  /** Declared before the static block below, which hashes with it. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final int KNOWN_BITS = 9;
  private static final int KNOWN_SIZE = 1 << KNOWN_BITS;
  private static final byte[][] KNOWN_KEYS = new byte[KNOWN_SIZE][];
  private static final String[] KNOWN_VALUES = new String[KNOWN_SIZE];

  static {
    String[] known = {
      // methods and versions
      "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "PRI",
      "HTTP/1.0", "HTTP/1.1",
      // paths
      "/", "*", "/index.html", "/favicon.ico",
      // header names as sent and lower-cased
      "host", "Host", "user-agent", "User-Agent", "accept", "Accept",
      "accept-encoding", "Accept-Encoding", "accept-language", "Accept-Language",
      "connection", "Connection", "content-length", "Content-Length",
      "content-type", "Content-Type", "content-encoding", "Content-Encoding",
      "transfer-encoding", "Transfer-Encoding", "cookie", "Cookie", "set-cookie", "Set-Cookie",
      "upgrade", "Upgrade", "keep-alive", "Keep-Alive", "authorization", "Authorization",
      "cache-control", "Cache-Control", "pragma", "Pragma", "referer", "Referer",
      "origin", "Origin", "date", "Date", "server", "Server", "location", "Location",
      "etag", "ETag", "last-modified", "Last-Modified", "if-none-match", "If-None-Match",
      "if-modified-since", "If-Modified-Since", "expect", "Expect", "range", "Range",
      "vary", "Vary", "via", "Via", "te", "TE", "trailer", "Trailer",
      "x-forwarded-for", "X-Forwarded-For", "x-forwarded-proto", "X-Forwarded-Proto",
      "x-real-ip", "X-Real-IP", "x-request-id", "X-Request-ID",
      "sec-websocket-key", "Sec-WebSocket-Key", "sec-websocket-version", "Sec-WebSocket-Version",
      // values
      "*/*", "close", "keep-alive", "Keep-Alive", "Close", "chunked", "gzip", "deflate", "br",
      "gzip, deflate", "gzip, deflate, br", "identity", "no-cache", "max-age=0", "websocket",
      "h2c", "text/html", "text/plain", "application/json", "application/octet-stream",
      "text/html; charset=utf-8", "text/plain; charset=utf-8", "0", "1",
      "OK", "Not Found", "No Content", "Created", "Bad Request", "Internal Server Error",
    };
    for (String s : known) {
      byte[] b = s.getBytes(StandardCharsets.US_ASCII);
      int i = hash(b, 0, b.length) >>> (32 - KNOWN_BITS);
      while (KNOWN_KEYS[i] != null) {
        if (Arrays.equals(KNOWN_KEYS[i], b)) break;
        i = (i + 1) & (KNOWN_SIZE - 1);
      }
      KNOWN_KEYS[i] = b;
      KNOWN_VALUES[i] = s;
    }
  }

  private final byte[][] recentKeys = new byte[SLOTS][];
  private final String[] recentValues = new String[SLOTS];

  /** The string of {@code buf[off, off+len)}, decoded as UTF-8. */
  String get(byte[] buf, int off, int len) {
    if (len == 0) return "";
    int h = hash(buf, off, len);
    if (len > MAX_CACHED) {
      String known = known(h, buf, off, len);
      return known != null ? known : decode(buf, off, len);
    }
    // Recent strings first: on a keep-alive connection nearly every lookup hits here. Four ways
    // per set, newest first, so a few busy strings that hash alike do not evict each other.
    int set = (h >>> (32 - SET_BITS)) * WAYS;
    for (int i = set; i < set + WAYS; i++) {
      byte[] k = recentKeys[i];
      if (k == null) break;
      if (same(k, buf, off, len)) return recentValues[i];
    }
    String s = known(h, buf, off, len);
    if (s == null) s = decode(buf, off, len);
    System.arraycopy(recentKeys, set, recentKeys, set + 1, WAYS - 1);
    System.arraycopy(recentValues, set, recentValues, set + 1, WAYS - 1);
    recentKeys[set] = Arrays.copyOfRange(buf, off, off + len);
    recentValues[set] = s;
    return s;
  }

  private static String known(int h, byte[] buf, int off, int len) {
    int i = h >>> (32 - KNOWN_BITS);
    byte[] k;
    while ((k = KNOWN_KEYS[i]) != null) {
      if (same(k, buf, off, len)) return KNOWN_VALUES[i];
      i = (i + 1) & (KNOWN_SIZE - 1);
    }
    return null;
  }

  /** Whether {@code k} equals {@code buf[off, off+len)}; a plain loop beats the intrinsic on short keys. */
  private static boolean same(byte[] k, byte[] buf, int off, int len) {
    if (k.length != len) return false;
    if (len > 16) return Arrays.equals(k, 0, len, buf, off, off + len);
    for (int i = 0; i < len; i++) {
      if (k[i] != buf[off + i]) return false;
    }
    return true;
  }

  private static String decode(byte[] buf, int off, int len) {
    return new String(buf, off, len, StandardCharsets.UTF_8);
  }

  /**
   * A hash whose high bits are well mixed; tables index by the top bits. Eight bytes a step:
   * a byte-at-a-time polynomial is a chain of multiplies as long as the string, and a head has
   * a few hundred bytes of names and values to look up.
   */
  static int hash(byte[] b, int off, int len) {
    long h = len * 0x9E3779B97F4A7C15L;
    int i = off;
    int end = off + len;
    for (; i + 8 <= end; i += 8) h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
    if (i < end) {
      long t = 0;
      for (; i < end; i++) t = t << 8 | (b[i] & 0xff);
      h = (h ^ t) * 0x9E3779B97F4A7C15L;
    }
    return (int) (h ^ h >>> 32);
  }
}
