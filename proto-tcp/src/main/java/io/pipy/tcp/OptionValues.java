package io.pipy.tcp;

import io.pipy.api.script.Values;
import java.util.Locale;

/**
 * Reads option values the way Pipy's option parser accepts them: numbers, or strings with a
 * unit ({@code '10s'}, {@code '64k'}), booleans or the strings {@code 'true'}/{@code 'false'}.
 * Null and undefined mean "not given". A bad value is an {@link IllegalArgumentException}
 * naming the option, the value and what was expected.
 */
final class OptionValues {

  private static final String SECONDS = "a number of seconds or a string such as '10s', '500ms', '5m', '2h', '1d'";
  private static final String SIZE = "a non-negative number of bytes or a string such as '64k', '1m', '2g'";

  private OptionValues() {
  }

  /** Whether {@code v} counts as not given. */
  static boolean absent(Object v) {
    return Values.isNullish(v);
  }

  /**
   * A duration in nanoseconds: a number of seconds, or a number with one of the units
   * {@code ms s m h d}. Zero, negative or infinite means "no timeout" and gives 0.
   */
  static long seconds(String name, Object v) {
    double s;
    if (v instanceof Number n) {
      s = n.doubleValue();
    } else if (v instanceof CharSequence cs) {
      s = parseSeconds(cs.toString());
    } else {
      s = Double.NaN;
    }
    if (Double.isNaN(s)) throw bad(name, v, SECONDS);
    if (s <= 0 || Double.isInfinite(s)) return 0;
    double nanos = s * 1e9;
    return nanos >= Long.MAX_VALUE ? 0 : Math.max(1, (long) nanos);
  }

  /** A byte count: a number, or a number with one of the binary units {@code k m g t}. */
  static long binarySize(String name, Object v) {
    double n;
    if (v instanceof Number num) {
      n = num.doubleValue();
    } else if (v instanceof CharSequence cs) {
      n = parseSize(cs.toString(), 1024);
    } else {
      n = Double.NaN;
    }
    if (Double.isNaN(n) || n < 0 || Double.isInfinite(n)) throw bad(name, v, SIZE);
    return (long) n;
  }

  /** An integer: a finite number (truncated), or a string with a decimal unit ({@code '1k'} is 1000). */
  static int integer(String name, Object v) {
    double n;
    if (v instanceof Number num) {
      n = num.doubleValue();
    } else if (v instanceof CharSequence cs) {
      n = parseSize(cs.toString(), 1000);
    } else {
      n = Double.NaN;
    }
    if (Double.isNaN(n) || Double.isInfinite(n)) throw bad(name, v, "a finite number");
    return n >= Integer.MAX_VALUE ? Integer.MAX_VALUE : n <= Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) n;
  }

  /** A boolean, or the string {@code 'true'} or {@code 'false'}. */
  static boolean bool(String name, Object v) {
    if (v instanceof Boolean b) return b;
    if (v instanceof CharSequence cs) {
      String s = cs.toString();
      if (s.equals("true")) return true;
      if (s.equals("false")) return false;
    }
    throw bad(name, v, "a boolean");
  }

  /** A string. */
  static String string(String name, Object v) {
    if (v instanceof CharSequence cs) return cs.toString();
    throw bad(name, v, "a string");
  }

  /** The error for option {@code name} having value {@code v}: {@code name: v (expected: what)}. */
  static IllegalArgumentException bad(String name, Object v, String expected) {
    return new IllegalArgumentException(name + ": " + show(v) + " (expected: " + expected + ")");
  }

  /** A value as a script would write it, for messages. */
  static String show(Object v) {
    if (v instanceof CharSequence cs) return "'" + cs + "'";
    if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return Long.toString(d.longValue());
    if (v == null) return "null";
    return v.toString();
  }

  /**
   * Seconds from {@code "10"}, {@code "1.5s"}, {@code "100ms"}, {@code "5m"}, {@code "2h"},
   * {@code "1d"} (or the unit spelt out: {@code "5min"}, {@code "2hours"}); NaN if malformed.
   */
  static double parseSeconds(String s) {
    int end = numberEnd(s);
    if (end == 0) return Double.NaN;
    double n = Double.parseDouble(s.substring(0, end));
    // Pipy reads only the first letter of the unit, so "5min" works there and "100ms" means 100
    // minutes. We take the unit words scripts actually write, and "ms" as milliseconds, which is
    // what a script author means; anything else is an error rather than a silent guess.
    return switch (s.substring(end).toLowerCase(Locale.ROOT)) {
      case "", "s", "sec", "secs", "second", "seconds" -> n;
      case "ms", "msec", "msecs", "millis", "millisecond", "milliseconds" -> n / 1000;
      case "m", "min", "mins", "minute", "minutes" -> n * 60;
      case "h", "hr", "hrs", "hour", "hours" -> n * 3600;
      case "d", "day", "days" -> n * 86400;
      default -> Double.NaN;
    };
  }

  /**
   * A count from {@code "100"}, {@code "64k"}, {@code "1.5m"}, {@code "2g"}, {@code "1t"} (units
   * of {@code thousand}); a trailing {@code b} or {@code ib} after the unit is allowed, as Pipy
   * only looks at the unit letter. NaN if malformed.
   */
  static double parseSize(String s, int thousand) {
    int end = numberEnd(s);
    if (end == 0) return Double.NaN;
    double n = Double.parseDouble(s.substring(0, end));
    String unit = s.substring(end).toLowerCase(Locale.ROOT);
    if (unit.isEmpty()) return n;
    String rest = unit.substring(1);
    if (!rest.isEmpty() && !rest.equals("b") && !rest.equals("ib")) return Double.NaN;
    return switch (unit.charAt(0)) {
      case 'k' -> n * thousand;
      case 'm' -> n * thousand * thousand;
      case 'g' -> n * thousand * thousand * thousand;
      case 't' -> n * thousand * thousand * thousand * thousand;
      default -> Double.NaN;
    };
  }

  /** The length of the leading decimal number in {@code s} (sign, digits, fraction, exponent), 0 if none. */
  private static int numberEnd(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
    int digits = 0;
    while (i < n && Character.isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && Character.isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) return 0;
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
      int expDigits = 0;
      while (j < n && Character.isDigit(s.charAt(j))) {
        j++;
        expDigits++;
      }
      if (expDigits > 0) i = j;
    }
    return i;
  }
}
