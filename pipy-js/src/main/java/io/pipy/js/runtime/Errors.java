package io.pipy.js.runtime;

import io.pipy.api.script.ScriptError;

/** Makes pending script errors (see {@link JsThrow}) from anywhere in the runtime. */
public final class Errors {

  private Errors() {
  }

  public static JsThrow typeError(String message) {
    return new JsThrow(ScriptError.Kind.TYPE_ERROR, message);
  }

  public static JsThrow rangeError(String message) {
    return new JsThrow(ScriptError.Kind.RANGE_ERROR, message);
  }

  public static JsThrow referenceError(String message) {
    return new JsThrow(ScriptError.Kind.REFERENCE_ERROR, message);
  }

  public static JsThrow syntaxError(String message) {
    return new JsThrow(ScriptError.Kind.SYNTAX_ERROR, message);
  }

  public static JsThrow error(String message) {
    return new JsThrow(ScriptError.Kind.ERROR, message);
  }

  /** Converts an error raised by Java code for the script. */
  public static JsThrow from(ScriptError e) {
    return new JsThrow(e.kind(), e.getMessage());
  }
}
