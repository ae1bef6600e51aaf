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

  /**
   * A script exception that left the language through a host member (a callback the host
   * called threw) and comes back in: thrown on as the same value, with its location, so the
   * script's own try/catch sees it.
   */
  public static JsThrow from(io.pipy.api.script.ScriptException e) {
    JsThrow t = new JsThrow(e.value());
    t.location = e.location();
    t.backtrace = e.backtrace();
    return t;
  }
}
