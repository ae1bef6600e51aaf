package io.pipy.engine.algo;

import java.math.BigDecimal;

/** Numbers written the way scripts print them ({@code String(n)}): {@code 1}, {@code 0.5}, {@code 1e+21}. */
public final class JsNumbers {

  private JsNumbers() {
  }

  /** The script's {@code String(d)}. */
  public static String toString(double d) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    if (d == 0) return "0";
    if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) return Long.toString((long) d);
    // Shortest digits Java finds, then laid out as ECMAScript Number::toString does.
    BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = bd.unscaledValue().toString();
    int k = digits.length();
    int n = k - bd.scale(); // the decimal point sits after n digits
    StringBuilder sb = new StringBuilder();
    if (d < 0) sb.append('-');
    if (k <= n && n <= 21) {
      sb.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      sb.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      sb.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      int e = n - 1;
      sb.append(digits.charAt(0));
      if (k > 1) sb.append('.').append(digits, 1, k);
      sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return sb.toString();
  }

  /** {@code v} as a script number value: an Integer when it fits exactly, else a Double. */
  public static Object value(double v) {
    return io.pipy.api.script.Values.number(v);
  }
}
