package io.pipy.http;

import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;

/** Small helpers for the {@code headers} object of a script head. */
final class Headers {

  private Headers() {
  }

  /** The {@code headers} object of {@code head}, or {@code null}. */
  static ScriptObject of(Object head) {
    if (head instanceof ScriptObject h && h.get("headers") instanceof ScriptObject headers) return headers;
    return null;
  }

  /**
   * The key under which {@code headers} holds {@code name} (lower case), matching case-insensitively
   * as scripts may spell it either way; {@code null} if absent.
   */
  static String key(ScriptObject headers, String name) {
    if (headers == null) return null;
    if (headers.has(name)) return name;
    for (String k : headers.keys()) {
      if (k.equalsIgnoreCase(name)) return k;
    }
    return null;
  }

  /** The value of header {@code name}, or {@link Undefined#INSTANCE}. */
  static Object get(ScriptObject headers, String name) {
    String k = key(headers, name);
    return k == null ? Undefined.INSTANCE : headers.get(k);
  }

  /** Deletes header {@code name} in whatever case it is spelled. */
  static void delete(ScriptObject headers, String name) {
    String k;
    while ((k = key(headers, name)) != null) {
      if (!headers.delete(k)) return;
    }
  }

  /**
   * Which of gzip and br an {@code accept-encoding} value allows, as Pipy reads it: each
   * comma-separated coding name, case-insensitively. Unlike Pipy, a coding with {@code q=0} is
   * refused, as RFC 9110 says.
   *
   * @return {@link #GZIP} and {@link #BR} bits
   */
  static int acceptedEncodings(Object value) {
    if (!(value instanceof CharSequence cs)) return 0;
    String s = cs.toString();
    int bits = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      int end = s.indexOf(',', i);
      if (end < 0) end = n;
      int semi = s.indexOf(';', i);
      int nameEnd = semi >= 0 && semi < end ? semi : end;
      String name = s.substring(i, nameEnd).strip();
      boolean refused = semi >= 0 && semi < end && zeroQuality(s.substring(semi + 1, end));
      if (!refused) {
        if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) bits |= GZIP;
        else if (name.equalsIgnoreCase("br")) bits |= BR;
      }
      i = end + 1;
    }
    return bits;
  }

  /** Bit for gzip in {@link #acceptedEncodings}. */
  static final int GZIP = 1;
  /** Bit for br in {@link #acceptedEncodings}. */
  static final int BR = 2;

  private static boolean zeroQuality(String params) {
    for (String p : params.split(";")) {
      String t = p.strip();
      if (t.length() >= 2 && (t.charAt(0) == 'q' || t.charAt(0) == 'Q') && t.charAt(1) == '=') {
        try {
          return Double.parseDouble(t.substring(2).strip()) <= 0;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }
}
