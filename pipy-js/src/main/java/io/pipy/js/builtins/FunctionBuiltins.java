package io.pipy.js.builtins;

import io.pipy.js.runtime.BoundFunction;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;

/** {@code Function} and {@code Function.prototype}: call, apply, bind, toString. */
public final class FunctionBuiltins {

  private FunctionBuiltins() {
  }

  static void install(Realm realm) {
    JsObject proto = realm.functionPrototype();
    NativeFunction ctor = new NativeFunction(realm, "Function", 1,
        (ctx, self, args) -> {
          throw Errors.error("Function() is not supported: scripts are compiled ahead of time");
        },
        (ctx, args, nt) -> {
          throw Errors.error("new Function() is not supported: scripts are compiled ahead of time");
        });
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    realm.intrinsic("Function", ctor);
    realm.global.defineOwn("Function", ctor, Shape.HIDDEN);

    realm.method(proto, "call", 1, (ctx, self, args) -> {
      if (!(self instanceof JsFunction f)) throw Errors.typeError("Function.prototype.call called on a non-function");
      Object thisArg = Arg.get(args, 0);
      Object[] rest = args.length <= 1 ? Ops.NO_ARGS : java.util.Arrays.copyOfRange(args, 1, args.length);
      return f.invoke(ctx, thisArg, rest);
    });
    realm.method(proto, "apply", 2, (ctx, self, args) -> {
      if (!(self instanceof JsFunction f)) throw Errors.typeError("Function.prototype.apply called on a non-function");
      return f.invoke(ctx, Arg.get(args, 0), listFromArrayLike(realm, ctx, Arg.get(args, 1)));
    });
    realm.method(proto, "bind", 1, (ctx, self, args) -> {
      if (!(self instanceof JsFunction f)) throw Errors.typeError("Bind must be called on a function");
      Object[] bound = args.length <= 1 ? Ops.NO_ARGS : java.util.Arrays.copyOfRange(args, 1, args.length);
      BoundFunction b = new BoundFunction(realm, f, Arg.get(args, 0), bound);
      double len = 0;
      if (f.hasOwnProperty("length")) {
        Object l = f.get("length");
        if (l instanceof Integer || l instanceof Double) {
          double d = Ops.toInteger(l);
          len = Math.max(0, d - bound.length);
        }
      }
      b.defineOwn("length", Ops.num(len), Shape.CONFIGURABLE);
      Object n = f.get("name");
      b.defineOwn("name", "bound " + (n instanceof String s ? s : ""), Shape.CONFIGURABLE);
      return b;
    });
    realm.method(proto, "toString", 0, (ctx, self, args) -> {
      if (!(self instanceof JsFunction f)) throw Errors.typeError("Function.prototype.toString requires that 'this' be a Function");
      return f.toString();
    });
    NativeFunction hasInstance = realm.function("[Symbol.hasInstance]", 1,
        (ctx, self, args) -> self instanceof JsFunction f && Ops.ordinaryHasInstance(f, Arg.get(args, 0), ctx));
    proto.defineOwn(JsSymbol.HAS_INSTANCE, hasInstance, 0);
    NativeFunction thrower = realm.function("", 0, (ctx, self, args) -> {
      throw Errors.typeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");
    });
    thrower.preventExtensions();
    realm.intrinsic("ThrowTypeError", thrower);
  }

  /** CreateListFromArrayLike. */
  static Object[] listFromArrayLike(Realm realm, io.pipy.api.Context ctx, Object v) {
    if (v == null || v == Ops.UNDEFINED) return Ops.NO_ARGS;
    if (v instanceof JsArray a && a.isDenseFast()) {
      Object[] out = new Object[a.length];
      for (int i = 0; i < out.length; i++) out[i] = a.getElement(i, ctx);
      return out;
    }
    if (!(v instanceof JsObject o)) throw Errors.typeError("CreateListFromArrayLike called on non-object");
    long n = Ops.toLength(o.get("length", o, ctx));
    if (n > 1_000_000) throw Errors.rangeError("Too many arguments in function call");
    Object[] out = new Object[(int) n];
    for (int i = 0; i < n; i++) out[i] = Props.getComputed(realm, o, i, ctx);
    return out;
  }
}
