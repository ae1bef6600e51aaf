package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A destructuring target: binds (declarations) or assigns (expressions) a value. */
abstract class Pattern extends Node {

  Pattern(int pos) {
    super(pos);
  }

  abstract void bind(Frame f, Object value);

  /** A variable: initialized (declarations) or assigned (assignment patterns). */
  static final class Variable extends Pattern {
    final Ref ref;
    final boolean init;

    Variable(int pos, Ref ref, boolean init) {
      super(pos);
      this.ref = ref;
      this.init = init;
    }

    @Override
    void bind(Frame f, Object value) {
      if (init) ref.init(f, value);
      else ref.set(f, value, pos);
    }
  }

  /** A local slot being declared (the fast case of parameters and let). */
  static final class Local extends Pattern {
    final int slot;

    Local(int pos, int slot) {
      super(pos);
      this.slot = slot;
    }

    @Override
    void bind(Frame f, Object value) {
      f.locals[slot] = value;
    }
  }

  /** {@code o.k} or {@code o[k]} as an assignment target. */
  static final class Property extends Pattern {
    final Expr object;
    final Expr key;

    Property(int pos, Expr object, Expr key) {
      super(pos);
      this.object = object;
      this.key = key;
    }

    @Override
    void bind(Frame f, Object value) {
      Object o = object.eval(f);
      Object k = key.eval(f);
      if (o == null || o == Ops.UNDEFINED) throw Errors.typeError("Cannot set properties of " + o).at(pos);
      Props.setComputed(f.realm, o, k, value, f.ctx, f.code.strict);
    }
  }

  /** Any other assignable expression wrapped as a target (private members, super properties). */
  static final class ExprTarget extends Pattern {
    interface Assigner {
      void assign(Frame f, Object value);
    }

    final Assigner assigner;

    ExprTarget(int pos, Assigner assigner) {
      super(pos);
      this.assigner = assigner;
    }

    @Override
    void bind(Frame f, Object value) {
      assigner.assign(f, value);
    }
  }

  /** {@code target = default}. */
  static final class WithDefault extends Pattern {
    final Pattern target;
    final Expr dflt;
    final String functionName;

    WithDefault(int pos, Pattern target, Expr dflt, String functionName) {
      super(pos);
      this.target = target;
      this.dflt = dflt;
      this.functionName = functionName;
    }

    @Override
    void bind(Frame f, Object value) {
      if (value == Ops.UNDEFINED) {
        value = dflt.eval(f);
        if (functionName != null && value instanceof Closure c) Builtin.setFunctionName(c, functionName, null);
      }
      target.bind(f, value);
    }
  }

  /** {@code [a, , b, ...rest]}. */
  static final class ArrayDestructure extends Pattern {
    final Pattern[] elements;
    final Pattern rest;

    ArrayDestructure(int pos, Pattern[] elements, Pattern rest) {
      super(pos);
      this.elements = elements;
      this.rest = rest;
    }

    @Override
    void bind(Frame f, Object value) {
      f.pos = pos;
      Iteration.Iterator it = Iteration.of(f, value);
      try {
        for (Pattern p : elements) {
          Object v = it.step();
          if (v == JsObject.NOT_FOUND) v = Ops.UNDEFINED;
          if (p != null) p.bind(f, v);
        }
        if (rest != null) {
          List<Object> all = new ArrayList<>();
          while (true) {
            Object v = it.step();
            if (v == JsObject.NOT_FOUND) break;
            all.add(v);
          }
          rest.bind(f, f.realm.newArray(all.toArray()));
        } else {
          it.close();
        }
      } catch (io.pipy.js.runtime.JsThrow t) {
        it.closeQuietly();
        throw t;
      }
    }
  }

  /** {@code {a, b: c, [k]: d, ...rest}}. */
  static final class ObjectDestructure extends Pattern {
    final String[] keys;
    final Expr[] computedKeys;
    final Pattern[] targets;
    final Pattern rest;

    ObjectDestructure(int pos, String[] keys, Expr[] computedKeys, Pattern[] targets, Pattern rest) {
      super(pos);
      this.keys = keys;
      this.computedKeys = computedKeys;
      this.targets = targets;
      this.rest = rest;
    }

    @Override
    void bind(Frame f, Object value) {
      if (value == null || value == Ops.UNDEFINED) {
        throw Errors.typeError("Cannot destructure '" + value + "' as it is " + value + ".").at(pos);
      }
      Set<Object> used = rest == null ? null : new HashSet<>();
      for (int i = 0; i < targets.length; i++) {
        Object key = computedKeys[i] != null ? Ops.toPropertyKey(computedKeys[i].eval(f)) : keys[i];
        if (used != null) used.add(key);
        f.pos = pos;
        targets[i].bind(f, Props.get(f.realm, value, key, f.ctx));
      }
      if (rest != null) {
        JsObject r = f.realm.newObject();
        Builtin.copyDataProperties(f, r, value, used);
        rest.bind(f, r);
      }
    }
  }
}
