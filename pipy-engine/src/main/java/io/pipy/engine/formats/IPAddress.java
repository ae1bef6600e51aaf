package io.pipy.engine.formats;

import java.util.Arrays;

/**
 * An IPv4 or IPv6 address: parsing of the textual forms and printing in the canonical form
 * (dotted decimal; for IPv6 lower-case hex groups with the first longest run of two or more
 * zero groups written as {@code ::}).
 */
public final class IPAddress {

  private final boolean v6;
  /** Four bytes or sixteen bytes, network order. */
  private final byte[] bytes;

  private IPAddress(boolean v6, byte[] bytes) {
    this.v6 = v6;
    this.bytes = bytes;
  }

  /** An address from 4 or 16 bytes. */
  public static IPAddress of(byte[] bytes) {
    if (bytes.length != 4 && bytes.length != 16) throw new IllegalArgumentException("4 or 16 bytes");
    return new IPAddress(bytes.length == 16, bytes.clone());
  }

  /** Parses an IPv4 or IPv6 address; null if it is neither. */
  public static IPAddress parse(String s) {
    byte[] b = parseV4(s);
    if (b != null) return new IPAddress(false, b);
    b = parseV6(s);
    return b == null ? null : new IPAddress(true, b);
  }

  /** The 4 bytes of a dotted-decimal IPv4 address, or null. */
  public static byte[] parseV4(String s) {
    byte[] out = new byte[4];
    int p = 0;
    int n = s.length();
    for (int i = 0; i < 4; i++) {
      int start = p;
      int v = 0;
      while (p < n && p - start < 3 && Character.isDigit(s.charAt(p))) {
        v = v * 10 + (s.charAt(p) - '0');
        p++;
      }
      if (p == start || v > 255) return null;
      out[i] = (byte) v;
      if (i < 3) {
        if (p >= n || s.charAt(p) != '.') return null;
        p++;
      }
    }
    return p == n ? out : null;
  }

  /** The 16 bytes of an IPv6 address (a zone after {@code %} ignored), or null. */
  public static byte[] parseV6(String s) {
    int zone = s.indexOf('%');
    if (zone >= 0) s = s.substring(0, zone);
    if (s.isEmpty()) return null;
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) return null;
    int[] head = new int[8];
    int[] tail = new int[8];
    int hn;
    int tn = 0;
    if (gap >= 0) {
      hn = groups(s.substring(0, gap), head, false);
      if (hn < 0) return null;
      tn = groups(s.substring(gap + 2), tail, true);
      if (tn < 0) return null;
      if (hn + tn > 7) return null;
    } else {
      hn = groups(s, head, true);
      if (hn != 8) return null;
    }
    int[] all = new int[8];
    System.arraycopy(head, 0, all, 0, hn);
    System.arraycopy(tail, 0, all, 8 - tn, tn);
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[i * 2] = (byte) (all[i] >> 8);
      out[i * 2 + 1] = (byte) all[i];
    }
    return out;
  }

  /** Parses colon-separated hex groups (the last may be dotted IPv4 if allowed); count or -1. */
  private static int groups(String s, int[] out, boolean ipv4Tail) {
    if (s.isEmpty()) return 0;
    String[] parts = s.split(":", -1);
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (ipv4Tail && i == parts.length - 1 && p.indexOf('.') >= 0) {
        byte[] v4 = parseV4(p);
        if (v4 == null || n + 2 > 8) return -1;
        out[n++] = (v4[0] & 0xff) << 8 | (v4[1] & 0xff);
        out[n++] = (v4[2] & 0xff) << 8 | (v4[3] & 0xff);
        continue;
      }
      if (p.isEmpty() || p.length() > 4 || n >= 8) return -1;
      int v = 0;
      for (int j = 0; j < p.length(); j++) {
        int d = Character.digit(p.charAt(j), 16);
        if (d < 0) return -1;
        v = v * 16 + d;
      }
      out[n++] = v;
    }
    return n;
  }

  /** Whether this is an IPv6 address. */
  public boolean isV6() {
    return v6;
  }

  /** 4 for IPv4, 6 for IPv6. */
  public int version() {
    return v6 ? 6 : 4;
  }

  /** The bytes, network order. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The numbers making up the address: 4 bytes, or 8 groups of 16 bits. */
  public int[] decompose() {
    if (!v6) {
      int[] out = new int[4];
      for (int i = 0; i < 4; i++) out[i] = bytes[i] & 0xff;
      return out;
    }
    int[] out = new int[8];
    for (int i = 0; i < 8; i++) out[i] = (bytes[i * 2] & 0xff) << 8 | (bytes[i * 2 + 1] & 0xff);
    return out;
  }

  /** Prints the address canonically. */
  @Override
  public String toString() {
    return format(v6, bytes);
  }

  /** Prints 4 or 16 bytes as an address. */
  public static String format(boolean v6, byte[] b) {
    if (!v6) return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) g[i] = (b[i * 2] & 0xff) << 8 | (b[i * 2 + 1] & 0xff);
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8;) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) j++;
      if (j - i > bestLen) {
        bestLen = j - i;
        bestStart = i;
      }
      i = j;
    }
    if (bestLen < 2) bestStart = -1;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IPAddress a && a.v6 == v6 && Arrays.equals(a.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
