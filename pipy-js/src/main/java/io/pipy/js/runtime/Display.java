package io.pipy.js.runtime;

import io.pipy.api.Data;
import io.pipy.api.Message;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.Undefined;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How {@code println} and {@code console.log} show values, after Pipy: strings inside structures
 * quoted, objects as {@code { a: 1, b: "x" }}, arrays as {@code [ 1, 2 ]}, Data as hex bytes.
 */
public final class Display {

  private static final int MAX_DEPTH = 8;
  private static final int MAX_BYTES = 64;

  private Display() {
  }

  /** The display form of a top-level value (strings unquoted). */
  public static String format(Object v) {
    if (v instanceof CharSequence s) return s.toString();
    StringBuilder sb = new StringBuilder();
    append(sb, v, 0, new IdentityHashMap<>());
    return sb.toString();
  }

  private static void append(StringBuilder sb, Object v, int depth, Map<Object, Boolean> seen) {
    if (v == Undefined.INSTANCE) {
      sb.append("undefined");
    } else if (v == null) {
      sb.append("null");
    } else if (v instanceof CharSequence s) {
      quote(sb, s.toString());
    } else if (v instanceof Integer || v instanceof Double || v instanceof Boolean) {
      sb.append(Ops.toString(v));
    } else if (v instanceof JsSymbol sym) {
      sb.append(sym);
    } else if (v instanceof JsFunction f) {
      sb.append("Function{ ").append(f.displayName()).append(" }");
    } else if (v instanceof Data d) {
      sb.append("Data[");
      int n = Math.min(d.size(), MAX_BYTES);
      for (int i = 0; i < n; i++) {
        sb.append(' ');
        int b = d.byteAt(i);
        sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
      }
      if (d.size() > MAX_BYTES) sb.append(" ... and ").append(d.size() - MAX_BYTES).append(" more bytes");
      sb.append(" ]");
    } else if (seen.containsKey(v) || depth > MAX_DEPTH) {
      sb.append(v instanceof JsArray ? "[...]" : "{...}");
    } else if (v instanceof JsArray a) {
      seen.put(v, true);
      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        sb.append(i == 0 ? " " : ", ");
        append(sb, a.getElement(i, null), depth + 1, seen);
      }
      sb.append(a.length == 0 ? "]" : " ]");
      seen.remove(v);
    } else if (v instanceof JsInt i) {
      sb.append(i.toString());
    } else if (v instanceof JsDate d) {
      sb.append(Double.isNaN(d.time) ? "Invalid Date" : JsDate.toDateString(d.time));
    } else if (v instanceof JsMap m) {
      seen.put(v, true);
      sb.append(m.isSet() ? "Set(" : "Map(").append(m.table.size()).append(") {");
      OrderedTable.Cursor c = m.table.cursor();
      boolean first = true;
      for (OrderedTable.Entry e = c.next(); e != null; e = c.next()) {
        sb.append(first ? " " : ", ");
        first = false;
        append(sb, e.key(), depth + 1, seen);
        if (!m.isSet()) {
          sb.append(" => ");
          append(sb, e.value(), depth + 1, seen);
        }
      }
      sb.append(first ? "}" : " }");
      seen.remove(v);
    } else if (v instanceof JsObject o && "RegExp".equals(o.className())) {
      sb.append(Ops.toString(v));
    } else if (v instanceof JsError e) {
      sb.append(Ops.toString(e.get("name"))).append(": ").append(Ops.toString(e.get("message")));
    } else if (v instanceof JsObject o) {
      seen.put(v, true);
      sb.append('{');
      boolean first = true;
      for (Object k : o.ownKeys()) {
        if (!(k instanceof String key) || (o.getOwnFlags(k) & Shape.ENUMERABLE) == 0) continue;
        sb.append(first ? " " : ", ");
        first = false;
        sb.append(key).append(": ");
        Object pv = o.getOwnRaw(k);
        if (pv instanceof Accessor) sb.append("[Getter/Setter]");
        else append(sb, pv, depth + 1, seen);
      }
      sb.append(first ? "}" : " }");
      seen.remove(v);
    } else if (v instanceof Message m) {
      seen.put(v, true);
      sb.append("{ head: ");
      append(sb, m.head() == null ? null : m.head(), depth + 1, seen);
      sb.append(", tail: ");
      append(sb, m.tail(), depth + 1, seen);
      sb.append(", body: ");
      append(sb, m.body(), depth + 1, seen);
      sb.append(" }");
      seen.remove(v);
    } else {
      HostClass<?> hc = HostClasses.find(v.getClass());
      if (hc == null) {
        sb.append(v);
        return;
      }
      seen.put(v, true);
      sb.append(hc.name()).append("{");
      boolean first = true;
      for (HostClass.Member m : hc.members()) {
        if (!(m instanceof HostClass.Property p)) continue;
        sb.append(first ? " " : ", ");
        first = false;
        sb.append(p.name()).append(": ");
        Object pv;
        try {
          pv = p.getter().get(v);
        } catch (RuntimeException e) {
          pv = "<" + e.getMessage() + ">";
        }
        append(sb, pv instanceof Double d ? Ops.num(d) : pv, depth + 1, seen);
      }
      sb.append(first ? "}" : " }");
      seen.remove(v);
    }
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        default:
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
      }
    }
    sb.append('"');
  }
}
