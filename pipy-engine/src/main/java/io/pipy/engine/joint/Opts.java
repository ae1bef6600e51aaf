package io.pipy.engine.joint;

import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/** Reading filter arguments and options, with Pipy-style messages for bad ones. */
final class Opts {

  private Opts() {
  }

  static boolean absent(Object v) {
    return v == null || v == Undefined.INSTANCE;
  }

  /** An options object, or {@code null} when none was given. */
  static ScriptObject object(String filter, Object v) {
    if (absent(v)) return null;
    if (v instanceof ScriptObject o && !(v instanceof ScriptArray)) return o;
    throw ScriptError.typeError(filter + ": options must be an object, got " + Values.typeName(v));
  }

  /** Property {@code key} of {@code o}, or undefined when {@code o} is {@code null}. */
  static Object get(ScriptObject o, String key) {
    return o == null ? Undefined.INSTANCE : o.get(key);
  }

  /** A function argument, or {@code null} when absent. */
  static ScriptFunction function(String filter, String what, Object v) {
    if (absent(v)) return null;
    if (v instanceof ScriptFunction f) return f;
    throw ScriptError.typeError(filter + ": " + what + " must be a function, got " + Values.typeName(v));
  }

  /** A whole number option; {@code fallback} when absent. */
  static int integer(String filter, String key, Object v, int fallback) {
    if (absent(v)) return fallback;
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (!Double.isNaN(d)) return (int) d;
    }
    throw ScriptError.typeError(filter + ": option '" + key + "' must be a number, got " + Values.typeName(v));
  }

  /**
   * A duration in seconds: a number of seconds or a string with a unit suffix ({@code ms},
   * {@code s}, {@code m}, {@code h}, {@code d}); {@code fallback} when absent.
   */
  static double seconds(String filter, String key, Object v, double fallback) {
    if (absent(v)) return fallback;
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof CharSequence cs) {
      double d = parseSeconds(cs.toString());
      if (!Double.isNaN(d)) return d;
      throw ScriptError.typeError(filter + ": option '" + key + "': invalid duration '" + cs + "'");
    }
    throw ScriptError.typeError(filter + ": option '" + key + "' must be a number or a string, got " + Values.typeName(v));
  }

  /** Seconds from text such as {@code "1.5"}, {@code "100ms"}, {@code "5s"}, {@code "2m"}; NaN if malformed. */
  static double parseSeconds(String text) {
    String s = text.strip();
    double unit = 1;
    if (s.endsWith("ms")) {
      unit = 0.001;
      s = s.substring(0, s.length() - 2);
    } else if (!s.isEmpty()) {
      switch (s.charAt(s.length() - 1)) {
        case 's' -> unit = 1;
        case 'm' -> unit = 60;
        case 'h' -> unit = 3600;
        case 'd' -> unit = 86400;
        default -> unit = 0;
      }
      if (unit != 0) {
        s = s.substring(0, s.length() - 1);
      } else {
        unit = 1;
      }
    }
    if (s.isEmpty()) return Double.NaN;
    double d = Values.stringToNumber(s);
    return Double.isNaN(d) || d < 0 ? Double.NaN : d * unit;
  }
}
