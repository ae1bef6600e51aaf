package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/**
 * The language's abstract operations: type conversions, equality, relational comparison and
 * the arithmetic the interpreter's nodes fall back to when their fast paths do not apply.
 *
 * <p>Numbers are canonical: an {@link Integer} when the value is an int32 other than -0, a
 * {@link Double} otherwise. {@link #num(double)} produces that form.
 */
public final class Ops {

  public static final Object[] NO_ARGS = new Object[0];
  public static final Object UNDEFINED = Undefined.INSTANCE;
  private static final Integer ZERO = 0;

  private Ops() {
  }

  /** The canonical number for {@code d}. */
  public static Object num(double d) {
    int i = (int) d;
    if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0L)) return i;
    return d;
  }

  public static Object num(long n) {
    int i = (int) n;
    return i == n ? (Object) i : (Object) (double) n;
  }

  public static boolean isNumber(Object v) {
    return v instanceof Integer || v instanceof Double;
  }

  public static boolean isString(Object v) {
    return v instanceof String;
  }

  public static boolean isCallable(Object v) {
    return v instanceof JsFunction;
  }

  public static boolean isObject(Object v) {
    return v instanceof JsObject || isHostObject(v);
  }

  /** A Java object other than the language's own values. */
  public static boolean isHostObject(Object v) {
    return v != null && !(v instanceof JsObject) && !(v instanceof String) && !(v instanceof Number)
        && !(v instanceof Boolean) && v != Undefined.INSTANCE && !(v instanceof JsSymbol);
  }

  // ------------------------------------------------------------------ typeof

  public static String typeof(Object v) {
    if (v == Undefined.INSTANCE) return "undefined";
    if (v == null) return "object";
    if (v instanceof String) return "string";
    if (v instanceof Integer || v instanceof Double) return "number";
    if (v instanceof Boolean) return "boolean";
    if (v instanceof JsFunction) return "function";
    if (v instanceof JsSymbol) return "symbol";
    if (v instanceof Number) return "number";
    if (v instanceof CharSequence) return "string";
    return "object";
  }

  // ------------------------------------------------------------------ conversions

  public static boolean toBoolean(Object v) {
    if (v instanceof Boolean b) return b;
    if (v instanceof Integer i) return i != 0;
    if (v instanceof String s) return !s.isEmpty();
    return Values.truthy(v);
  }

  /** ToNumber; objects are converted with their valueOf/toString. */
  public static double toNumber(Object v) {
    if (v instanceof Integer i) return i;
    if (v instanceof Double d) return d;
    if (v instanceof String s) return Values.stringToNumber(s);
    if (v == Undefined.INSTANCE) return Double.NaN;
    if (v == null) return 0;
    if (v instanceof Boolean b) return b ? 1 : 0;
    if (v instanceof JsSymbol) throw Errors.typeError("Cannot convert a Symbol value to a number");
    if (v instanceof Number n) return n.doubleValue();
    return toNumber(toPrimitive(v, "number", null));
  }

  /** ToNumeric then canonical form. */
  public static Object toNumeric(Object v) {
    if (v instanceof Integer || v instanceof Double || v instanceof JsInt) return v;
    return num(toNumber(v));
  }

  /** ToString. */
  public static String toString(Object v) {
    return toString(v, null);
  }

  public static String toString(Object v, Context ctx) {
    if (v instanceof String s) return s;
    if (v instanceof Integer i) return Numbers.toString(i);
    if (v instanceof Double d) return Numbers.toString(d);
    if (v == Undefined.INSTANCE) return "undefined";
    if (v == null) return "null";
    if (v instanceof Boolean b) return b ? "true" : "false";
    if (v instanceof JsSymbol) throw Errors.typeError("Cannot convert a Symbol value to a string");
    if (v instanceof CharSequence cs) return cs.toString();
    if (v instanceof Number n) return Numbers.toString(n.doubleValue());
    return toString(toPrimitive(v, "string", ctx), ctx);
  }

  /** ToPropertyKey: a String or a JsSymbol. */
  public static Object toPropertyKey(Object v) {
    if (v instanceof String) return v;
    if (v instanceof Integer i) return Numbers.toString(i);
    if (v instanceof JsSymbol) return v;
    if (v instanceof Double d) return Numbers.toString(d);
    Object p = toPrimitive(v, "string", null);
    return p instanceof JsSymbol ? p : toString(p);
  }

  /** ToPrimitive with hint "default", "number" or "string". */
  public static Object toPrimitive(Object v, String hint, Context ctx) {
    if (!(v instanceof JsObject o)) {
      if (isHostObject(v)) return hostToPrimitive(v, ctx);
      return v;
    }
    Object exotic = o.get(JsSymbol.TO_PRIMITIVE, o, ctx);
    if (exotic != Undefined.INSTANCE && exotic != null) {
      if (!(exotic instanceof JsFunction f)) throw Errors.typeError("Symbol.toPrimitive is not a function");
      Object r = f.invoke(ctx, o, new Object[] {hint});
      if (r instanceof JsObject) throw Errors.typeError("Cannot convert object to primitive value");
      return r;
    }
    String first = "string".equals(hint) ? "toString" : "valueOf";
    String second = "string".equals(hint) ? "valueOf" : "toString";
    Object m = o.get(first, o, ctx);
    if (m instanceof JsFunction f) {
      Object r = f.invoke(ctx, o, NO_ARGS);
      if (!(r instanceof JsObject) && !isHostObject(r)) return r;
    }
    m = o.get(second, o, ctx);
    if (m instanceof JsFunction f) {
      Object r = f.invoke(ctx, o, NO_ARGS);
      if (!(r instanceof JsObject) && !isHostObject(r)) return r;
    }
    throw Errors.typeError("Cannot convert object to primitive value");
  }

  /** Host objects convert through their declared toString, else to "[object Name]". */
  private static Object hostToPrimitive(Object v, Context ctx) {
    HostClass<?> hc = HostClasses.find(v.getClass());
    if (hc != null) {
      int i = hc.memberIndex("toString");
      if (i >= 0 && hc.members().get(i) instanceof HostClass.MethodMember mm) {
        return mm.method().call(ctx, v, NO_ARGS);
      }
      return "[object " + hc.name() + "]";
    }
    return "[object Object]";
  }

  public static int toInt32(Object v) {
    if (v instanceof Integer i) return i;
    return toInt32(toNumber(v));
  }

  public static int toInt32(double d) {
    if (d != d || Double.isInfinite(d)) return 0;
    if (d >= -2147483648.0 && d <= 2147483647.0) return (int) d;
    double m = (d < 0 ? Math.ceil(d) : Math.floor(d)) % 4294967296.0;
    return (int) (long) m;
  }

  public static long toUint32(Object v) {
    return toInt32(v) & 0xffffffffL;
  }

  /** ToIntegerOrInfinity. */
  public static double toInteger(Object v) {
    if (v instanceof Integer i) return i;
    double d = toNumber(v);
    if (d != d) return 0;
    if (Double.isInfinite(d)) return d;
    return d < 0 ? Math.ceil(d) : Math.floor(d);
  }

  /** ToLength, clamped to what Java arrays can index. */
  public static long toLength(Object v) {
    double d = toInteger(v);
    if (d <= 0) return 0;
    return (long) Math.min(d, 9007199254740991.0);
  }

  /** A relative index argument (as slice/splice/at take it) clamped into [0, len]. */
  public static long relativeIndex(Object v, long len, long dflt) {
    if (v == Undefined.INSTANCE) return dflt;
    double d = toInteger(v);
    if (d < 0) return (long) Math.max(0, len + d);
    return (long) Math.min(d, len);
  }

  // ------------------------------------------------------------------ equality

  public static boolean strictEquals(Object a, Object b) {
    if (a == b) return !(a instanceof Double d) || !d.isNaN();
    if (a instanceof Integer x) {
      if (b instanceof Integer y) return x.intValue() == y.intValue();
      if (b instanceof Double y) return x == y.doubleValue();
      return false;
    }
    if (a instanceof Double x) {
      if (b instanceof Double y) return x.doubleValue() == y.doubleValue();
      if (b instanceof Integer y) return x == y.intValue();
      return false;
    }
    if (a instanceof String x) return b instanceof String y && x.equals(y);
    if (a instanceof Boolean x) return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
    if (a instanceof CharSequence x && b instanceof CharSequence y) return x.toString().equals(y.toString());
    return false;
  }

  public static boolean looseEquals(Object a, Object b) {
    if (a == b) return !(a instanceof Double d) || !d.isNaN();
    boolean aNullish = a == null || a == Undefined.INSTANCE;
    boolean bNullish = b == null || b == Undefined.INSTANCE;
    if (aNullish || bNullish) return aNullish && bNullish;
    if (isNumber(a) && isNumber(b)) return toNumber(a) == toNumber(b);
    if (a instanceof String && b instanceof String) return a.equals(b);
    if (a instanceof Boolean && b instanceof Boolean) return a.equals(b);
    if ((a instanceof JsInt || b instanceof JsInt) && !(a instanceof JsSymbol) && !(b instanceof JsSymbol)) {
      return Boolean.TRUE.equals(JsInt.binary("==", a, b));
    }
    if (a instanceof JsSymbol || b instanceof JsSymbol) {
      if (a instanceof JsSymbol && b instanceof JsSymbol) return a == b;
      Object other = a instanceof JsSymbol ? b : a;
      if (isObject(other)) return looseEquals(a instanceof JsSymbol ? a : toPrimitive(a, "default", null), b instanceof JsSymbol ? b : toPrimitive(b, "default", null));
      return false;
    }
    if (isNumber(a) && b instanceof String) return toNumber(a) == toNumber(b);
    if (a instanceof String && isNumber(b)) return toNumber(a) == toNumber(b);
    if (a instanceof Boolean) return looseEquals(num(toNumber(a)), b);
    if (b instanceof Boolean) return looseEquals(a, num(toNumber(b)));
    boolean aObj = isObject(a);
    boolean bObj = isObject(b);
    if (aObj && !bObj) return looseEquals(toPrimitive(a, "default", null), b);
    if (bObj && !aObj) return looseEquals(a, toPrimitive(b, "default", null));
    return false;
  }

  public static boolean sameValue(Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      double x = toNumber(a);
      double y = toNumber(b);
      if (x != x) return y != y;
      return x == y && (x != 0 || (1 / x == 1 / y));
    }
    return strictEquals(a, b);
  }

  public static boolean sameValueZero(Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      double x = toNumber(a);
      double y = toNumber(b);
      return x == y || (x != x && y != y);
    }
    return strictEquals(a, b);
  }

  // ------------------------------------------------------------------ arithmetic and comparison

  /** The {@code +} operator. */
  public static Object add(Object a, Object b, Context ctx) {
    if (a instanceof Integer x && b instanceof Integer y) {
      int r = x + y;
      if (((x ^ r) & (y ^ r)) < 0) return (double) x + (double) y;
      return r;
    }
    if (a instanceof String x && b instanceof String y) return concat(x, y);
    if (isNumber(a) && isNumber(b)) return num(toNumber(a) + toNumber(b));
    if (a instanceof JsInt || b instanceof JsInt) {
      // Pipy's Int: arithmetic stays 64-bit; with a string it concatenates the decimal text.
      if (a instanceof CharSequence x) return concat(x.toString(), b.toString());
      if (b instanceof CharSequence y) return concat(a.toString(), y.toString());
      return JsInt.binary("+", a, b);
    }
    Object pa = toPrimitive(a, "default", ctx);
    Object pb = toPrimitive(b, "default", ctx);
    if (pa instanceof String || pb instanceof String || pa instanceof CharSequence || pb instanceof CharSequence) {
      return concat(toString(pa, ctx), toString(pb, ctx));
    }
    return num(toNumber(pa) + toNumber(pb));
  }

  public static String concat(String a, String b) {
    if ((long) a.length() + b.length() > (1L << 30)) throw Errors.rangeError("Invalid string length");
    return a.concat(b);
  }

  /**
   * Abstract relational comparison {@code a < b}: TRUE, FALSE, or null for undefined (NaN).
   * {@code leftFirst} controls the order of conversions.
   */
  public static Boolean lessThan(Object a, Object b, boolean leftFirst, Context ctx) {
    Object pa;
    Object pb;
    if (leftFirst) {
      pa = toPrimitive(a, "number", ctx);
      pb = toPrimitive(b, "number", ctx);
    } else {
      pb = toPrimitive(b, "number", ctx);
      pa = toPrimitive(a, "number", ctx);
    }
    if (pa instanceof String x && pb instanceof String y) return x.compareTo(y) < 0;
    double x = toNumber(pa);
    double y = toNumber(pb);
    if (x != x || y != y) return null;
    return x < y;
  }

  public static boolean lt(Object a, Object b, Context ctx) {
    if (a instanceof Integer x && b instanceof Integer y) return x < y;
    if (a instanceof JsInt || b instanceof JsInt) return intCompare("<", a, b);
    return Boolean.TRUE.equals(lessThan(a, b, true, ctx));
  }

  public static boolean gt(Object a, Object b, Context ctx) {
    if (a instanceof Integer x && b instanceof Integer y) return x > y;
    if (a instanceof JsInt || b instanceof JsInt) return intCompare(">", a, b);
    return Boolean.TRUE.equals(lessThan(b, a, false, ctx));
  }

  public static boolean le(Object a, Object b, Context ctx) {
    if (a instanceof Integer x && b instanceof Integer y) return x <= y;
    if (a instanceof JsInt || b instanceof JsInt) return intCompare("<=", a, b);
    Boolean r = lessThan(b, a, false, ctx);
    return r != null && !r;
  }

  public static boolean ge(Object a, Object b, Context ctx) {
    if (a instanceof Integer x && b instanceof Integer y) return x >= y;
    if (a instanceof JsInt || b instanceof JsInt) return intCompare(">=", a, b);
    Boolean r = lessThan(a, b, true, ctx);
    return r != null && !r;
  }

  public static Object sub(Object a, Object b) {
    if (a instanceof JsInt || b instanceof JsInt) return JsInt.binary("-", a, b);
    if (a instanceof Integer x && b instanceof Integer y) {
      int r = x - y;
      if (((x ^ y) & (x ^ r)) < 0) return (double) x - (double) y;
      return r;
    }
    return num(toNumber(a) - toNumber(b));
  }

  public static Object mul(Object a, Object b) {
    if (a instanceof JsInt || b instanceof JsInt) return JsInt.binary("*", a, b);
    if (a instanceof Integer x && b instanceof Integer y) {
      long r = (long) x * (long) y;
      int ir = (int) r;
      if (ir == r && (ir != 0 || (x >= 0 && y >= 0))) return ir;
      return num((double) x * (double) y);
    }
    return num(toNumber(a) * toNumber(b));
  }

  public static Object div(Object a, Object b) {
    if (a instanceof JsInt || b instanceof JsInt) return JsInt.binary("/", a, b);
    if (a instanceof Integer x && b instanceof Integer y && y != 0) {
      int xi = x;
      int yi = y;
      if (xi % yi == 0 && !(xi == 0 && yi < 0) && !(xi == Integer.MIN_VALUE && yi == -1)) return xi / yi;
    }
    return num(toNumber(a) / toNumber(b));
  }

  public static Object mod(Object a, Object b) {
    if (a instanceof JsInt || b instanceof JsInt) return JsInt.binary("%", a, b);
    if (a instanceof Integer x && b instanceof Integer y && y != 0 && x >= 0) {
      // Non-negative dividend: Java's remainder has the dividend's sign, as JavaScript's does.
      return x % y;
    }
    double x = toNumber(a);
    double y = toNumber(b);
    return num(x % y);
  }

  public static Object pow(Object a, Object b) {
    double x = toNumber(a);
    double y = toNumber(b);
    if (y != y) return Double.NaN;
    if ((x == 1 || x == -1) && Double.isInfinite(y)) return Double.NaN;
    return num(Math.pow(x, y));
  }

  /** Pipy's comparisons with an Int: undefined compares false; two strings compare as strings. */
  private static boolean intCompare(String op, Object a, Object b) {
    if (a == Undefined.INSTANCE || b == Undefined.INSTANCE) return false;
    return Boolean.TRUE.equals(JsInt.binary(op, a, b));
  }

  public static Object negate(Object v) {
    if (v instanceof JsInt i) return JsInt.unary("-", i);
    if (v instanceof Integer i && i != 0 && i != Integer.MIN_VALUE) return -i;
    return num(-toNumber(v));
  }

  // ------------------------------------------------------------------ objects

  /** ToObject: wraps primitives; TypeError for undefined and null. */
  public static Object toObject(Realm realm, Object v) {
    if (v instanceof JsObject) return v;
    if (v == null || v == Undefined.INSTANCE) throw Errors.typeError("Cannot convert undefined or null to object");
    if (v instanceof Boolean || v instanceof Number || v instanceof CharSequence || v instanceof JsSymbol) {
      return realm.wrap(v);
    }
    return v;
  }

  /** Calls {@code f} or throws a TypeError naming {@code what}. */
  public static Object call(Object f, Context ctx, Object thisValue, Object[] args, String what) {
    if (f instanceof JsFunction fn) return fn.invoke(ctx, thisValue, args);
    throw Errors.typeError(what + " is not a function");
  }

  /** {@code v instanceof target}. */
  public static boolean instanceOf(Object v, Object target, Context ctx) {
    if (!(target instanceof JsObject t)) {
      throw Errors.typeError("Right-hand side of 'instanceof' is not callable");
    }
    Object h = t.get(JsSymbol.HAS_INSTANCE, t, ctx);
    if (h != Undefined.INSTANCE && h != null) {
      if (!(h instanceof JsFunction hf)) throw Errors.typeError("Symbol.hasInstance is not a function");
      return toBoolean(hf.invoke(ctx, t, new Object[] {v}));
    }
    if (!(t instanceof JsFunction f)) throw Errors.typeError("Right-hand side of 'instanceof' is not callable");
    return ordinaryHasInstance(f, v, ctx);
  }

  public static boolean ordinaryHasInstance(JsFunction f, Object v, Context ctx) {
    if (f instanceof BoundFunction b) return instanceOf(v, b.target, ctx);
    if (f instanceof HostConstructor hc) return hc.hostClass().type().isInstance(v);
    if (!(v instanceof JsObject o)) return false;
    Object proto = f.get("prototype", f, ctx);
    if (!(proto instanceof JsObject p)) throw Errors.typeError("Function has non-object prototype in instanceof check");
    for (JsObject q = o.proto(); q != null; q = q.proto()) {
      if (q == p) return true;
    }
    return false;
  }

  /** Whether {@code v} is an array (arrays only; there are no proxies). */
  public static boolean isArray(Object v) {
    return v instanceof JsArray;
  }

  static Integer zero() {
    return ZERO;
  }
}
