package io.pipy.js.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Number-to-string conversions exactly as ECMAScript specifies them. */
public final class Numbers {

  private static final String[] SMALL = new String[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) SMALL[i] = Integer.toString(i).intern();
  }

  private Numbers() {
  }

  /** {@code String(n)} for an int. */
  public static String toString(int n) {
    return n >= 0 && n < SMALL.length ? SMALL[n] : Integer.toString(n);
  }

  /** {@code String(d)}: the shortest digits that round-trip, in JavaScript's layout. */
  public static String toString(double d) {
    if (d != d) return "NaN";
    if (d == Double.POSITIVE_INFINITY) return "Infinity";
    if (d == Double.NEGATIVE_INFINITY) return "-Infinity";
    if (d == 0) return "0";
    if (d == (long) d && Math.abs(d) <= 9007199254740992.0) { // above 2^53 the shortest digits may end in zeros
      long l = (long) d;
      if (l >= 0 && l < SMALL.length) return SMALL[(int) l];
      return Long.toString(l);
    }
    boolean negative = d < 0;
    if (negative) d = -d;
    // Shortest round-trip digits and exponent: digits d1..dk, value = 0.d1..dk * 10^n.
    String[] de = shortest(d);
    String digits = de[0];
    int n = Integer.parseInt(de[1]);
    int k = digits.length();
    StringBuilder sb = new StringBuilder(24);
    if (negative) sb.append('-');
    if (k <= n && n <= 21) {
      sb.append(digits);
      for (int i = k; i < n; i++) sb.append('0');
    } else if (0 < n && n <= 21) {
      sb.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      sb.append("0.");
      for (int i = 0; i < -n; i++) sb.append('0');
      sb.append(digits);
    } else {
      int e = n - 1;
      sb.append(digits.charAt(0));
      if (k > 1) sb.append('.').append(digits, 1, k);
      sb.append('e').append(e >= 0 ? "+" : "-").append(Math.abs(e));
    }
    return sb.toString();
  }

  /**
   * The shortest decimal digits (no leading/trailing zeros) and the exponent n such that
   * value = 0.digits × 10^n round-trips to {@code d} (positive, finite, non-zero).
   */
  static String[] shortest(double d) {
    // Double.toString round-trips but is not always the shortest on older JDKs; start from it
    // and try shorter roundings until one no longer round-trips.
    BigDecimal exact = new BigDecimal(Double.toString(d));
    String digits = exact.unscaledValue().toString();
    int exponent = digits.length() - exact.scale();
    digits = stripTrailingZeros(digits);
    while (digits.length() > 1) {
      String shorter = roundDigits(digits, digits.length() - 1);
      int carry = shorter.length() > digits.length() - 1 ? 1 : 0;
      String candidate = stripTrailingZeros(carry == 1 ? shorter.substring(0, shorter.length() - 1) : shorter);
      int candExp = exponent + carry;
      if (parse(candidate, candExp) == d) {
        digits = candidate;
        exponent = candExp;
        continue;
      }
      String truncated = stripTrailingZeros(digits.substring(0, digits.length() - 1));
      if (!truncated.isEmpty() && parse(truncated, exponent) == d) {
        digits = truncated;
        continue;
      }
      break;
    }
    return new String[] {digits, Integer.toString(exponent)};
  }

  private static double parse(String digits, int exponent) {
    return Double.parseDouble("0." + digits + "e" + exponent);
  }

  private static String stripTrailingZeros(String s) {
    int end = s.length();
    while (end > 1 && s.charAt(end - 1) == '0') end--;
    return s.substring(0, end);
  }

  /** {@code digits} rounded half-up to {@code n} digits; may gain a digit on carry. */
  private static String roundDigits(String digits, int n) {
    BigInteger v = new BigInteger(digits.substring(0, n));
    if (digits.charAt(n) >= '5') v = v.add(BigInteger.ONE);
    String r = v.toString();
    while (r.length() < n) r = "0" + r;
    return r;
  }

  /** Whether {@code s} is a canonical array index ("0", "1", … up to 2^32-2). */
  public static boolean isArrayIndex(String s) {
    return arrayIndex(s) >= 0;
  }

  /** The array index {@code s} denotes, or -1 (only canonical forms count: "01" is not an index). */
  public static long arrayIndex(String s) {
    int len = s.length();
    if (len == 0 || len > 10) return -1;
    char c0 = s.charAt(0);
    if (c0 < '0' || c0 > '9' || (c0 == '0' && len > 1)) return -1;
    long v = 0;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v <= 4294967294L ? v : -1;
  }
}
