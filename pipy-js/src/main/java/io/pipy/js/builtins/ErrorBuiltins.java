package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptError;
import io.pipy.js.interp.Interp;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsError;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;

/**
 * {@code Error} and its subclasses. The kinds the runtime raises have their prototypes in the
 * realm; {@code EvalError} and {@code URIError}, which it never raises itself, are made here.
 */
public final class ErrorBuiltins {

  private ErrorBuiltins() {
  }

  static void install(Realm realm) {
    NativeFunction base = null;
    for (ScriptError.Kind kind : ScriptError.Kind.values()) {
      NativeFunction ctor = define(realm, kind.scriptName(), realm.errorPrototype(kind), base);
      if (kind == ScriptError.Kind.ERROR) {
        base = ctor;
        JsObject proto = realm.errorPrototype(kind);
        realm.method(proto, "toString", 0, (ctx, self, args) -> {
          if (!(self instanceof JsObject o)) throw Errors.typeError("Error.prototype.toString called on non-object");
          Object n = o.get("name", o, ctx);
          Object m = o.get("message", o, ctx);
          String ns = n == Ops.UNDEFINED ? "Error" : Ops.toString(n, ctx);
          String ms = m == Ops.UNDEFINED ? "" : Ops.toString(m, ctx);
          if (ns.isEmpty()) return ms;
          if (ms.isEmpty()) return ns;
          return ns + ": " + ms;
        });
      }
    }
    JsObject errorProto = realm.errorPrototype(ScriptError.Kind.ERROR);
    for (String name : new String[] {"EvalError", "URIError"}) {
      JsObject proto = new JsObject(errorProto);
      define(realm, name, proto, base);
      realm.intrinsic(name + ".prototype", proto);
    }
  }

  private static NativeFunction define(Realm realm, String name, JsObject proto, NativeFunction base) {
    NativeFunction ctor = new NativeFunction(realm, name, 1,
        (ctx, self, args) -> make(realm, ctx, proto, args),
        (ctx, args, nt) -> {
          Object p = nt == null ? proto : nt.get("prototype", nt, ctx);
          return make(realm, ctx, p instanceof JsObject po ? po : proto, args);
        });
    if (base != null) ctor.setProto(base);
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    proto.defineOwn("name", name, Shape.HIDDEN);
    proto.defineOwn("message", "", Shape.HIDDEN);
    realm.global.defineOwn(name, ctor, Shape.HIDDEN);
    realm.intrinsic(name, ctor);
    return ctor;
  }

  private static JsError make(Realm realm, Context ctx, JsObject proto, Object[] args) {
    JsError e = new JsError(proto);
    if (Arg.present(args, 0)) e.defineOwn("message", Ops.toString(args[0], ctx), Shape.HIDDEN);
    Object options = Arg.get(args, 1);
    if (options instanceof JsObject o && o.hasProperty("cause")) e.defineOwn("cause", o.get("cause", o, ctx), Shape.HIDDEN);
    e.setStack(Interp.currentLocation(realm), realm.backtrace());
    return e;
  }

  /**
   * An error of a kind the runtime has no pending form for ({@code "URIError"}, {@code "EvalError"}):
   * thrown as a real object, its location is recorded by the first frame it leaves.
   */
  static JsThrow error(Realm realm, String name, String message) {
    JsError e = new JsError(realm.intrinsic(name + ".prototype"));
    e.defineOwn("message", message, Shape.HIDDEN);
    return new JsThrow(e);
  }
}
