package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.List;

/** Literal values: constants, templates, arrays, objects, regular expressions. */
final class LiteralNodes {

  private LiteralNodes() {
  }

  static final class Const extends Expr {
    final Object value;

    Const(int pos, Object value) {
      super(pos);
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      return value;
    }
  }

  /** {@code ...expr} inside an argument list or array literal. */
  static final class SpreadMarker extends Expr {
    final Expr expr;

    SpreadMarker(int pos, Expr expr) {
      super(pos);
      this.expr = expr;
    }

    @Override
    Object eval(Frame f) {
      throw new IllegalStateException("spread evaluated out of place");
    }
  }

  /** An untagged template: strings and substitutions concatenated. */
  static final class Template extends Expr {
    final String[] strings;
    final Expr[] exprs;

    Template(int pos, String[] strings, Expr[] exprs) {
      super(pos);
      this.strings = strings;
      this.exprs = exprs;
    }

    @Override
    Object eval(Frame f) {
      StringBuilder sb = new StringBuilder(strings[0]);
      for (int i = 0; i < exprs.length; i++) {
        Object v = exprs[i].eval(f);
        if (v instanceof String s) sb.append(s);
        else {
          if (v instanceof io.pipy.js.runtime.JsSymbol) throw Errors.typeError("Cannot convert a Symbol value to a string").at(pos);
          sb.append(Ops.toString(v, f.ctx));
        }
        sb.append(strings[i + 1]);
      }
      return sb.toString();
    }
  }

  /** A tagged template: {@code tag(strings, ...values)}, the strings array made once per site. */
  static final class TaggedTemplate extends Expr {
    final Expr tag;
    final Expr thisObject;
    final String methodKey;
    final String[] cooked;
    final String[] raw;
    final Expr[] exprs;
    private JsArray site;

    TaggedTemplate(int pos, Expr tag, Expr thisObject, String methodKey, String[] cooked, String[] raw, Expr[] exprs) {
      super(pos);
      this.tag = tag;
      this.thisObject = thisObject;
      this.methodKey = methodKey;
      this.cooked = cooked;
      this.raw = raw;
      this.exprs = exprs;
    }

    @Override
    Object eval(Frame f) {
      Object self = Ops.UNDEFINED;
      Object fn;
      if (thisObject != null) {
        self = thisObject.eval(f);
        fn = Props.get(f.realm, self, methodKey, f.ctx);
      } else {
        fn = tag.eval(f);
      }
      if (site == null) {
        Object[] c = new Object[cooked.length];
        Object[] r = new Object[raw.length];
        for (int i = 0; i < c.length; i++) {
          c[i] = cooked[i] == null ? Ops.UNDEFINED : cooked[i];
          r[i] = raw[i];
        }
        JsArray strings = f.realm.newArray(c);
        JsArray raws = f.realm.newArray(r);
        raws.restrictElements(true);
        raws.preventExtensions();
        strings.defineOwn("raw", raws, 0);
        strings.restrictElements(true);
        strings.preventExtensions();
        site = strings;
      }
      Object[] args = new Object[exprs.length + 1];
      args[0] = site;
      for (int i = 0; i < exprs.length; i++) args[i + 1] = exprs[i].eval(f);
      f.pos = pos;
      if (fn instanceof JsFunction jf) return jf.invoke(f.ctx, self, args);
      throw Errors.typeError("tag is not a function").at(pos);
    }
  }

  static final class Regex extends Expr {
    final String pattern;
    final String flags;

    Regex(int pos, String pattern, String flags) {
      super(pos);
      this.pattern = pattern;
      this.flags = flags;
    }

    @Override
    Object eval(Frame f) {
      JsObject ctor = f.realm.intrinsicOrNull("RegExp");
      if (!(ctor instanceof JsFunction rf)) throw Errors.syntaxError("regular expressions are not available").at(pos);
      f.pos = pos;
      return rf.construct(f.ctx, new Object[] {pattern, flags}, rf);
    }
  }

  /** {@code [a, , ...b]}. */
  static final class ArrayLit extends Expr {
    final Expr[] elements;
    final boolean simple;

    ArrayLit(int pos, Expr[] elements) {
      super(pos);
      this.elements = elements;
      boolean s = true;
      for (Expr e : elements) if (e == null || e instanceof SpreadMarker) s = false;
      this.simple = s;
    }

    @Override
    Object eval(Frame f) {
      if (simple) {
        Object[] out = new Object[elements.length];
        for (int i = 0; i < out.length; i++) out[i] = elements[i].eval(f);
        return f.realm.newArray(out);
      }
      List<Object> out = new ArrayList<>(elements.length);
      for (Expr e : elements) {
        if (e == null) out.add(JsArray.HOLE);
        else if (e instanceof SpreadMarker s) Iteration.forEach(f, s.expr.eval(f), out::add);
        else out.add(e.eval(f));
      }
      return new JsArray(f.realm.arrayPrototype, out.toArray(), out.size());
    }
  }

  /** One property of an object literal. */
  static final class PropInit {
    static final int VALUE = 0;
    static final int GETTER = 1;
    static final int SETTER = 2;
    static final int SPREAD = 3;
    static final int PROTO = 4;

    final int kind;
    final String key;
    final Expr computedKey;
    final Expr value;
    /** Methods get the literal as their home object (for super). */
    final boolean method;
    /** Anonymous functions take the property name as theirs. */
    final boolean nameFunction;

    PropInit(int kind, String key, Expr computedKey, Expr value, boolean method, boolean nameFunction) {
      this.kind = kind;
      this.key = key;
      this.computedKey = computedKey;
      this.value = value;
      this.method = method;
      this.nameFunction = nameFunction;
    }
  }

  /**
   * {@code {a: 1, b}}. When every property is a plain value with a fixed, distinct key, the final
   * shape is known after the first evaluation and later evaluations fill slots directly.
   */
  static final class ObjectLit extends Expr {
    final PropInit[] props;
    final boolean simple;
    private Shape shape;

    ObjectLit(int pos, PropInit[] props) {
      super(pos);
      this.props = props;
      boolean s = true;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (PropInit p : props) {
        if (p.kind != PropInit.VALUE || p.computedKey != null || p.method || p.nameFunction || !seen.add(p.key)
            || io.pipy.js.runtime.Numbers.isArrayIndex(p.key)) {
          s = false;
        }
      }
      this.simple = s;
    }

    @Override
    Object eval(Frame f) {
      if (simple) {
        Shape sh = shape;
        int n = props.length;
        Object[] slots = new Object[Math.max(n, 4)];
        for (int i = 0; i < n; i++) slots[i] = props[i].value.eval(f);
        if (sh != null && sh.proto() == f.realm.objectPrototype()) return new JsObject(sh, slots);
        JsObject o = f.realm.newObject();
        for (int i = 0; i < n; i++) o.defineOwn(props[i].key, slots[i], Shape.DEFAULT);
        if (o.shape.cacheable()) shape = o.shape;
        return o;
      }
      JsObject o = f.realm.newObject();
      for (PropInit p : props) {
        switch (p.kind) {
          case PropInit.SPREAD: {
            Object src = p.value.eval(f);
            Builtin.copyDataProperties(f, o, src, null);
            break;
          }
          case PropInit.PROTO: {
            Object v = p.value.eval(f);
            if (v instanceof JsObject po) o.setProto(po);
            else if (v == null) o.setProto(null);
            break;
          }
          default: {
            Object key = p.computedKey == null ? p.key : Ops.toPropertyKey(p.computedKey.eval(f));
            Object v = p.value.eval(f);
            if (v instanceof Closure c) {
              if (p.method || p.kind != PropInit.VALUE) c.homeObject = o;
              if (p.nameFunction || p.kind != PropInit.VALUE) Builtin.setFunctionName(c, key, p.kind == PropInit.GETTER ? "get" : p.kind == PropInit.SETTER ? "set" : null);
            }
            if (p.kind == PropInit.VALUE) {
              o.defineOwnProperty(key, PropertyDescriptor.data(v, Shape.DEFAULT));
            } else {
              PropertyDescriptor cur = o.getOwnProperty(key);
              Object getter = p.kind == PropInit.GETTER ? v : cur != null && cur.isAccessor() ? cur.getter : Ops.UNDEFINED;
              Object setter = p.kind == PropInit.SETTER ? v : cur != null && cur.isAccessor() ? cur.setter : Ops.UNDEFINED;
              o.defineOwnProperty(key, PropertyDescriptor.accessor(getter, setter, Shape.ENUMERABLE | Shape.CONFIGURABLE));
            }
          }
        }
      }
      return o;
    }
  }
}
