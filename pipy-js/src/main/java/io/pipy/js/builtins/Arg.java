package io.pipy.js.builtins;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;

/** Argument access for built-ins. */
final class Arg {

  private Arg() {
  }

  static Object get(Object[] args, int i) {
    return i < args.length ? args[i] : Ops.UNDEFINED;
  }

  static boolean present(Object[] args, int i) {
    return i < args.length && args[i] != Ops.UNDEFINED;
  }

  static JsFunction function(Object[] args, int i, String what) {
    Object v = get(args, i);
    if (v instanceof JsFunction f) return f;
    throw Errors.typeError(Ops.typeof(v).equals("object") && v != null ? "object is not a function" : (v instanceof String s ? "\"" + s + "\"" : Ops.toString(v)) + " is not a function" + (what == null ? "" : " (" + what + ")"));
  }

  static JsObject object(Object v, String what) {
    if (v instanceof JsObject o) return o;
    throw Errors.typeError(what + " called on non-object");
  }
}
