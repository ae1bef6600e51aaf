package io.pipy.engine.algo;

import io.pipy.api.Data;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/**
 * Reading script arguments in the host classes of {@code algo}, {@code stats}, {@code logging},
 * {@code os} and the formats, with messages shaped like Pipy's ({@code argument #1 expects a
 * string}) and prefixed with the member that complained.
 */
public final class Args {

  private Args() {
  }

  /** Argument {@code i}, or undefined. */
  public static Object get(Object[] args, int i) {
    return i < args.length ? args[i] : Undefined.INSTANCE;
  }

  /** Whether {@code v} is undefined or null. */
  public static boolean absent(Object v) {
    return v == null || v == Undefined.INSTANCE;
  }

  /** Fails unless at least {@code n} arguments were passed. */
  public static void require(String where, Object[] args, int n) {
    if (args.length < n) {
      throw new ScriptError(where + ": requires " + n + " or more arguments");
    }
  }

  /** A TypeError naming the argument and what it should have been. */
  public static ScriptError expects(String where, int i, String what) {
    return ScriptError.typeError(where + ": argument #" + (i + 1) + " expects " + what);
  }

  /** A required string argument. */
  public static String string(String where, Object[] args, int i) {
    Object v = get(args, i);
    if (v instanceof CharSequence s) return s.toString();
    throw expects(where, i, "a string");
  }

  /** An optional string argument: {@code fallback} when absent. */
  public static String string(String where, Object[] args, int i, String fallback) {
    Object v = get(args, i);
    if (absent(v)) return fallback;
    if (v instanceof CharSequence s) return s.toString();
    throw expects(where, i, "a string");
  }

  /** A required number argument. */
  public static double number(String where, Object[] args, int i) {
    Object v = get(args, i);
    if (v instanceof Number n) return n.doubleValue();
    throw expects(where, i, "a number");
  }

  /** An optional number argument: {@code fallback} when undefined. */
  public static double number(String where, Object[] args, int i, double fallback) {
    Object v = get(args, i);
    if (v == Undefined.INSTANCE) return fallback;
    if (v instanceof Number n) return n.doubleValue();
    throw expects(where, i, "a number");
  }

  /** An optional function argument, or {@code null}. */
  public static ScriptFunction function(String where, Object[] args, int i) {
    Object v = get(args, i);
    if (absent(v)) return null;
    if (v instanceof ScriptFunction f) return f;
    throw expects(where, i, "a function");
  }

  /** An optional plain object argument (not an array, not a function), or {@code null}. */
  public static ScriptObject object(String where, Object[] args, int i) {
    Object v = get(args, i);
    if (absent(v)) return null;
    if (v instanceof ScriptObject o && !(v instanceof ScriptFunction) && !(v instanceof ScriptArray)) return o;
    throw expects(where, i, "an object");
  }

  /** An optional array argument, or {@code null}. */
  public static ScriptArray array(String where, Object[] args, int i) {
    Object v = get(args, i);
    if (absent(v)) return null;
    if (v instanceof ScriptArray a) return a;
    throw expects(where, i, "an array");
  }

  /** Option {@code key} of {@code options} (which may be null), or undefined. */
  public static Object option(ScriptObject options, String key) {
    return options == null ? Undefined.INSTANCE : options.get(key);
  }

  /** A number option. */
  public static double numberOption(String where, ScriptObject options, String key, double fallback) {
    Object v = option(options, key);
    if (absent(v)) return fallback;
    if (v instanceof Number n) return n.doubleValue();
    throw ScriptError.typeError(where + ": options." + key + " expects a number");
  }

  /** A string option, or {@code fallback}. */
  public static String stringOption(String where, ScriptObject options, String key, String fallback) {
    Object v = option(options, key);
    if (absent(v)) return fallback;
    if (v instanceof CharSequence s) return s.toString();
    throw ScriptError.typeError(where + ": options." + key + " expects a string");
  }

  /** A boolean option (any value, by its truth). */
  public static boolean boolOption(ScriptObject options, String key, boolean fallback) {
    Object v = option(options, key);
    return absent(v) ? fallback : Values.truthy(v);
  }

  /** An object option, or {@code null}. */
  public static ScriptObject objectOption(String where, ScriptObject options, String key) {
    Object v = option(options, key);
    if (absent(v)) return null;
    if (v instanceof ScriptObject o && !(v instanceof ScriptFunction)) return o;
    throw ScriptError.typeError(where + ": options." + key + " expects an object");
  }

  /** A time option in seconds: a number of seconds or a string such as {@code "100ms"}, {@code "5s"}. */
  public static double secondsOption(String where, ScriptObject options, String key, double fallback) {
    Object v = option(options, key);
    if (absent(v)) return fallback;
    return seconds(where + ": options." + key, v);
  }

  /**
   * A time span in seconds: a number of seconds, or a string with a unit ({@code ms}, {@code s},
   * {@code m}, {@code h}, {@code d}; no unit means seconds).
   */
  public static double seconds(String where, Object v) {
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof CharSequence cs) {
      double d = parseSeconds(cs.toString());
      if (Double.isNaN(d)) throw ScriptError.typeError(where + ": invalid time duration '" + cs + "'");
      return d;
    }
    throw ScriptError.typeError(where + " expects a number or a string");
  }

  /** Parses {@code "1.5s"}, {@code "100ms"}, {@code "2m"}, {@code "1h"}, {@code "1d"}; NaN if invalid. */
  public static double parseSeconds(String text) {
    String t = text.trim().toLowerCase();
    int i = 0;
    while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) i++;
    if (i == 0) return Double.NaN;
    double n;
    try {
      n = Double.parseDouble(t.substring(0, i));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
    switch (t.substring(i).trim()) {
      case "", "s", "sec", "secs", "second", "seconds": return n;
      case "ms", "msec", "millisecond", "milliseconds": return n / 1000;
      case "m", "min", "mins", "minute", "minutes": return n * 60;
      case "h", "hr", "hour", "hours": return n * 3600;
      case "d", "day", "days": return n * 86400;
      default: return Double.NaN;
    }
  }

  /** A byte size: a number, or a string with a unit ({@code k}, {@code m}, {@code g}, units of 1024). */
  public static double byteSize(String where, Object v) {
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof CharSequence cs) {
      String t = cs.toString().trim().toLowerCase();
      if (t.endsWith("b")) t = t.substring(0, t.length() - 1);
      double unit = 1;
      if (!t.isEmpty()) {
        switch (t.charAt(t.length() - 1)) {
          case 'k': unit = 1024; break;
          case 'm': unit = 1024 * 1024; break;
          case 'g': unit = 1024 * 1024 * 1024; break;
          default: break;
        }
      }
      if (unit != 1) t = t.substring(0, t.length() - 1);
      try {
        return Double.parseDouble(t.trim()) * unit;
      } catch (NumberFormatException e) {
        throw ScriptError.typeError(where + ": invalid size '" + cs + "'");
      }
    }
    throw ScriptError.typeError(where + " expects a number or a string");
  }

  /** Bytes of a Data or a string (UTF-8). */
  public static byte[] bytes(String where, Object[] args, int i) {
    Object v = get(args, i);
    if (v instanceof Data d) return d.toBytes();
    if (v instanceof CharSequence s) return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    throw expects(where, i, "a Data or a string");
  }
}
