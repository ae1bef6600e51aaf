package io.pipy.engine.filters;

import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/** Reading filter arguments and options the way Pipy reads them, with its kinds of messages. */
final class Args {

  private Args() {
  }

  static boolean absent(Object v) {
    return v == null || v == Undefined.INSTANCE;
  }

  /** A required function argument. */
  static ScriptFunction function(String filter, String what, Object v) {
    if (v instanceof ScriptFunction f) return f;
    throw ScriptError.typeError(filter + ": " + what + " expects a function, got " + Values.typeName(v));
  }

  /** An optional options object; {@code null} when absent. */
  static ScriptObject options(String filter, Object v) {
    if (absent(v)) return null;
    if (v instanceof ScriptObject o && !(v instanceof ScriptFunction)) return o;
    throw ScriptError.typeError(filter + ": options expects an object, got " + Values.typeName(v));
  }

  /** Option {@code key} of {@code options}, or undefined. */
  static Object option(ScriptObject options, String key) {
    return options == null ? Undefined.INSTANCE : options.get(key);
  }

  /**
   * A byte size option: a number of bytes or a string with a unit, {@code "16k"}, {@code "2m"},
   * {@code "1g"} (units of 1024), as Pipy reads sizes.
   */
  static long size(String filter, ScriptObject options, String key, long fallback) {
    Object v = option(options, key);
    if (absent(v)) return fallback;
    if (v instanceof Number n) return (long) n.doubleValue();
    if (v instanceof CharSequence s) return parseSize(filter, key, s.toString());
    throw ScriptError.typeError(filter + ": options." + key + " expects a number or a string, got " + Values.typeName(v));
  }

  static long parseSize(String filter, String key, String s) {
    String t = s.trim().toLowerCase();
    if (t.isEmpty()) return 0;
    long unit = 1;
    char last = t.charAt(t.length() - 1);
    switch (last) {
      case 'k': unit = 1L << 10; break;
      case 'm': unit = 1L << 20; break;
      case 'g': unit = 1L << 30; break;
      case 't': unit = 1L << 40; break;
      default: break;
    }
    String num = unit == 1 ? t : t.substring(0, t.length() - 1).trim();
    if (num.endsWith("b") && unit == 1) num = num.substring(0, num.length() - 1);
    try {
      return (long) (Double.parseDouble(num) * unit);
    } catch (NumberFormatException e) {
      throw ScriptError.typeError(filter + ": options." + key + ": invalid size '" + s + "'");
    }
  }

  /**
   * A time option in seconds: a number of seconds or a string with a unit, {@code "100ms"},
   * {@code "5s"}, {@code "2m"}, {@code "1h"}, {@code "1d"}.
   */
  static double seconds(String filter, ScriptObject options, String key, double fallback) {
    Object v = option(options, key);
    if (absent(v)) return fallback;
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof CharSequence s) return parseSeconds(filter, key, s.toString());
    throw ScriptError.typeError(filter + ": options." + key + " expects a number or a string, got " + Values.typeName(v));
  }

  static double parseSeconds(String filter, String key, String s) {
    String t = s.trim().toLowerCase();
    double unit = 1;
    String num = t;
    if (t.endsWith("ms")) {
      unit = 0.001;
      num = t.substring(0, t.length() - 2);
    } else if (!t.isEmpty()) {
      char last = t.charAt(t.length() - 1);
      switch (last) {
        case 's': unit = 1; num = t.substring(0, t.length() - 1); break;
        case 'm': unit = 60; num = t.substring(0, t.length() - 1); break;
        case 'h': unit = 3600; num = t.substring(0, t.length() - 1); break;
        case 'd': unit = 86400; num = t.substring(0, t.length() - 1); break;
        default: break;
      }
    }
    try {
      return Double.parseDouble(num.trim()) * unit;
    } catch (NumberFormatException e) {
      throw ScriptError.typeError(filter + ": options." + key + ": invalid duration '" + s + "'");
    }
  }

  /** A boolean option. */
  static boolean bool(ScriptObject options, String key, boolean fallback) {
    Object v = option(options, key);
    return absent(v) ? fallback : Values.truthy(v);
  }

  /** A string option, or {@code null}. */
  static String string(String filter, ScriptObject options, String key) {
    Object v = option(options, key);
    if (absent(v)) return null;
    if (v instanceof CharSequence s) return s.toString();
    throw ScriptError.typeError(filter + ": options." + key + " expects a string, got " + Values.typeName(v));
  }
}
