package io.pipy.js.builtins;

import io.pipy.api.script.ScriptError;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsError;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;

/** {@code Error} and its subclasses. */
public final class ErrorBuiltins {

  private ErrorBuiltins() {
  }

  static void install(Realm realm) {
    NativeFunction base = null;
    for (ScriptError.Kind kind : ScriptError.Kind.values()) {
      JsObject proto = realm.errorPrototype(kind);
      String name = kind.scriptName();
      NativeFunction.Body body = (ctx, self, args) -> make(realm, ctx, proto, args, null);
      NativeFunction ctor = new NativeFunction(realm, name, 1, body, (ctx, args, nt) -> {
        Object p = nt == null ? proto : nt.get("prototype", nt, ctx);
        return make(realm, ctx, p instanceof JsObject po ? po : proto, args, null);
      });
      if (base != null) ctor.setProto(base);
      ctor.defineOwn("prototype", proto, 0);
      proto.defineOwn("constructor", ctor, Shape.HIDDEN);
      proto.defineOwn("name", name, Shape.HIDDEN);
      proto.defineOwn("message", "", Shape.HIDDEN);
      realm.global.defineOwn(name, ctor, Shape.HIDDEN);
      realm.intrinsic(name, ctor);
      if (kind == ScriptError.Kind.ERROR) {
        base = ctor;
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
  }

  private static JsError make(Realm realm, io.pipy.api.Context ctx, JsObject proto, Object[] args, Object unused) {
    JsError e = new JsError(proto);
    if (Arg.present(args, 0)) e.defineOwn("message", Ops.toString(args[0], ctx), Shape.HIDDEN);
    Object options = Arg.get(args, 1);
    if (options instanceof JsObject o && o.hasProperty("cause")) e.defineOwn("cause", o.get("cause", o, ctx), Shape.HIDDEN);
    e.setStack(io.pipy.js.interp.Interp.currentLocation(realm), realm.backtrace());
    return e;
  }
}
