package io.pipy.engine.formats;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.algo.JsNumbers;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Script values as block-style YAML, two spaces per level: objects as mappings, arrays as
 * sequences (mappings inside sequences in the compact {@code - key: value} form), empty ones as
 * {@code {}} and {@code []}; strings plain when a YAML 1.2 reader would read them back as the
 * same string, else double-quoted, and as literal blocks when they span lines; numbers, booleans
 * and null as such ({@code .nan}, {@code .inf}). Functions and undefined are left out of
 * objects and become null in arrays, as {@code JSON.stringify} does; a {@code replacer(key,
 * value)} works as there too. Pipy itself returns an empty string from {@code YAML.stringify}.
 */
public final class YamlWriter {

  private static final Pattern NUMBER = Pattern.compile(
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final java.util.Set<String> RESERVED = java.util.Set.of(
      "null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE",
      "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF");

  private final Context ctx;
  private final ScriptFunction replacer;
  private final StringBuilder out = new StringBuilder();
  private final IdentityHashMap<Object, Boolean> stack = new IdentityHashMap<>();

  private YamlWriter(Context ctx, ScriptFunction replacer) {
    this.ctx = ctx;
    this.replacer = replacer;
  }

  /** {@code value} as YAML text ending in a line break; null for a value YAML cannot show (undefined, a function). */
  public static String stringify(Context ctx, Object value, ScriptFunction replacer) {
    YamlWriter w = new YamlWriter(ctx, replacer);
    Object v = value;
    if (replacer != null) {
      ScriptObject holder = ctx.worker().scripts().newObject();
      holder.set("", value);
      v = replacer.callWithThis(ctx, holder, "", value);
    }
    if (v == Undefined.INSTANCE || v instanceof ScriptFunction) return null;
    w.top(v);
    return w.out.toString();
  }

  private Object replace(Object holder, String key, Object v) {
    return replacer == null ? v : replacer.callWithThis(ctx, holder, key, v);
  }

  private static boolean omitted(Object v) {
    return v == Undefined.INSTANCE || v instanceof ScriptFunction;
  }

  private void top(Object v) {
    if (isCollection(v) && !isEmpty(v)) {
      block(v, 0);
    } else {
      out.append(scalar(v, 0)).append('\n');
    }
  }

  private static boolean isCollection(Object v) {
    return v instanceof ScriptObject && !(v instanceof ScriptFunction);
  }

  private boolean isEmpty(Object v) {
    if (v instanceof ScriptArray a) return a.length() == 0;
    if (v instanceof ScriptObject o) {
      for (String k : o.keys()) {
        if (!omitted(replace(o, k, o.get(k)))) return false;
      }
      return true;
    }
    return false;
  }

  /** Writes a non-empty collection starting at the current line position, at {@code indent}. */
  private void block(Object v, int indent) {
    if (stack.containsKey(v)) throw ScriptError.typeError("YAML.stringify: cannot convert a cyclic structure");
    if (stack.size() > 500) throw ScriptError.rangeError("YAML.stringify: the value is nested too deeply");
    stack.put(v, Boolean.TRUE);
    try {
      if (v instanceof ScriptArray a) {
        for (int i = 0; i < a.length(); i++) {
          Object item = replace(a, Integer.toString(i), a.get(i));
          if (omitted(item)) item = null;
          if (i > 0) pad(indent);
          out.append('-');
          child(item, indent + 2, true);
        }
      } else {
        ScriptObject o = (ScriptObject) v;
        boolean first = true;
        for (String k : o.keys()) {
          Object item = replace(o, k, o.get(k));
          if (omitted(item)) continue;
          if (!first) pad(indent);
          first = false;
          out.append(key(k)).append(':');
          child(item, indent + 2, false);
        }
      }
    } finally {
      stack.remove(v);
    }
  }

  /** Writes the value after {@code -} or {@code key:}. */
  private void child(Object v, int indent, boolean inSequence) {
    if (isCollection(v) && !isEmpty(v)) {
      if (inSequence) {
        out.append(' ');
        block(v, indent);
      } else {
        out.append('\n');
        pad(indent);
        block(v, indent);
      }
    } else {
      out.append(' ').append(scalar(v, indent)).append('\n');
    }
  }

  private void pad(int indent) {
    out.append(" ".repeat(indent));
  }

  private String scalar(Object v, int indent) {
    if (v == null || v == Undefined.INSTANCE) return "null";
    if (v instanceof Boolean b) return b.toString();
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isNaN(d)) return ".nan";
      if (Double.isInfinite(d)) return d > 0 ? ".inf" : "-.inf";
      return JsNumbers.toString(d);
    }
    if (v instanceof ScriptArray) return "[]";
    if (v instanceof ScriptObject) return "{}";
    String s;
    if (v instanceof CharSequence cs) s = cs.toString();
    else if (v instanceof Data d) s = d.toString();
    else s = ctx.worker().scripts().toStringValue(ctx, v);
    return string(s, indent);
  }

  /** Keys are strings in scripts anyway, so only syntax makes them quoted. */
  private static String key(String k) {
    if (k.indexOf('\n') >= 0) return quote(k);
    return isPlainSyntax(k) ? k : quote(k);
  }

  private static String string(String s, int indent) {
    if (isPlainSafe(s)) return s;
    if (s.indexOf('\n') >= 0 && isLiteralSafe(s)) {
      StringBuilder sb = new StringBuilder("|");
      String body = s;
      if (s.endsWith("\n")) {
        int n = 0;
        while (n < s.length() && s.charAt(s.length() - 1 - n) == '\n') n++;
        if (n > 1) sb.append('+');
        body = s.substring(0, s.length() - 1);
      } else {
        sb.append('-');
      }
      String pad = " ".repeat(Math.max(2, indent));
      for (String line : body.split("\n", -1)) {
        sb.append('\n');
        if (!line.isEmpty()) sb.append(pad).append(line);
      }
      return sb.toString();
    }
    return quote(s);
  }

  /** Whether a literal block can hold {@code s}: no leading spaces on the first line, no odd characters. */
  private static boolean isLiteralSafe(String s) {
    if (s.startsWith(" ") || s.startsWith("\t")) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\t') return false;
      if (c == ' ' && (i + 1 == s.length() || s.charAt(i + 1) == '\n')) return false;
    }
    return true;
  }

  /** Whether {@code s} written plainly reads back as the same string with any YAML 1.2 reader. */
  static boolean isPlainSafe(String s) {
    if (RESERVED.contains(s) || NUMBER.matcher(s).matches()) return false;
    return isPlainSyntax(s);
  }

  /** Whether {@code s} can be written as a plain scalar at all. */
  static boolean isPlainSyntax(String s) {
    if (s.isEmpty()) return false;
    char c0 = s.charAt(0);
    if ("-?:,[]{}#&*!|>'\"%@` \t".indexOf(c0) >= 0) {
      if (!((c0 == '-' || c0 == '?' || c0 == ':') && s.length() > 1 && s.charAt(1) != ' ')) return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == ' ' || last == '\t' || last == ':') return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') return false;
      if (c == ':' && i + 1 < s.length() && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) return false;
      if (c == '#' && i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) return false;
    }
    return !(s.startsWith("---") || s.startsWith("..."));
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        case '\0': sb.append("\\0"); break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  static List<String> keys(ScriptObject o) {
    List<String> l = new ArrayList<>();
    for (String k : o.keys()) l.add(k);
    return l;
  }

  static boolean isMap(Object v) {
    return v instanceof Map<?, ?>;
  }
}
