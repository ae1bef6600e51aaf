package io.pipy.js.builtins;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;

/**
 * Pipy's global expression helpers, for scripts written as one big expression (PipyJS has no
 * statements in Pipy's own style): {@code invoke(f, catcher)} as try/catch, {@code repeat} as a
 * loop, {@code branch} as if/else-if and {@code select} as switch. Wherever a case or result is a
 * function it is called (with no arguments) and its result used, so only the taken branch runs.
 */
final class PipyHelpers {

  private PipyHelpers() {
  }

  static void install(Realm realm) {
    realm.method(realm.global, "invoke", 2, (ctx, self, args) -> {
      JsFunction f = function(args, 0, "invoke");
      Object catcher = Arg.get(args, 1);
      try {
        return f.invoke(ctx, Ops.UNDEFINED, Ops.NO_ARGS);
      } catch (JsThrow t) {
        // As in Pipy, the catcher gets the error's message, not the error object.
        if (catcher instanceof JsFunction c) return c.invoke(ctx, Ops.UNDEFINED, new Object[] {message(realm, t)});
        return catcher;
      }
    });
    realm.method(realm.global, "repeat", 2, (ctx, self, args) -> {
      Object first = Arg.get(args, 0);
      if (first instanceof JsFunction f) {
        // Until the function returns something other than undefined.
        for (int i = 0;; i++) {
          Object r = f.invoke(ctx, Ops.UNDEFINED, new Object[] {i});
          if (r != Ops.UNDEFINED) return r;
        }
      }
      if (first instanceof Integer || first instanceof Double) {
        JsFunction f = function(args, 1, "repeat");
        double count = Ops.toNumber(first);
        for (int i = 0; i < count; i++) {
          Object r = f.invoke(ctx, Ops.UNDEFINED, new Object[] {i});
          if (r != Ops.UNDEFINED) return r;
        }
        return Ops.UNDEFINED;
      }
      if (first instanceof JsArray a) {
        JsFunction f = function(args, 1, "repeat");
        for (int i = 0; i < a.length(); i++) {
          Object r = f.invoke(ctx, Ops.UNDEFINED, new Object[] {a.get(i), i});
          if (r != Ops.UNDEFINED) return r;
        }
        return Ops.UNDEFINED;
      }
      throw Errors.typeError("repeat(): argument #1 expects a function, a number or an array");
    });
    realm.method(realm.global, "branch", 2, (ctx, self, args) -> {
      if (args.length < 2) throw Errors.error("branch(): requires 2 or more arguments");
      int i = 0;
      for (; i + 1 < args.length; i += 2) {
        if (Ops.toBoolean(evaluate(ctx, args[i]))) return evaluate(ctx, args[i + 1]);
      }
      return i < args.length ? evaluate(ctx, args[i]) : Ops.UNDEFINED;
    });
    realm.method(realm.global, "select", 3, (ctx, self, args) -> {
      if (args.length < 3) throw Errors.error("select(): requires 3 or more arguments");
      Object selector = args[0];
      int i = 1;
      for (; i + 1 < args.length; i += 2) {
        if (Ops.looseEquals(evaluate(ctx, args[i]), selector)) return evaluate(ctx, args[i + 1]);
      }
      return i < args.length ? evaluate(ctx, args[i]) : Ops.UNDEFINED;
    });
  }

  private static JsFunction function(Object[] args, int i, String name) {
    if (Arg.get(args, i) instanceof JsFunction f) return f;
    throw Errors.typeError(name + "(): argument #" + (i + 1) + " expects a function");
  }

  private static Object evaluate(io.pipy.api.Context ctx, Object v) {
    return v instanceof JsFunction f ? f.invoke(ctx, Ops.UNDEFINED, Ops.NO_ARGS) : v;
  }

  private static Object message(Realm realm, JsThrow t) {
    if (t.isPending()) return t.pendingMessage();
    Object v = t.value(realm);
    if (v instanceof JsObject o && !(v instanceof JsFunction)) {
      Object m = o.get("message");
      if (m != Ops.UNDEFINED) return Ops.toString(m);
    }
    return Ops.toString(v);
  }
}
