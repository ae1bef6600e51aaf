package io.pipy.js.builtins;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
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
    throw Errors.typeError(describe(v) + " is not a function" + (what == null ? "" : " (" + what + ")"));
  }

  static JsObject object(Object v, String what) {
    if (v instanceof JsObject o) return o;
    throw Errors.typeError(what + " called on non-object");
  }

  /** A short description of a value for error messages, which never runs script code. */
  static String describe(Object v) {
    if (v instanceof String s) return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    if (v instanceof JsSymbol s) return s.toString();
    if (v instanceof JsFunction f) return "function " + f.name();
    if (v instanceof JsArray) return "array";
    if (v instanceof JsObject || Ops.isHostObject(v)) return "object";
    return Ops.toString(v);
  }
}
