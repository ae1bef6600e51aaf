package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;

/** Reads and writes of resolved variables: frame locals and captured environments. */
final class VarNodes {

  private VarNodes() {
  }

  static Object checkTdz(Object v, String name, int pos) {
    if (v == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + name + "' before initialization").at(pos);
    return v;
  }

  /** A local read with no TDZ possible (var, params). */
  static final class LocalGet extends Expr {
    final int slot;

    LocalGet(int pos, int slot) {
      super(pos);
      this.slot = slot;
    }

    @Override
    Object eval(Frame f) {
      Object v = f.locals[slot];
      if (v instanceof StringAccumulator a) {
        v = a.toString();
        f.locals[slot] = v;
      }
      return v;
    }
  }

  /** A local read of a let/const/class binding. */
  static final class LocalGetChecked extends Expr {
    final int slot;
    final String name;

    LocalGetChecked(int pos, int slot, String name) {
      super(pos);
      this.slot = slot;
      this.name = name;
    }

    @Override
    Object eval(Frame f) {
      Object v = f.locals[slot];
      if (v == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + name + "' before initialization").at(pos);
      if (v instanceof StringAccumulator a) {
        v = a.toString();
        f.locals[slot] = v;
      }
      return v;
    }
  }

  /** A read of a captured variable {@code depth} environments up. */
  static final class EnvGet extends Expr {
    final int depth;
    final int slot;
    final String name;
    final boolean checked;

    EnvGet(int pos, int depth, int slot, String name, boolean checked) {
      super(pos);
      this.depth = depth;
      this.slot = slot;
      this.name = name;
      this.checked = checked;
    }

    @Override
    Object eval(Frame f) {
      Env e = f.env;
      for (int i = depth; i > 0; i--) e = e.parent;
      Object v = e.slots[slot];
      if (checked && v == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + name + "' before initialization").at(pos);
      return v;
    }
  }

  /** {@code x = value} for a local. */
  static final class LocalSet extends Expr {
    final int slot;
    final Expr value;

    LocalSet(int pos, int slot, Expr value) {
      super(pos);
      this.slot = slot;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object v = value.eval(f);
      f.locals[slot] = v;
      return v;
    }
  }

  /** {@code x = value} for a captured variable. */
  static final class EnvSet extends Expr {
    final int depth;
    final int slot;
    final Expr value;

    EnvSet(int pos, int depth, int slot, Expr value) {
      super(pos);
      this.depth = depth;
      this.slot = slot;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object v = value.eval(f);
      Env e = f.env;
      for (int i = depth; i > 0; i--) e = e.parent;
      e.slots[slot] = v;
      return v;
    }
  }

  /** Assignment through a generic reference (checked lets, consts, free names …). */
  static final class RefSet extends Expr {
    final Ref ref;
    final Expr value;

    RefSet(int pos, Ref ref, Expr value) {
      super(pos);
      this.ref = ref;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object v = value.eval(f);
      ref.set(f, v, pos);
      return v;
    }
  }

  /** A read through a generic reference. */
  static final class RefGet extends Expr {
    final Ref ref;

    RefGet(int pos, Ref ref) {
      super(pos);
      this.ref = ref;
    }

    @Override
    Object eval(Frame f) {
      return ref.get(f, pos);
    }
  }
}
