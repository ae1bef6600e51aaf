package io.pipy.js.builtins;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PrimitiveWrapper;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;

/** {@code Number} and {@code Boolean}. */
public final class NumberBuiltins {

  private NumberBuiltins() {
  }

  static double thisNumber(Object self, String method) {
    if (self instanceof Integer i) return i;
    if (self instanceof Double d) return d;
    if (self instanceof PrimitiveWrapper w && w.value instanceof Number n) return n.doubleValue();
    throw Errors.typeError("Number.prototype." + method + " requires that 'this' be a Number");
  }

  static void install(Realm realm) {
    JsObject proto = realm.numberPrototype;
    NativeFunction ctor = new NativeFunction(realm, "Number", 1,
        (ctx, self, args) -> args.length == 0 ? (Object) 0 : Ops.num(Ops.toNumber(args[0])),
        (ctx, args, nt) -> {
          Object v = args.length == 0 ? (Object) 0 : Ops.num(Ops.toNumber(args[0]));
          Object p = nt == null ? proto : nt.get("prototype", nt, ctx);
          return new PrimitiveWrapper(p instanceof JsObject po ? po : proto, v);
        });
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    realm.global.defineOwn("Number", ctor, Shape.HIDDEN);
    realm.intrinsic("Number", ctor);
    ctor.defineOwn("MAX_SAFE_INTEGER", 9007199254740991.0, 0);
    ctor.defineOwn("MIN_SAFE_INTEGER", -9007199254740991.0, 0);
    ctor.defineOwn("MAX_VALUE", Double.MAX_VALUE, 0);
    ctor.defineOwn("MIN_VALUE", Double.MIN_VALUE, 0);
    ctor.defineOwn("EPSILON", Math.ulp(1.0), 0);
    ctor.defineOwn("NaN", Double.NaN, 0);
    ctor.defineOwn("POSITIVE_INFINITY", Double.POSITIVE_INFINITY, 0);
    ctor.defineOwn("NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY, 0);
    realm.method(ctor, "isInteger", 1, (ctx, self, args) -> {
      Object v = Arg.get(args, 0);
      if (v instanceof Integer) return true;
      if (!(v instanceof Double d)) return false;
      return !Double.isInfinite(d) && d == Math.floor(d);
    });
    realm.method(ctor, "isSafeInteger", 1, (ctx, self, args) -> {
      Object v = Arg.get(args, 0);
      if (v instanceof Integer) return true;
      if (!(v instanceof Double d)) return false;
      return !Double.isInfinite(d) && d == Math.floor(d) && Math.abs(d) <= 9007199254740991.0;
    });
    realm.method(ctor, "isFinite", 1, (ctx, self, args) -> Ops.isNumber(Arg.get(args, 0)) && Double.isFinite(Ops.toNumber(args[0])));
    realm.method(ctor, "isNaN", 1, (ctx, self, args) -> Ops.isNumber(Arg.get(args, 0)) && Double.isNaN(Ops.toNumber(args[0])));

    realm.method(proto, "valueOf", 0, (ctx, self, args) -> Ops.num(thisNumber(self, "valueOf")));
    realm.method(proto, "toString", 1, (ctx, self, args) -> {
      double d = thisNumber(self, "toString");
      Object r = Arg.get(args, 0);
      double radix = r == Ops.UNDEFINED ? 10 : Ops.toInteger(r);
      if (radix < 2 || radix > 36) throw Errors.rangeError("toString() radix must be between 2 and 36");
      if (radix == 10) return self instanceof Integer i ? Ops.toString(i) : NumberFormat.toString(d);
      return NumberFormat.toRadix(d, (int) radix);
    });
    realm.method(proto, "toLocaleString", 0, (ctx, self, args) -> NumberFormat.toLocaleString(thisNumber(self, "toLocaleString")));
    realm.method(proto, "toFixed", 1, (ctx, self, args) -> {
      double d = thisNumber(self, "toFixed");
      double f = Ops.toInteger(Arg.get(args, 0));
      if (f < 0 || f > 100) throw Errors.rangeError("toFixed() digits argument must be between 0 and 100");
      if (!Double.isFinite(d) || Math.abs(d) >= 1e21) return NumberFormat.toString(d);
      return NumberFormat.toFixed(d, (int) f);
    });
    realm.method(proto, "toPrecision", 1, (ctx, self, args) -> {
      double d = thisNumber(self, "toPrecision");
      if (Arg.get(args, 0) == Ops.UNDEFINED) return NumberFormat.toString(d);
      double p = Ops.toInteger(args[0]);
      if (!Double.isFinite(d)) return NumberFormat.toString(d);
      if (p < 1 || p > 100) throw Errors.rangeError("toPrecision() argument must be between 1 and 100");
      return NumberFormat.toPrecision(d, (int) p);
    });
    realm.method(proto, "toExponential", 1, (ctx, self, args) -> {
      double d = thisNumber(self, "toExponential");
      Object fa = Arg.get(args, 0);
      double f = Ops.toInteger(fa);
      if (!Double.isFinite(d)) return NumberFormat.toString(d);
      if (f < 0 || f > 100) throw Errors.rangeError("toExponential() argument must be between 0 and 100");
      return NumberFormat.toExponential(d, fa == Ops.UNDEFINED ? -1 : (int) f);
    });

    JsObject bproto = realm.booleanPrototype;
    NativeFunction bctor = new NativeFunction(realm, "Boolean", 1,
        (ctx, self, args) -> Ops.toBoolean(Arg.get(args, 0)),
        (ctx, args, nt) -> {
          Object p = nt == null ? bproto : nt.get("prototype", nt, ctx);
          return new PrimitiveWrapper(p instanceof JsObject po ? po : bproto, Ops.toBoolean(Arg.get(args, 0)));
        });
    bctor.defineOwn("prototype", bproto, 0);
    bproto.defineOwn("constructor", bctor, Shape.HIDDEN);
    realm.global.defineOwn("Boolean", bctor, Shape.HIDDEN);
    realm.intrinsic("Boolean", bctor);
    realm.method(bproto, "valueOf", 0, (ctx, self, args) -> thisBoolean(self, "valueOf"));
    realm.method(bproto, "toString", 0, (ctx, self, args) -> thisBoolean(self, "toString") ? "true" : "false");
  }

  private static boolean thisBoolean(Object self, String method) {
    if (self instanceof Boolean b) return b;
    if (self instanceof PrimitiveWrapper w && w.value instanceof Boolean b) return b;
    throw Errors.typeError("Boolean.prototype." + method + " requires that 'this' be a Boolean");
  }

  static String toRadix(double d, int radix) {
    return NumberFormat.toRadix(d, radix);
  }

  static String toPrecision(double d, int p) {
    return NumberFormat.toPrecision(d, p);
  }

  static String toExponential(double d, int f) {
    return NumberFormat.toExponential(d, f);
  }
}
