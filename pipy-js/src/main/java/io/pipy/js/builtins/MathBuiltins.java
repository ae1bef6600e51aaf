package io.pipy.js.builtins;

import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code Math}. The transcendental functions are fdlibm's ({@link StrictMath}, and ports of the
 * FreeBSD versions for cbrt, log2, asinh, acosh and atanh), as V8 uses them, so results agree
 * bit for bit with the usual JavaScript engines.
 */
public final class MathBuiltins {

  private MathBuiltins() {
  }

  static void install(Realm realm) {
    JsObject m = realm.newObject();
    realm.global.defineOwn("Math", m, Shape.HIDDEN);
    m.defineOwn(JsSymbol.TO_STRING_TAG, "Math", Shape.CONFIGURABLE);
    m.defineOwn("E", 2.718281828459045, 0);
    m.defineOwn("LN10", 2.302585092994046, 0);
    m.defineOwn("LN2", 0.6931471805599453, 0);
    m.defineOwn("LOG10E", 0.4342944819032518, 0);
    m.defineOwn("LOG2E", 1.4426950408889634, 0);
    m.defineOwn("PI", 3.141592653589793, 0);
    m.defineOwn("SQRT1_2", 0.7071067811865476, 0);
    m.defineOwn("SQRT2", 1.4142135623730951, 0);
    unary(realm, m, "abs", Math::abs);
    unary(realm, m, "acos", StrictMath::acos);
    unary(realm, m, "acosh", MathBuiltins::acosh);
    unary(realm, m, "asin", StrictMath::asin);
    unary(realm, m, "asinh", MathBuiltins::asinh);
    unary(realm, m, "atan", StrictMath::atan);
    unary(realm, m, "atanh", MathBuiltins::atanh);
    unary(realm, m, "cbrt", MathBuiltins::cbrt);
    unary(realm, m, "ceil", Math::ceil);
    unary(realm, m, "cos", StrictMath::cos);
    unary(realm, m, "cosh", x -> Math.abs(x) == 1 ? 0.5 * Math.E + 0.5 / Math.E : StrictMath.cosh(x));
    // V8 special-cases exp(1) (fdlibm gets its last bit wrong), and so cosh(±1).
    unary(realm, m, "exp", x -> x == 1 ? Math.E : StrictMath.exp(x));
    unary(realm, m, "expm1", StrictMath::expm1);
    unary(realm, m, "floor", Math::floor);
    unary(realm, m, "fround", x -> (double) (float) x);
    unary(realm, m, "log", StrictMath::log);
    unary(realm, m, "log1p", StrictMath::log1p);
    unary(realm, m, "log10", StrictMath::log10);
    unary(realm, m, "log2", MathBuiltins::log2);
    unary(realm, m, "round", MathBuiltins::round);
    unary(realm, m, "sign", x -> x != x ? x : x > 0 ? 1 : x < 0 ? -1 : x);
    unary(realm, m, "sin", StrictMath::sin);
    unary(realm, m, "sinh", StrictMath::sinh);
    unary(realm, m, "sqrt", Math::sqrt);
    unary(realm, m, "tan", StrictMath::tan);
    unary(realm, m, "tanh", StrictMath::tanh);
    unary(realm, m, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
    realm.method(m, "clz32", 1, (ctx, self, args) -> Integer.numberOfLeadingZeros(Ops.toInt32(Arg.get(args, 0))));
    realm.method(m, "imul", 2, (ctx, self, args) -> {
      int a = Ops.toInt32(Arg.get(args, 0));
      return a * Ops.toInt32(Arg.get(args, 1));
    });
    binary(realm, m, "atan2", StrictMath::atan2);
    binary(realm, m, "pow", MathBuiltins::pow);
    realm.method(m, "random", 0, (ctx, self, args) -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    realm.method(m, "max", 2, (ctx, self, args) -> {
      if (args.length == 2 && args[0] instanceof Integer a && args[1] instanceof Integer b) return a >= b ? a : b;
      double r = Double.NEGATIVE_INFINITY;
      boolean nan = false;
      for (Object a : args) {
        double d = Ops.toNumber(a);
        if (d != d) nan = true;
        else if (d > r || (d == 0 && r == 0 && 1 / r < 0)) r = d;
      }
      return nan ? (Object) Double.NaN : Ops.num(r);
    });
    realm.method(m, "min", 2, (ctx, self, args) -> {
      if (args.length == 2 && args[0] instanceof Integer a && args[1] instanceof Integer b) return a <= b ? a : b;
      double r = Double.POSITIVE_INFINITY;
      boolean nan = false;
      for (Object a : args) {
        double d = Ops.toNumber(a);
        if (d != d) nan = true;
        else if (d < r || (d == 0 && r == 0 && 1 / d < 0)) r = d;
      }
      return nan ? (Object) Double.NaN : Ops.num(r);
    });
    realm.method(m, "hypot", 2, (ctx, self, args) -> {
      double[] v = new double[args.length];
      for (int i = 0; i < args.length; i++) v[i] = Ops.toNumber(args[i]);
      return Ops.num(hypot(v));
    });
  }

  private static void unary(Realm realm, JsObject m, String name, DoubleUnaryOperator op) {
    boolean intToInt = name.equals("floor") || name.equals("ceil") || name.equals("round") || name.equals("trunc");
    boolean abs = name.equals("abs");
    realm.method(m, name, 1, (ctx, self, args) -> {
      Object a = Arg.get(args, 0);
      if (a instanceof Integer i) {
        if (intToInt) return i;
        if (abs) return i == Integer.MIN_VALUE ? (Object) 2147483648.0 : (Object) Math.abs(i);
      }
      return Ops.num(op.applyAsDouble(Ops.toNumber(a)));
    });
  }

  private static void binary(Realm realm, JsObject m, String name, DoubleBinaryOperator op) {
    realm.method(m, name, 2, (ctx, self, args) -> {
      double x = Ops.toNumber(Arg.get(args, 0));
      return Ops.num(op.applyAsDouble(x, Ops.toNumber(Arg.get(args, 1))));
    });
  }

  /** Math.round: the nearest integer, ties toward +∞; -0 for [-0.5, -0]. */
  static double round(double x) {
    if (x != x || Double.isInfinite(x) || x == Math.rint(x) && Math.abs(x) >= 4503599627370496.0) return x;
    if (x == 0) return x;
    if (x > 0 && x < 0.5) return 0.0;
    if (x < 0 && x >= -0.5) return -0.0;
    double r = Math.floor(x);
    if (x - r >= 0.5) r += 1;
    return r == 0 && x < 0 ? -0.0 : r;
  }

  /** Number::exponentiate. */
  static double pow(double x, double y) {
    if (y != y) return Double.NaN;
    if (y == 0) return 1;
    if ((x == 1 || x == -1) && Double.isInfinite(y)) return Double.NaN;
    return StrictMath.pow(x, y);
  }

  /** Math.hypot as V8 computes it: scaled by the largest magnitude, Kahan summation. */
  static double hypot(double[] v) {
    double max = 0;
    boolean nan = false;
    for (double d : v) {
      double a = Math.abs(d);
      if (a == Double.POSITIVE_INFINITY) return Double.POSITIVE_INFINITY;
      if (a != a) nan = true;
      else if (a > max) max = a;
    }
    if (nan) return Double.NaN;
    if (max == 0) return 0;
    double sum = 0;
    double compensation = 0;
    for (double d : v) {
      double n = Math.abs(d) / max;
      double summand = n * n - compensation;
      double preliminary = sum + summand;
      compensation = (preliminary - sum) - summand;
      sum = preliminary;
    }
    return Math.sqrt(sum) * max;
  }

  // ------------------------------------------------------------------ ports of FreeBSD msun

  private static int hi(double x) {
    return (int) (Double.doubleToRawLongBits(x) >>> 32);
  }

  private static int lo(double x) {
    return (int) Double.doubleToRawLongBits(x);
  }

  private static double words(int hi, int lo) {
    return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xffffffffL));
  }

  private static final double LN2 = 6.93147180559945286227e-01;

  static double cbrt(double x) {
    final int b1 = 715094163;
    final int b2 = 696219795;
    final double p0 = 1.87595182427177009643;
    final double p1 = -1.88497979543377169875;
    final double p2 = 1.621429720105354466140;
    final double p3 = -0.758397934778766047437;
    final double p4 = 0.145996192886612446982;
    int hx = hi(x);
    int low = lo(x);
    int sign = hx & 0x80000000;
    hx ^= sign;
    if (hx >= 0x7ff00000) return x + x;
    double t;
    if (hx < 0x00100000) {
      if ((hx | low) == 0) return x;
      t = words(0x43500000, 0);
      t *= x;
      int high = hi(t);
      t = words(sign | ((high & 0x7fffffff) / 3 + b2), 0);
    } else {
      t = words(sign | (hx / 3 + b1), 0);
    }
    double r = (t * t) * (t / x);
    t = t * ((p0 + r * (p1 + r * p2)) + ((r * r) * r) * (p3 + r * p4));
    long bits = Double.doubleToRawLongBits(t);
    bits = (bits + 0x80000000L) & 0xffffffffc0000000L;
    t = Double.longBitsToDouble(bits);
    double s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    return t + t * r;
  }

  private static double kLog1p(double f) {
    final double lg1 = 6.666666666666735130e-01;
    final double lg2 = 3.999999999940941908e-01;
    final double lg3 = 2.857142874366239149e-01;
    final double lg4 = 2.222219843214978396e-01;
    final double lg5 = 1.818357216161805012e-01;
    final double lg6 = 1.531383769920937332e-01;
    final double lg7 = 1.479819860511658591e-01;
    double s = f / (2.0 + f);
    double z = s * s;
    double w = z * z;
    double t1 = w * (lg2 + w * (lg4 + w * lg6));
    double t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
    double r = t2 + t1;
    double hfsq = 0.5 * f * f;
    return s * (hfsq + r);
  }

  static double log2(double x) {
    final double two54 = 1.80143985094819840000e+16;
    final double ivln2hi = 1.44269504072144627571e+00;
    final double ivln2lo = 1.67517131648865118353e-10;
    int hx = hi(x);
    int lx = lo(x);
    int k = 0;
    if (hx < 0x00100000) {
      if (((hx & 0x7fffffff) | lx) == 0) return Double.NEGATIVE_INFINITY;
      if (hx < 0) return Double.NaN;
      k -= 54;
      x *= two54;
      hx = hi(x);
    }
    if (hx >= 0x7ff00000) return x + x;
    if (hx == 0x3ff00000 && lx == 0) return 0;
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    int i = (hx + 0x95f64) & 0x100000;
    x = words(hx | (i ^ 0x3ff00000), lo(x));
    k += i >> 20;
    double y = k;
    double f = x - 1.0;
    double hfsq = 0.5 * f * f;
    double r = kLog1p(f);
    double h = f - hfsq;
    h = words(hi(h), 0);
    double l = (f - h) - hfsq + r;
    double valHi = h * ivln2hi;
    double valLo = (l + h) * ivln2lo + l * ivln2hi;
    double w = y + valHi;
    valLo += (y - w) + valHi;
    valHi = w;
    return valLo + valHi;
  }

  static double asinh(double x) {
    int hx = hi(x);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x7ff00000) return x + x;
    if (ix < 0x3e300000) return x;
    double w;
    if (ix > 0x41b00000) {
      w = StrictMath.log(Math.abs(x)) + LN2;
    } else if (ix > 0x40000000) {
      double t = Math.abs(x);
      w = StrictMath.log(2.0 * t + 1 / (Math.sqrt(x * x + 1) + t));
    } else {
      double t = x * x;
      w = StrictMath.log1p(Math.abs(x) + t / (1 + Math.sqrt(1 + t)));
    }
    return hx > 0 ? w : -w;
  }

  static double acosh(double x) {
    int hx = hi(x);
    int lx = lo(x);
    if (hx < 0x3ff00000) return Double.NaN;
    if (hx >= 0x41b00000) {
      if (hx >= 0x7ff00000) return x + x;
      return StrictMath.log(x) + LN2;
    }
    if (((hx - 0x3ff00000) | lx) == 0) return 0.0;
    if (hx > 0x40000000) {
      double t = x * x;
      return StrictMath.log(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
    }
    double t = x - 1;
    return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
  }

  static double atanh(double x) {
    int hx = hi(x);
    int lx = lo(x);
    int ix = hx & 0x7fffffff;
    if ((ix | ((lx | -lx) >>> 31)) > 0x3ff00000) return Double.NaN;
    if (ix == 0x3ff00000) return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    if (ix < 0x3e300000) return x;
    x = words(ix, lx);
    double t;
    if (ix < 0x3fe00000) {
      t = x + x;
      t = 0.5 * StrictMath.log1p(t + t * x / (1 - x));
    } else {
      t = 0.5 * StrictMath.log1p((x + x) / (1 - x));
    }
    return hx >= 0 ? t : -t;
  }
}
