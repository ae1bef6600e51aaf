package io.pipy.engine.core;

import io.pipy.api.Data;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.Undefined;

/** Reading script arguments in host classes, with Pipy-style messages for bad ones. */
final class Args {

  private Args() {
  }

  static Object get(Object[] args, int i) {
    return i < args.length ? args[i] : Undefined.INSTANCE;
  }

  static boolean absent(Object v) {
    return v == null || v == Undefined.INSTANCE;
  }

  /** A body argument: a string (UTF-8), a Data, or nothing. */
  static Data body(String where, Object v) {
    if (absent(v)) return null;
    if (v instanceof Data d) return d;
    if (v instanceof CharSequence s) return Data.fromString(s.toString());
    throw ScriptError.typeError(where + ": body: expected a string or a Data, got " + io.pipy.api.script.Values.typeName(v));
  }

  static String string(String where, Object v, String fallback) {
    if (absent(v)) return fallback;
    if (v instanceof CharSequence s) return s.toString();
    throw ScriptError.typeError(where + ": expected a string, got " + io.pipy.api.script.Values.typeName(v));
  }
}
