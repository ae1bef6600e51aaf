package io.pipy.js.builtins;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number-to-string conversions exactly as ECMAScript specifies them: the shortest round-trip
 * form of {@code Number::toString}, {@code toFixed}, {@code toExponential}, {@code toPrecision}
 * (exact decimal expansion, ties to the larger magnitude) and radix conversion (as V8 does it:
 * digits up to the precision of the double).
 */
final class NumberFormat {

  private NumberFormat() {
  }

  /** Digits (no leading or trailing zeros) and exponent n: value = 0.digits × 10^n. */
  record Decimal(String digits, int exponent) {
  }

  /**
   * The shortest digits that round-trip to {@code d} (positive, finite, non-zero); of several, the
   * closest to {@code d}, and of two equally close, the even one.
   */
  static Decimal shortest(double d) {
    // The JDK's conversion round-trips but may have a digit too many (JDK-4511638).
    String jdk = Double.toString(d);
    int ePos = jdk.indexOf('E');
    int end = ePos < 0 ? jdk.length() : ePos;
    StringBuilder digits = new StringBuilder(20);
    int pointAt = -1;
    for (int i = 0; i < end; i++) {
      char c = jdk.charAt(i);
      if (c == '.') pointAt = digits.length();
      else digits.append(c);
    }
    int exp = (pointAt < 0 ? digits.length() : pointAt) + (ePos < 0 ? 0 : Integer.parseInt(jdk.substring(ePos + 1)));
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') lead++;
    exp -= lead;
    String ds = digits.substring(lead);
    int len = ds.length();
    while (len > 1 && ds.charAt(len - 1) == '0') len--;
    ds = ds.substring(0, len);
    if (len <= 15) {
      // With at most 15 digits, at most one decimal of each length lies within the double's
      // rounding interval: rounding these digits finds it, if it exists.
      while (ds.length() > 1) {
        int n = ds.length() - 1;
        char[] r = ds.substring(0, n).toCharArray();
        int carry = ds.charAt(n) >= '5' ? 1 : 0;
        for (int i = n - 1; i >= 0 && carry > 0; i--) {
          if (r[i] == '9') {
            r[i] = '0';
          } else {
            r[i]++;
            carry = 0;
          }
        }
        String cand = carry > 0 ? "1" + new String(r) : new String(r);
        int candExp = exp + carry;
        int cl = cand.length();
        while (cl > 1 && cand.charAt(cl - 1) == '0') cl--;
        cand = cand.substring(0, cl);
        if (Double.parseDouble("0." + cand + "e" + candExp) != d) break;
        ds = cand;
        exp = candExp;
      }
      return new Decimal(ds, exp);
    }
    BigDecimal exact = new BigDecimal(d);
    int hi = Math.min(17, len);
    int lo = 1;
    if (hi > 1 && roundsTo(exact, hi - 1, d)) {
      hi--;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (roundsTo(exact, mid, d)) hi = mid;
        else lo = mid + 1;
      }
    } else if (!roundsTo(exact, hi, d)) {
      hi = 17;
    }
    return toDecimal(exact.round(new MathContext(hi, RoundingMode.HALF_EVEN)));
  }

  private static boolean roundsTo(BigDecimal exact, int digits, double d) {
    return exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue() == d;
  }

  private static Decimal toDecimal(BigDecimal r) {
    String u = r.unscaledValue().abs().toString();
    int n = u.length() - r.scale();
    int e = u.length();
    while (e > 1 && u.charAt(e - 1) == '0') e--;
    return new Decimal(u.substring(0, e), n);
  }

  /** Number::toString(d) in base 10. */
  static String toString(double d) {
    if (d != d) return "NaN";
    if (d == 0) return "0";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    if (d == (long) d && Math.abs(d) < 9007199254740992.0) return Long.toString((long) d);
    boolean negative = d < 0;
    Decimal de = shortest(Math.abs(d));
    String digits = de.digits();
    int n = de.exponent();
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
      sb.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e));
    }
    return sb.toString();
  }

  /** Number.prototype.toFixed for finite {@code d} below 1e21 in magnitude. */
  static String toFixed(double d, int f) {
    boolean negative = d < 0;
    BigDecimal r = new BigDecimal(Math.abs(d)).setScale(f, RoundingMode.HALF_UP);
    String s = r.toPlainString();
    return negative ? "-" + s : s;
  }

  /** Number.prototype.toExponential for finite {@code d}; {@code f < 0} means "as many digits as needed". */
  static String toExponential(double d, int f) {
    boolean negative = d < 0;
    double x = Math.abs(d);
    String digits;
    int e;
    if (x == 0) {
      digits = "0".repeat(Math.max(f, 0) + 1);
      e = 0;
    } else if (f < 0) {
      Decimal de = shortest(x);
      digits = de.digits();
      e = de.exponent() - 1;
    } else {
      BigDecimal r = new BigDecimal(x).round(new MathContext(f + 1, RoundingMode.HALF_UP));
      Decimal de = toDecimal(r);
      digits = pad(de.digits(), f + 1);
      e = de.exponent() - 1;
    }
    StringBuilder sb = new StringBuilder();
    if (negative) sb.append('-');
    sb.append(digits.charAt(0));
    if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
    sb.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e));
    return sb.toString();
  }

  /** Number.prototype.toPrecision for finite {@code d}, 1 ≤ p ≤ 100. */
  static String toPrecision(double d, int p) {
    boolean negative = d < 0;
    double x = Math.abs(d);
    String digits;
    int e;
    if (x == 0) {
      digits = "0".repeat(p);
      e = 0;
    } else {
      Decimal de = toDecimal(new BigDecimal(x).round(new MathContext(p, RoundingMode.HALF_UP)));
      digits = pad(de.digits(), p);
      e = de.exponent() - 1;
    }
    StringBuilder sb = new StringBuilder();
    if (negative) sb.append('-');
    if (e < -6 || e >= p) {
      sb.append(digits.charAt(0));
      if (p > 1) sb.append('.').append(digits, 1, p);
      sb.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e));
    } else if (e == p - 1) {
      sb.append(digits);
    } else if (e >= 0) {
      sb.append(digits, 0, e + 1).append('.').append(digits, e + 1, p);
    } else {
      sb.append("0.");
      for (int i = 0; i < -(e + 1); i++) sb.append('0');
      sb.append(digits);
    }
    return sb.toString();
  }

  private static String pad(String digits, int n) {
    if (digits.length() >= n) return digits;
    StringBuilder sb = new StringBuilder(n).append(digits);
    while (sb.length() < n) sb.append('0');
    return sb.toString();
  }

  private static final char[] CHARS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  /** Number.prototype.toString(radix) for radix ≠ 10, digit for digit as V8 produces it. */
  static String toRadix(double value, int radix) {
    if (value != value) return "NaN";
    if (Double.isInfinite(value)) return value > 0 ? "Infinity" : "-Infinity";
    if (value == 0) return "0";
    boolean negative = value < 0;
    if (negative) value = -value;
    double integer = Math.floor(value);
    double fraction = value - integer;
    // Fraction digits only up to the precision of the double.
    double delta = 0.5 * (Math.nextUp(value) - value);
    delta = Math.max(Double.MIN_VALUE, delta);
    StringBuilder frac = new StringBuilder();
    if (fraction >= delta) {
      do {
        fraction *= radix;
        delta *= radix;
        int digit = (int) fraction;
        frac.append(CHARS[digit]);
        fraction -= digit;
        if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) {
          if (fraction + delta > 1) {
            // Round up, propagating the carry through the digits written so far.
            while (true) {
              int last = frac.length() - 1;
              if (last < 0) {
                integer += 1;
                break;
              }
              char c = frac.charAt(last);
              int dgt = c > '9' ? c - 'a' + 10 : c - '0';
              if (dgt + 1 < radix) {
                frac.setCharAt(last, CHARS[dgt + 1]);
                break;
              }
              frac.setLength(last);
            }
            break;
          }
        }
      } while (fraction >= delta);
    }
    StringBuilder ip = new StringBuilder();
    if (integer < 9007199254740992.0) {
      ip.append(Long.toString((long) integer, radix));
    } else {
      // Digits below the double's precision are zeros.
      int zeros = 0;
      while (integer / radix >= 9007199254740992.0) {
        integer /= radix;
        zeros++;
      }
      StringBuilder rev = new StringBuilder();
      do {
        double rem = integer % radix;
        rev.append(CHARS[(int) rem]);
        integer = (integer - rem) / radix;
      } while (integer > 0);
      ip.append(rev.reverse());
      for (int i = 0; i < zeros; i++) ip.append('0');
    }
    StringBuilder sb = new StringBuilder();
    if (negative) sb.append('-');
    sb.append(ip);
    if (frac.length() > 0) sb.append('.').append(frac);
    return sb.toString();
  }

  /** Number.prototype.toLocaleString in the default (en-US) locale: grouped, at most 3 fraction digits. */
  static String toLocaleString(double d) {
    if (d != d) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "∞" : "-∞";
    boolean negative = d < 0 || (d == 0 && 1 / d < 0);
    // Rounded from the shortest decimal form, as ICU does.
    BigDecimal r = new BigDecimal(toString(Math.abs(d))).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    if (r.scale() < 0) r = r.setScale(0);
    String plain = r.toPlainString();
    int dot = plain.indexOf('.');
    String ip = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    if (negative) sb.append('-');
    int first = ip.length() % 3 == 0 ? 3 : ip.length() % 3;
    sb.append(ip, 0, first);
    for (int i = first; i < ip.length(); i += 3) sb.append(',').append(ip, i, i + 3);
    if (dot >= 0) sb.append(plain, dot, plain.length());
    return sb.toString();
  }
}
