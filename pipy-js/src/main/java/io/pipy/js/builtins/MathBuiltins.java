package io.pipy.js.builtins;

import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** {@code Math}. */
public final class MathBuiltins {

  private MathBuiltins() {
  }

  static void install(Realm realm) {
    JsObject m = realm.newObject();
    realm.global.defineOwn("Math", m, Shape.HIDDEN);
    m.defineOwn(JsSymbol.TO_STRING_TAG, "Math", Shape.CONFIGURABLE);
    m.defineOwn("E", Math.E, 0);
    m.defineOwn("LN10", Math.log(10), 0);
    m.defineOwn("LN2", Math.log(2), 0);
    m.defineOwn("LOG10E", 1 / Math.log(10), 0);
    m.defineOwn("LOG2E", 1 / Math.log(2), 0);
    m.defineOwn("PI", Math.PI, 0);
    m.defineOwn("SQRT1_2", Math.sqrt(0.5), 0);
    m.defineOwn("SQRT2", Math.sqrt(2), 0);
    unary(realm, m, "abs", Math::abs);
    unary(realm, m, "acos", Math::acos);
    unary(realm, m, "acosh", x -> Math.log(x + Math.sqrt(x * x - 1)));
    unary(realm, m, "asin", Math::asin);
    unary(realm, m, "asinh", x -> x == 0 || Double.isInfinite(x) ? x : Math.log(x + Math.sqrt(x * x + 1)));
    unary(realm, m, "atan", Math::atan);
    unary(realm, m, "atanh", x -> x == 0 ? x : 0.5 * Math.log((1 + x) / (1 - x)));
    unary(realm, m, "cbrt", Math::cbrt);
    unary(realm, m, "ceil", Math::ceil);
    unary(realm, m, "cos", Math::cos);
    unary(realm, m, "cosh", Math::cosh);
    unary(realm, m, "exp", Math::exp);
    unary(realm, m, "expm1", Math::expm1);
    unary(realm, m, "floor", Math::floor);
    unary(realm, m, "fround", x -> (double) (float) x);
    unary(realm, m, "log", Math::log);
    unary(realm, m, "log1p", Math::log1p);
    unary(realm, m, "log10", Math::log10);
    unary(realm, m, "log2", x -> {
      double r = Math.log(x) / Math.log(2);
      double rounded = Math.rint(r);
      return Math.abs(r - rounded) < 1e-13 && Math.pow(2, rounded) == x ? rounded : r;
    });
    unary(realm, m, "round", x -> {
      if (x != x || Double.isInfinite(x)) return x;
      if (x == 0) return x;
      if (x > -0.5 && x < 0) return -0.0;
      return Math.floor(x + 0.5);
    });
    unary(realm, m, "sign", x -> x != x ? x : x > 0 ? 1 : x < 0 ? -1 : x);
    unary(realm, m, "sin", Math::sin);
    unary(realm, m, "sinh", Math::sinh);
    unary(realm, m, "sqrt", Math::sqrt);
    unary(realm, m, "tan", Math::tan);
    unary(realm, m, "tanh", Math::tanh);
    unary(realm, m, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
    realm.method(m, "clz32", 1, (ctx, self, args) -> Integer.numberOfLeadingZeros(Ops.toInt32(Arg.get(args, 0))));
    realm.method(m, "imul", 2, (ctx, self, args) -> Ops.toInt32(Arg.get(args, 0)) * Ops.toInt32(Arg.get(args, 1)));
    binary(realm, m, "atan2", Math::atan2);
    binary(realm, m, "pow", (x, y) -> Ops.toNumber(Ops.pow(x, y)));
    realm.method(m, "random", 0, (ctx, self, args) -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    realm.method(m, "max", 2, (ctx, self, args) -> {
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
      double sum = 0;
      boolean inf = false;
      boolean nan = false;
      for (Object a : args) {
        double d = Ops.toNumber(a);
        if (Double.isInfinite(d)) inf = true;
        if (d != d) nan = true;
        sum += d * d;
      }
      if (inf) return Double.POSITIVE_INFINITY;
      if (nan) return Double.NaN;
      return Ops.num(Math.sqrt(sum));
    });
  }

  private static void unary(Realm realm, JsObject m, String name, DoubleUnaryOperator op) {
    realm.method(m, name, 1, (ctx, self, args) -> {
      Object a = Arg.get(args, 0);
      if (a instanceof Integer i && (name.equals("abs") || name.equals("floor") || name.equals("ceil") || name.equals("round") || name.equals("trunc"))) {
        return name.equals("abs") ? (i == Integer.MIN_VALUE ? (Object) 2147483648.0 : (Object) Math.abs(i)) : i;
      }
      return Ops.num(op.applyAsDouble(Ops.toNumber(a)));
    });
  }

  private static void binary(Realm realm, JsObject m, String name, DoubleBinaryOperator op) {
    NativeFunction f = realm.method(m, name, 2, (ctx, self, args) ->
        Ops.num(op.applyAsDouble(Ops.toNumber(Arg.get(args, 0)), Ops.toNumber(Arg.get(args, 1)))));
  }
}
