package io.pipy.engine.formats;

import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.algo.JsNumbers;

/** Script values as JSON, to compare with what Pipy printed with {@code JSON.stringify}. */
final class Json {

  private Json() {
  }

  static String of(Object v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v == Undefined.INSTANCE) {
      sb.append("undefined");
    } else if (v instanceof String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"': sb.append("\\\""); break;
          case '\\': sb.append("\\\\"); break;
          case '\n': sb.append("\\n"); break;
          case '\t': sb.append("\\t"); break;
          case '\r': sb.append("\\r"); break;
          default: sb.append(c);
        }
      }
      sb.append('"');
    } else if (v instanceof Number n) {
      sb.append(JsNumbers.toString(n.doubleValue()));
    } else if (v instanceof Boolean b) {
      sb.append(b);
    } else if (v instanceof ScriptArray a) {
      sb.append('[');
      for (int i = 0; i < a.length(); i++) {
        if (i > 0) sb.append(',');
        write(sb, a.get(i));
      }
      sb.append(']');
    } else if (v instanceof ScriptObject o) {
      sb.append('{');
      boolean first = true;
      for (String k : o.keys()) {
        if (!first) sb.append(',');
        first = false;
        write(sb, k);
        sb.append(':');
        write(sb, o.get(k));
      }
      sb.append('}');
    } else if (v instanceof XmlNode n) {
      sb.append("{\"n\":");
      write(sb, n.name());
      sb.append(",\"a\":");
      write(sb, n.attributes());
      sb.append(",\"c\":");
      write(sb, n.children());
      sb.append('}');
    } else {
      sb.append(v);
    }
  }
}
