package io.pipy.js.builtins;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Numbers;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PrimitiveWrapper;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.math.BigDecimal;
import java.math.RoundingMode;

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
      if (!Ops.isNumber(v)) return false;
      double d = Ops.toNumber(v);
      return !Double.isInfinite(d) && d == Math.floor(d);
    });
    realm.method(ctor, "isSafeInteger", 1, (ctx, self, args) -> {
      Object v = Arg.get(args, 0);
      if (!Ops.isNumber(v)) return false;
      double d = Ops.toNumber(v);
      return !Double.isInfinite(d) && d == Math.floor(d) && Math.abs(d) <= 9007199254740991.0;
    });
    realm.method(ctor, "isFinite", 1, (ctx, self, args) -> Ops.isNumber(Arg.get(args, 0)) && Double.isFinite(Ops.toNumber(args[0])));
    realm.method(ctor, "isNaN", 1, (ctx, self, args) -> Ops.isNumber(Arg.get(args, 0)) && Double.isNaN(Ops.toNumber(args[0])));

    realm.method(proto, "valueOf", 0, (ctx, self, args) -> Ops.num(thisNumber(self, "valueOf")));
    realm.method(proto, "toString", 1, (ctx, self, args) -> {
      double d = thisNumber(self, "toString");
      Object r = Arg.get(args, 0);
      int radix = r == Ops.UNDEFINED ? 10 : (int) Ops.toInteger(r);
      if (radix < 2 || radix > 36) throw Errors.rangeError("toString() radix must be between 2 and 36");
      return radix == 10 ? Numbers.toString(d) : toRadix(d, radix);
    });
    realm.method(proto, "toLocaleString", 0, (ctx, self, args) -> Numbers.toString(thisNumber(self, "toLocaleString")));
    realm.method(proto, "toFixed", 1, (ctx, self, args) -> {
      double d = thisNumber(self, "toFixed");
      double f = Ops.toInteger(Arg.get(args, 0));
      if (f < 0 || f > 100) throw Errors.rangeError("toFixed() digits argument must be between 0 and 100");
      if (!Double.isFinite(d)) return Numbers.toString(d);
      if (Math.abs(d) >= 1e21) return Numbers.toString(d);
      String s = new BigDecimal(d).setScale((int) f, RoundingMode.HALF_UP).toPlainString();
      if (d < 0 && s.matches("-0(\\.0*)?")) s = s.substring(1);
      return s;
    });
    realm.method(proto, "toPrecision", 1, (ctx, self, args) -> {
      double d = thisNumber(self, "toPrecision");
      if (!Arg.present(args, 0)) return Numbers.toString(d);
      double p = Ops.toInteger(args[0]);
      if (!Double.isFinite(d)) return Numbers.toString(d);
      if (p < 1 || p > 100) throw Errors.rangeError("toPrecision() argument must be between 1 and 100");
      return toPrecision(d, (int) p);
    });
    realm.method(proto, "toExponential", 1, (ctx, self, args) -> {
      double d = thisNumber(self, "toExponential");
      Object fa = Arg.get(args, 0);
      double f = Ops.toInteger(fa);
      if (!Double.isFinite(d)) return Numbers.toString(d);
      if (f < 0 || f > 100) throw Errors.rangeError("toExponential() argument must be between 0 and 100");
      return toExponential(d, fa == Ops.UNDEFINED ? -1 : (int) f);
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
    realm.method(bproto, "valueOf", 0, (ctx, self, args) -> thisBoolean(self));
    realm.method(bproto, "toString", 0, (ctx, self, args) -> thisBoolean(self) ? "true" : "false");
  }

  private static boolean thisBoolean(Object self) {
    if (self instanceof Boolean b) return b;
    if (self instanceof PrimitiveWrapper w && w.value instanceof Boolean b) return b;
    throw Errors.typeError("Boolean.prototype method requires that 'this' be a Boolean");
  }

  static String toRadix(double d, int radix) {
    if (d != d) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    boolean neg = d < 0;
    d = Math.abs(d);
    double ip = Math.floor(d);
    double fp = d - ip;
    StringBuilder sb = new StringBuilder();
    if (ip == 0) sb.append('0');
    else if (ip < 9.007199254740992E15) sb.append(Long.toString((long) ip, radix));
    else sb.append(new BigDecimal(ip).toBigInteger().toString(radix));
    if (fp > 0) {
      sb.append('.');
      // Enough digits to distinguish the double, stopping when the remainder is exhausted.
      for (int i = 0; i < 52 && fp > 0; i++) {
        fp *= radix;
        int digit = (int) fp;
        sb.append(Character.forDigit(digit, radix));
        fp -= digit;
      }
    }
    return neg ? "-" + sb : sb.toString();
  }

  static String toPrecision(double d, int p) {
    if (d == 0) {
      StringBuilder sb = new StringBuilder(d < 0 || 1 / d < 0 ? "0" : "0");
      if (p > 1) sb.append('.').append("0".repeat(p - 1));
      return sb.toString();
    }
    BigDecimal bd = new BigDecimal(d).round(new java.math.MathContext(p, RoundingMode.HALF_UP));
    int e = bd.precision() - bd.scale() - 1;
    boolean neg = bd.signum() < 0;
    String digits = bd.abs().unscaledValue().toString();
    while (digits.length() < p) digits += "0";
    digits = digits.substring(0, p);
    String out;
    if (e < -6 || e >= p) {
      out = digits.charAt(0) + (p > 1 ? "." + digits.substring(1) : "") + "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
    } else if (e >= 0) {
      out = digits.substring(0, e + 1) + (p > e + 1 ? "." + digits.substring(e + 1) : "");
    } else {
      out = "0." + "0".repeat(-e - 1) + digits;
    }
    return neg ? "-" + out : out;
  }

  static String toExponential(double d, int f) {
    boolean neg = d < 0;
    d = Math.abs(d);
    String digits;
    int e;
    if (d == 0) {
      digits = "0".repeat(Math.max(f, 0) + 1);
      e = 0;
    } else if (f < 0) {
      String[] de = shortest(d);
      digits = de[0];
      e = Integer.parseInt(de[1]) - 1;
    } else {
      BigDecimal bd = new BigDecimal(d).round(new java.math.MathContext(f + 1, RoundingMode.HALF_UP));
      e = bd.precision() - bd.scale() - 1;
      digits = bd.unscaledValue().toString();
      while (digits.length() < f + 1) digits += "0";
      digits = digits.substring(0, f + 1);
    }
    String out = digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
    return neg ? "-" + out : out;
  }

  private static String[] shortest(double d) {
    String s = Numbers.toString(d);
    // Re-derive digits and exponent from the shortest decimal form.
    BigDecimal bd = new BigDecimal(s.replace("e+", "e"));
    bd = bd.stripTrailingZeros();
    String digits = bd.unscaledValue().abs().toString();
    int n = digits.length() - bd.scale();
    return new String[] {digits, Integer.toString(n)};
  }
}
