package io.pipy.api.script;

/**
 * Conversions between script values and Java values that need no script runtime: the
 * primitive parts of the script language's type conversions. For objects, ask the
 * {@link ScriptRuntime}.
 */
public final class Values {

  private Values() {
  }

  /** Whether {@code v} is undefined. */
  public static boolean isUndefined(Object v) {
    return v == Undefined.INSTANCE;
  }

  /** Whether {@code v} is undefined or null. */
  public static boolean isNullish(Object v) {
    return v == null || v == Undefined.INSTANCE;
  }

  /** The script truth value of {@code v}: false for undefined, null, false, 0, NaN and "". */
  public static boolean truthy(Object v) {
    if (v == null || v == Undefined.INSTANCE) return false;
    if (v instanceof Boolean b) return b;
    if (v instanceof Integer i) return i != 0;
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return d != 0 && !Double.isNaN(d);
    }
    if (v instanceof String s) return !s.isEmpty();
    if (v instanceof CharSequence cs) return cs.length() > 0;
    return true;
  }

  /** The canonical script number for {@code d}: an {@link Integer} when exact, else a {@link Double}. */
  public static Object number(double d) {
    int i = (int) d;
    if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0L)) return i;
    return d;
  }

  /** The canonical script number for {@code n}. */
  public static Object number(long n) {
    int i = (int) n;
    return i == n ? (Object) i : (Object) (double) n;
  }

  /**
   * The number value of a primitive: numbers as is, booleans 0/1, strings parsed as the script
   * language parses them, undefined NaN, null 0; {@code NaN} for anything else.
   */
  public static double toNumber(Object v) {
    if (v instanceof Integer i) return i;
    if (v instanceof Number n) return n.doubleValue();
    if (v == null) return 0;
    if (v == Undefined.INSTANCE) return Double.NaN;
    if (v instanceof Boolean b) return b ? 1 : 0;
    if (v instanceof CharSequence s) return stringToNumber(s.toString());
    return Double.NaN;
  }

  /** String-to-number as the script language does it: trimmed, empty is 0, hex/octal/binary prefixes, Infinity. */
  public static double stringToNumber(String s) {
    String t = s.strip();
    if (t.isEmpty()) return 0;
    if (t.length() > 2 && t.charAt(0) == '0') {
      char p = t.charAt(1);
      int radix = p == 'x' || p == 'X' ? 16 : p == 'o' || p == 'O' ? 8 : p == 'b' || p == 'B' ? 2 : 0;
      if (radix != 0) {
        double r = 0;
        for (int i = 2; i < t.length(); i++) {
          int digit = Character.digit(t.charAt(i), radix);
          if (digit < 0) return Double.NaN;
          r = r * radix + digit;
        }
        return r;
      }
    }
    switch (t) {
      case "Infinity", "+Infinity": return Double.POSITIVE_INFINITY;
      case "-Infinity": return Double.NEGATIVE_INFINITY;
      default: break;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) return Double.NaN;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** {@code v} as an int when it is a number, else {@code fallback}. */
  public static int toInt(Object v, int fallback) {
    if (v instanceof Integer i) return i;
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return Double.isNaN(d) ? fallback : (int) d;
    }
    return fallback;
  }

  /** The script type name of a primitive or host value, as {@code typeof} would print it for primitives. */
  public static String typeName(Object v) {
    if (v == Undefined.INSTANCE) return "undefined";
    if (v == null) return "null";
    if (v instanceof Boolean) return "boolean";
    if (v instanceof Number) return "number";
    if (v instanceof CharSequence) return "string";
    if (v instanceof ScriptFunction || v instanceof HostFunction || v instanceof HostClass) return "function";
    return "object";
  }
}
