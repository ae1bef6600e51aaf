package io.pipy.js.interp;

import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Shape;
import java.util.Set;

/** Small abstract operations the nodes share. */
final class Builtin {

  private Builtin() {
  }

  /** CopyDataProperties: enumerable own properties of {@code src} onto {@code target}, minus {@code excluded}. */
  static void copyDataProperties(Frame f, JsObject target, Object src, Set<Object> excluded) {
    if (src == null || src == Ops.UNDEFINED) return;
    if (src instanceof JsObject so) {
      for (Object k : so.ownKeys()) {
        if (excluded != null && excluded.contains(k)) continue;
        PropertyDescriptor d = so.getOwnProperty(k);
        if (d == null || !d.enumerable) continue;
        target.defineOwn(k, so.get(k, so, f.ctx), Shape.DEFAULT);
      }
      return;
    }
    if (src instanceof String s) {
      for (int i = 0; i < s.length(); i++) {
        String k = io.pipy.js.runtime.Numbers.toString(i);
        if (excluded != null && excluded.contains(k)) continue;
        target.defineOwn(k, String.valueOf(s.charAt(i)), Shape.DEFAULT);
      }
      return;
    }
    if (Ops.isHostObject(src)) {
      for (String k : Props.hostKeys(src)) {
        if (excluded != null && excluded.contains(k)) continue;
        target.defineOwn(k, Props.get(f.realm, src, k, f.ctx), Shape.DEFAULT);
      }
    }
  }

  /** SetFunctionName: an anonymous function takes the name of the property or variable it is assigned to. */
  static void setFunctionName(JsFunction fn, Object key, String prefix) {
    Object current = fn.getOwnRaw("name");
    if (current instanceof String s && !s.isEmpty() && prefix == null) return;
    String name = key instanceof JsSymbol sym ? (sym.description() == null ? "" : "[" + sym.description() + "]") : String.valueOf(key);
    if (key instanceof PrivateName pn) name = "#" + pn.name;
    if (prefix != null) name = prefix + " " + name;
    fn.defineOwn("name", name, Shape.CONFIGURABLE);
  }
}
