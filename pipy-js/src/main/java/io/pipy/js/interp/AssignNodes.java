package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import io.pipy.js.syntax.T;

/** {@code ++}/{@code --}, compound assignment ({@code +=} …) and logical assignment ({@code ??=} …). */
final class AssignNodes {

  private AssignNodes() {
  }

  static Object bump(Object old, boolean increment) {
    if (old instanceof io.pipy.js.runtime.JsInt i) return io.pipy.js.runtime.JsInt.unary(increment ? "++" : "--", i);
    if (old instanceof Integer i) {
      int v = i;
      if (increment && v != Integer.MAX_VALUE) return v + 1;
      if (!increment && v != Integer.MIN_VALUE) return v - 1;
    }
    double d = Ops.toNumber(old);
    return Ops.num(increment ? d + 1 : d - 1);
  }

  /** {@code x++} and friends on a local slot (the common loop counter). */
  static final class UpdateLocal extends Expr {
    final int slot;
    final boolean increment;
    final boolean prefix;

    UpdateLocal(int pos, int slot, boolean increment, boolean prefix) {
      super(pos);
      this.slot = slot;
      this.increment = increment;
      this.prefix = prefix;
    }

    @Override
    Object eval(Frame f) {
      Object old = f.locals[slot];
      if (!(old instanceof Integer)) old = Ops.toNumeric(StringAccumulator.flat(old));
      Object nv = bump(old, increment);
      f.locals[slot] = nv;
      return prefix ? nv : old;
    }
  }

  static final class UpdateRef extends Expr {
    final Ref ref;
    final boolean increment;
    final boolean prefix;

    UpdateRef(int pos, Ref ref, boolean increment, boolean prefix) {
      super(pos);
      this.ref = ref;
      this.increment = increment;
      this.prefix = prefix;
    }

    @Override
    Object eval(Frame f) {
      Object old = Ops.toNumeric(ref.get(f, pos));
      Object nv = bump(old, increment);
      ref.set(f, nv, pos);
      return prefix ? nv : old;
    }
  }

  /** {@code o.k++}, {@code o[k]++}: the key is evaluated once. */
  static final class UpdateProperty extends Expr {
    final Expr object;
    final Expr key;
    final boolean increment;
    final boolean prefix;

    UpdateProperty(int pos, Expr object, Expr key, boolean increment, boolean prefix) {
      super(pos);
      this.object = object;
      this.key = key;
      this.increment = increment;
      this.prefix = prefix;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      Object k = key.eval(f);
      if (o == null || o == Ops.UNDEFINED) throw Errors.typeError("Cannot read properties of " + o).at(pos);
      f.pos = pos;
      Object pk = Ops.toPropertyKey(k);
      Object old = Ops.toNumeric(Props.get(f.realm, o, pk, f.ctx));
      Object nv = bump(old, increment);
      Props.set(f.realm, o, pk, nv, f.ctx, f.code.strict);
      return prefix ? nv : old;
    }
  }

  /** {@code x op= v} on a variable. */
  static final class CompoundRef extends Expr {
    final Ref ref;
    final T op;
    final Expr value;

    CompoundRef(int pos, Ref ref, T op, Expr value) {
      super(pos);
      this.ref = ref;
      this.op = op;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object old = ref.get(f, pos);
      Object v = value.eval(f);
      f.pos = pos;
      Object r = OperatorNodes.apply(op, old, v, f);
      ref.set(f, r, pos);
      return r;
    }
  }

  /** {@code x += v} on a local: the string-building and counting hot path. */
  static final class AddToLocal extends Expr {
    final int slot;
    final Expr value;

    AddToLocal(int pos, int slot, Expr value) {
      super(pos);
      this.slot = slot;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object old = StringAccumulator.flat(f.locals[slot]);
      Object v = value.eval(f);
      Object r;
      if (old instanceof Integer x && v instanceof Integer y) {
        int xi = x;
        int yi = y;
        int s = xi + yi;
        r = ((xi ^ s) & (yi ^ s)) < 0 ? (Object) ((double) xi + (double) yi) : (Object) s;
      } else if (old instanceof String x && v instanceof String y) {
        r = Ops.concat(x, y);
      } else {
        f.pos = pos;
        r = Ops.add(old, v, f.ctx);
      }
      f.locals[slot] = r;
      return r;
    }
  }

  /**
   * {@code s += v} as a statement (its value unused) on a local: when both sides are strings (or
   * {@code v} a primitive), appends into a {@link StringAccumulator} kept in the slot, so building
   * a long string in a loop costs linear time instead of quadratic.
   */
  static final class AppendToLocal extends Expr {
    final int slot;
    final Expr value;
    /** For let bindings: the name, to report use before initialization; null for var. */
    final String lexicalName;

    AppendToLocal(int pos, int slot, Expr value, String lexicalName) {
      super(pos);
      this.slot = slot;
      this.value = value;
      this.lexicalName = lexicalName;
    }

    @Override
    Object eval(Frame f) {
      Object old = f.locals[slot];
      if (old == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + lexicalName + "' before initialization").at(pos);
      Object v = value.eval(f);
      if (f.locals[slot] == old) {
        String add = v instanceof String s ? s : primitiveText(v);
        if (add != null) {
          if (old instanceof StringAccumulator acc) {
            acc.append(add);
            return Ops.UNDEFINED;
          }
          if (old instanceof String s0) {
            if (s0.length() + add.length() >= StringAccumulator.THRESHOLD) {
              if ((long) s0.length() + add.length() > (1L << 30)) throw Errors.rangeError("Invalid string length").at(pos);
              f.locals[slot] = new StringAccumulator(s0, add);
            } else {
              f.locals[slot] = s0.concat(add);
            }
            return Ops.UNDEFINED;
          }
        }
      }
      Object a = StringAccumulator.flat(old);
      Object r;
      if (a instanceof Integer x && v instanceof Integer y) {
        int xi = x;
        int yi = y;
        int sum = xi + yi;
        r = ((xi ^ sum) & (yi ^ sum)) < 0 ? (Object) ((double) xi + (double) yi) : (Object) sum;
      } else {
        f.pos = pos;
        r = Ops.add(a, v, f.ctx);
      }
      f.locals[slot] = r;
      return Ops.UNDEFINED;
    }

    /** The string a primitive adds to a string, or null when conversion could run script code. */
    private static String primitiveText(Object v) {
      if (v instanceof Integer || v instanceof Double || v instanceof Boolean || v == null || v == Ops.UNDEFINED) {
        return Ops.toString(v);
      }
      return null;
    }
  }

  /** {@code o.k op= v} / {@code o[k] op= v}. */
  static final class CompoundProperty extends Expr {
    final Expr object;
    final Expr key;
    final T op;
    final Expr value;

    CompoundProperty(int pos, Expr object, Expr key, T op, Expr value) {
      super(pos);
      this.object = object;
      this.key = key;
      this.op = op;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      Object k = key.eval(f);
      if (o == null || o == Ops.UNDEFINED) throw Errors.typeError("Cannot read properties of " + o).at(pos);
      Object pk = Ops.toPropertyKey(k);
      f.pos = pos;
      Object old = Props.get(f.realm, o, pk, f.ctx);
      Object v = value.eval(f);
      f.pos = pos;
      Object r = OperatorNodes.apply(op, old, v, f);
      Props.set(f.realm, o, pk, r, f.ctx, f.code.strict);
      return r;
    }
  }

  static boolean shortCircuits(T op, Object old) {
    switch (op) {
      case AND_ASSIGN: return !Ops.toBoolean(old);
      case OR_ASSIGN: return Ops.toBoolean(old);
      default: return old != null && old != Ops.UNDEFINED;
    }
  }

  /** {@code x &&= v}, {@code x ||= v}, {@code x ??= v}. */
  static final class LogicalRef extends Expr {
    final Ref ref;
    final T op;
    final Expr value;
    final String name;

    LogicalRef(int pos, Ref ref, T op, Expr value, String name) {
      super(pos);
      this.ref = ref;
      this.op = op;
      this.value = value;
      this.name = name;
    }

    @Override
    Object eval(Frame f) {
      Object old = ref.get(f, pos);
      if (shortCircuits(op, old)) return old;
      Object v = value.eval(f);
      if (v instanceof Closure c && name != null) Builtin.setFunctionName(c, name, null);
      ref.set(f, v, pos);
      return v;
    }
  }

  static final class LogicalProperty extends Expr {
    final Expr object;
    final Expr key;
    final T op;
    final Expr value;

    LogicalProperty(int pos, Expr object, Expr key, T op, Expr value) {
      super(pos);
      this.object = object;
      this.key = key;
      this.op = op;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      Object pk = Ops.toPropertyKey(key.eval(f));
      if (o == null || o == Ops.UNDEFINED) throw Errors.typeError("Cannot read properties of " + o).at(pos);
      Object old = Props.get(f.realm, o, pk, f.ctx);
      if (shortCircuits(op, old)) return old;
      Object v = value.eval(f);
      Props.set(f.realm, o, pk, v, f.ctx, f.code.strict);
      return v;
    }
  }

  /** Reads {@code o.#x}. */
  static final class PrivateGet extends Expr {
    final Expr object;
    final Ref name;
    final boolean optional;
    final boolean inChain;

    PrivateGet(int pos, Expr object, Ref name, boolean optional, boolean inChain) {
      super(pos);
      this.object = object;
      this.name = name;
      this.optional = optional;
      this.inChain = inChain;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      if (inChain && o == Short.CIRCUIT) return o;
      if (optional && (o == null || o == Ops.UNDEFINED)) return Short.CIRCUIT;
      return readPrivate(f, o, name.get(f, pos), pos);
    }
  }

  static Object readPrivate(Frame f, Object o, Object pn, int pos) {
    if (!(o instanceof JsObject jo) || !hasPrivate(jo, pn)) {
      throw Errors.typeError("Cannot read private member " + pn + " from an object whose class did not declare it").at(pos);
    }
    return jo.get(pn, jo, f.ctx);
  }

  static void writePrivate(Frame f, Object o, Object pn, Object v, int pos) {
    if (!(o instanceof JsObject jo) || jo.getOwnRaw(pn) == JsObject.NOT_FOUND) {
      throw Errors.typeError("Cannot write private member " + pn + " to an object whose class did not declare it").at(pos);
    }
    int flags = jo.getOwnFlags(pn);
    if ((flags & io.pipy.js.runtime.Shape.ACCESSOR) != 0) {
      f.pos = pos;
      if (!jo.set(pn, v, jo, f.ctx)) throw Errors.typeError("'" + pn + "' was defined without a setter").at(pos);
      return;
    }
    if ((flags & io.pipy.js.runtime.Shape.WRITABLE) == 0) throw Errors.typeError("Cannot assign to private method " + pn).at(pos);
    jo.set(pn, v, jo, f.ctx);
  }

  /** Whether {@code o} itself carries private member {@code pn} (private members are never inherited). */
  static boolean hasPrivate(JsObject o, Object pn) {
    return o.getOwnRaw(pn) != JsObject.NOT_FOUND;
  }

  /** Writes {@code o.#x = v}. */
  static final class PrivateSet extends Expr {
    final Expr object;
    final Ref name;
    final Expr value;

    PrivateSet(int pos, Expr object, Ref name, Expr value) {
      super(pos);
      this.object = object;
      this.name = name;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      Object pn = name.get(f, pos);
      Object v = value.eval(f);
      writePrivate(f, o, pn, v, pos);
      return v;
    }
  }

  /** {@code #x in o}. */
  static final class PrivateIn extends Expr {
    final Expr object;
    final Ref name;

    PrivateIn(int pos, Expr object, Ref name) {
      super(pos);
      this.object = object;
      this.name = name;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      if (!(o instanceof JsObject jo)) throw Errors.typeError("Cannot use 'in' operator to search for a private field in a non-object").at(pos);
      return hasPrivate(jo, name.get(f, pos));
    }
  }

  /** {@code o.#x op= v}, including the logical forms. */
  static final class PrivateCompound extends Expr {
    final Expr object;
    final Ref name;
    final T op;
    final Expr value;

    PrivateCompound(int pos, Expr object, Ref name, T op, Expr value) {
      super(pos);
      this.object = object;
      this.name = name;
      this.op = op;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      Object pn = name.get(f, pos);
      Object old = readPrivate(f, o, pn, pos);
      Object r;
      if (op == T.AND_ASSIGN || op == T.OR_ASSIGN || op == T.NULLISH_ASSIGN) {
        if (shortCircuits(op, old)) return old;
        r = value.eval(f);
      } else {
        Object v = value.eval(f);
        f.pos = pos;
        r = OperatorNodes.apply(op, old, v, f);
      }
      writePrivate(f, o, pn, r, pos);
      return r;
    }
  }
}
