package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsInt;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PrimitiveWrapper;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;

/**
 * Pipy's {@code Int} (64-bit integers of a chosen width and signedness). As in Pipy:
 * <ul>
 *   <li>{@code new Int(type)} zero of a type ("i8", "u8", "i16", "u16", "i32", "u32", "i64",
 *       "u64"); {@code new Int(type, n | string | Int | bytes)}; {@code new Int(type, low, high)};
 *   <li>{@code new Int(n)} an i64 of a number (truncated), {@code new Int(low, high)} an i64 of
 *       two 32-bit halves, {@code new Int("123")} an i64 of a decimal string, {@code new Int(int)}
 *       a copy, {@code new Int([bytes])} u8/u16/u32/u64 from little-endian bytes;
 *   <li>properties {@code type}, {@code width}, {@code low}, {@code high}, {@code isUnsigned};
 *       methods {@code toBytes()}, {@code toString()}, {@code valueOf()} (a number);
 *   <li>{@code Int.parse(string, base = 10)}: an i64, or null when the string is not a number.
 * </ul>
 * Pipy applies its operators to Ints directly; here the same operations are also methods
 * ({@code add sub mul div mod neg inc dec shiftLeft shiftRight shiftRightLogical bitwiseNot
 * bitwiseAnd bitwiseOr bitwiseXor compare equals}), and {@code toString(radix)} takes a radix.
 */
public final class IntBuiltins {

  private IntBuiltins() {
  }

  private static JsInt thisInt(Object self, String method) {
    if (self instanceof JsInt i) return i;
    throw Errors.typeError("Int.prototype." + method + " called on incompatible receiver " + CollectionBuiltins.describe(self));
  }

  private static JsInt.Type typeArg(Object v, int index) {
    JsInt.Type t = v instanceof String s ? JsInt.Type.named(s) : null;
    if (t == null) {
      throw Errors.typeError("argument #" + (index + 1) + " expects one of: i8, u8, i16, u16, i32, u32, i64, u64");
    }
    return t;
  }

  private static boolean isNumber(Object v) {
    return Ops.isNumber(v) || (v instanceof PrimitiveWrapper w && w.value instanceof Number);
  }

  private static double[] bytes(Context ctx, JsArray a) {
    double[] out = new double[(int) a.length];
    for (int i = 0; i < out.length; i++) out[i] = Ops.toNumber(a.getElement(i, ctx));
    return out;
  }

  private static int int32(Object v) {
    return (int) JsInt.fromDouble(Ops.toNumber(v));
  }

  static JsInt construct(Context ctx, JsObject proto, Object[] args) {
    Object a0 = Arg.get(args, 0);
    if (a0 instanceof String s) {
      if (args.length == 1) {
        JsInt.Type t = JsInt.Type.named(s);
        if (t != null) return new JsInt(proto, t, 0);
        return new JsInt(proto, JsInt.Type.I64, JsInt.parseDecimalPrefix(s));
      }
      JsInt.Type t = typeArg(a0, 0);
      if (args.length == 2) {
        Object a1 = args[1];
        if (a1 instanceof JsInt i) return new JsInt(proto, t, i.value);
        if (isNumber(a1)) return new JsInt(proto, t, JsInt.fromDouble(Ops.toNumber(a1)));
        if (a1 instanceof String str) return new JsInt(proto, t, JsInt.parseDecimalPrefix(str));
        if (a1 instanceof JsArray arr) return new JsInt(proto, t, JsInt.fromBytes(t, bytes(ctx, arr)));
        throw Errors.typeError("argument #2 expects a number, a string or an array");
      }
      for (int i = 1; i <= 2; i++) {
        if (!isNumber(args[i])) throw Errors.typeError("argument #" + (i + 1) + " expects a number");
      }
      long low = int32(args[1]) & 0xffffffffL;
      long high = (long) int32(args[2]) << 32;
      return new JsInt(proto, t, low + high);
    }
    if (a0 instanceof JsInt i) return new JsInt(proto, i.type, i.value);
    if (a0 instanceof JsArray arr) {
      JsInt.Type t = JsInt.typeForBytes((int) arr.length);
      return new JsInt(proto, t, JsInt.fromBytes(t, bytes(ctx, arr)));
    }
    if (isNumber(a0)) {
      double n = Ops.toNumber(a0);
      if (args.length > 1 && isNumber(args[1])) {
        long low = int32(a0) & 0xffffffffL;
        long high = (long) int32(args[1]) << 32;
        return new JsInt(proto, JsInt.Type.I64, low + high);
      }
      return new JsInt(proto, JsInt.Type.I64, JsInt.fromDouble(n));
    }
    throw Errors.typeError("argument #1 expects a number, a string or an array");
  }

  static void install(Realm realm) {
    JsObject proto = new JsObject(realm.objectPrototype());
    NativeFunction.Ctor make = (ctx, args, nt) -> {
      JsObject p = proto;
      if (nt != null && nt.get("prototype", nt, ctx) instanceof JsObject np) p = np;
      return construct(ctx, p, args);
    };
    NativeFunction ctor = new NativeFunction(realm, "Int", 1, (ctx, self, args) -> construct(ctx, proto, args), make);
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    proto.defineOwn(JsSymbol.TO_STRING_TAG, "Int", Shape.CONFIGURABLE);
    realm.global.defineOwn("Int", ctor, Shape.HIDDEN);
    realm.intrinsic("Int", ctor);
    realm.intrinsic("IntPrototype", proto);

    realm.method(ctor, "parse", 2, (ctx, self, args) -> {
      Object s = Arg.get(args, 0);
      if (!(s instanceof String str)) throw Errors.typeError("argument #1 expects a string");
      int base = 10;
      if (Arg.present(args, 1)) {
        if (!isNumber(args[1])) throw Errors.typeError("argument #2 expects a number");
        base = int32(args[1]);
      }
      Long v = JsInt.parseWhole(str, base);
      return v == null ? null : new JsInt(proto, JsInt.Type.I64, v);
    });

    accessor(realm, proto, "type", i -> i.type.label);
    accessor(realm, proto, "width", i -> i.type.width());
    accessor(realm, proto, "low", i -> Ops.num(i.low()));
    accessor(realm, proto, "high", i -> Ops.num(i.high()));
    accessor(realm, proto, "isUnsigned", JsInt::isUnsigned);

    realm.method(proto, "toBytes", 0, (ctx, self, args) -> {
      int[] b = thisInt(self, "toBytes").toBytes();
      Object[] out = new Object[b.length];
      for (int i = 0; i < b.length; i++) out[i] = b[i];
      return realm.newArray(out);
    });
    realm.method(proto, "toString", 1, (ctx, self, args) -> {
      JsInt i = thisInt(self, "toString");
      int radix = 10;
      if (Arg.present(args, 0)) {
        double r = Ops.toInteger(args[0]);
        if (r < 2 || r > 36) throw Errors.rangeError("toString() radix must be between 2 and 36");
        radix = (int) r;
      }
      return i.toString(radix);
    });
    realm.method(proto, "valueOf", 0, (ctx, self, args) -> Ops.num(thisInt(self, "valueOf").toNumber()));
    realm.method(proto, "toJSON", 0, (ctx, self, args) -> Ops.num(thisInt(self, "toJSON").toNumber()));

    String[][] binaries = {{"add", "+"}, {"sub", "-"}, {"mul", "*"}, {"div", "/"}, {"mod", "%"},
        {"bitwiseAnd", "&"}, {"bitwiseOr", "|"}, {"bitwiseXor", "^"}};
    for (String[] b : binaries) {
      String op = b[1];
      realm.method(proto, b[0], 1, (ctx, self, args) -> {
        JsInt i = thisInt(self, b[0]);
        return i.arith(op, JsInt.toInt(i, Arg.get(args, 0)));
      });
    }
    realm.method(proto, "neg", 0, (ctx, self, args) -> thisInt(self, "neg").neg());
    realm.method(proto, "inc", 0, (ctx, self, args) -> thisInt(self, "inc").inc());
    realm.method(proto, "dec", 0, (ctx, self, args) -> thisInt(self, "dec").dec());
    realm.method(proto, "bitwiseNot", 0, (ctx, self, args) -> thisInt(self, "bitwiseNot").not());
    realm.method(proto, "shiftLeft", 1, (ctx, self, args) -> thisInt(self, "shiftLeft").shl(Ops.toInt32(Arg.get(args, 0))));
    realm.method(proto, "shiftRight", 1, (ctx, self, args) -> thisInt(self, "shiftRight").shr(Ops.toInt32(Arg.get(args, 0))));
    realm.method(proto, "shiftRightLogical", 1,
        (ctx, self, args) -> thisInt(self, "shiftRightLogical").ushr(Ops.toInt32(Arg.get(args, 0))));
    realm.method(proto, "compare", 1, (ctx, self, args) -> {
      JsInt i = thisInt(self, "compare");
      return i.cmp(JsInt.toInt(i, Arg.get(args, 0)));
    });
    realm.method(proto, "equals", 1, (ctx, self, args) -> {
      JsInt i = thisInt(self, "equals");
      return i.eql(JsInt.toInt(i, Arg.get(args, 0)));
    });
  }

  private interface Prop {
    Object get(JsInt i);
  }

  private static void accessor(Realm realm, JsObject proto, String name, Prop p) {
    proto.defineAccessor(name, realm.function("get " + name, 0, (ctx, self, args) -> p.get(thisInt(self, name))),
        Ops.UNDEFINED, Shape.CONFIGURABLE);
  }
}
