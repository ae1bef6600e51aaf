package io.pipy.http;

import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/** Reading filter options objects at configuration time, with Pipy's rules and messages. */
final class HttpOptions {

  private HttpOptions() {
  }

  /** {@code v} as an options object; {@code null} when absent. */
  static ScriptObject object(String filter, Object v) {
    if (Values.isNullish(v)) return null;
    if (v instanceof ScriptObject o && !(v instanceof ScriptFunction)) return o;
    throw ScriptError.typeError(filter + ": options expects an object, got " + Values.typeName(v));
  }

  /** {@code v} as an optional callback; {@code null} when absent. */
  static ScriptFunction function(String filter, String what, Object v) {
    if (Values.isNullish(v)) return null;
    if (v instanceof ScriptFunction f) return f;
    throw ScriptError.typeError(filter + ": " + what + " expects a function, got " + Values.typeName(v));
  }

  /**
   * A size option: a non-negative number of bytes, or a string such as {@code "16k"} or
   * {@code "1m"} (binary units: k, m, g, t), as Pipy reads sizes.
   */
  static int size(ScriptObject options, String name, int fallback) {
    if (options == null) return fallback;
    Object v = options.get(name);
    if (Values.isNullish(v)) return fallback;
    double d = v instanceof CharSequence s ? parseSize(s.toString()) : v instanceof Number n ? n.doubleValue() : Double.NaN;
    if (Double.isNaN(d) || Double.isInfinite(d) || d < 0) {
      throw ScriptError.typeError("options." + name + " expects a positive number");
    }
    return d >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) d;
  }

  /** An integer option; {@code fallback} when absent. */
  static int integer(ScriptObject options, String name, int fallback) {
    if (options == null) return fallback;
    Object v = options.get(name);
    if (v == Undefined.INSTANCE || v == null) return fallback;
    if (v instanceof Number n && !Double.isNaN(n.doubleValue()) && !Double.isInfinite(n.doubleValue())) {
      return n.intValue();
    }
    throw ScriptError.typeError("options." + name + " expects a finite number");
  }

  /**
   * A duration option in seconds: a number of seconds, or a string with a unit ({@code "500ms"},
   * {@code "10s"}, {@code "5m"}, {@code "2h"}, {@code "1d"}), as Pipy reads durations. Returns
   * milliseconds.
   */
  static long millis(ScriptObject options, String name, long fallback) {
    if (options == null) return fallback;
    Object v = options.get(name);
    if (Values.isNullish(v)) return fallback;
    double seconds = v instanceof CharSequence s ? parseSeconds(s.toString()) : v instanceof Number n ? n.doubleValue() : Double.NaN;
    if (Double.isNaN(seconds) || seconds < 0) {
      throw ScriptError.typeError("options." + name + " expects a number of seconds or a duration string");
    }
    return Double.isInfinite(seconds) ? Long.MAX_VALUE : (long) (seconds * 1000);
  }

  /** Seconds in text: a number, optionally followed by ms, s, m, h or d. NaN if malformed. */
  static double parseSeconds(String s) {
    String t = s.strip();
    double unit = 1;
    int end = t.length();
    if (t.endsWith("ms")) {
      unit = 0.001;
      end -= 2;
    } else if (end > 0) {
      switch (t.charAt(end - 1)) {
        case 's' -> { end--; }
        case 'm' -> { unit = 60; end--; }
        case 'h' -> { unit = 3600; end--; }
        case 'd' -> { unit = 86400; end--; }
        default -> { }
      }
    }
    if (end == 0) return Double.NaN;
    return Values.stringToNumber(t.substring(0, end)) * unit;
  }

  /** A size in text: a number, optionally followed by a binary unit letter. NaN if malformed. */
  static double parseSize(String s) {
    String t = s.strip();
    if (t.isEmpty()) return Double.NaN;
    int end = t.length();
    double unit = 1;
    char last = Character.toLowerCase(t.charAt(end - 1));
    switch (last) {
      case 'k' -> unit = 1024d;
      case 'm' -> unit = 1024d * 1024;
      case 'g' -> unit = 1024d * 1024 * 1024;
      case 't' -> unit = 1024d * 1024 * 1024 * 1024;
      default -> unit = 1;
    }
    if (unit != 1) end--;
    if (end == 0) return Double.NaN;
    double n = Values.stringToNumber(t.substring(0, end));
    return n * unit;
  }
}
