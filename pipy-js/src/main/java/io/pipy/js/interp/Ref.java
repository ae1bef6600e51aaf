package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;

/**
 * A resolved variable as an assignable place: used where a node must both read and write it
 * (updates, compound assignment, patterns, loop heads). Plain reads and writes of locals use the
 * specialised nodes in {@link VarNodes} instead.
 */
abstract class Ref implements VarWriter {

  final String name;

  Ref(String name) {
    this.name = name;
  }

  /** Reads the variable (with TDZ checks where they apply). */
  abstract Object get(Frame f, int pos);

  /** Assigns (with TDZ and const checks where they apply). */
  abstract void set(Frame f, Object value, int pos);

  /** Initializes the binding at its declaration (no checks). */
  abstract void init(Frame f, Object value);

  @Override
  public void write(Frame f, Object value) {
    init(f, value);
  }

  static final class Local extends Ref {
    final int slot;
    final boolean lexical;
    final boolean constant;

    Local(String name, int slot, boolean lexical, boolean constant) {
      super(name);
      this.slot = slot;
      this.lexical = lexical;
      this.constant = constant;
    }

    @Override
    Object get(Frame f, int pos) {
      Object v = StringAccumulator.flat(f.locals[slot]);
      if (lexical && v == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + name + "' before initialization").at(pos);
      return v;
    }

    @Override
    void set(Frame f, Object value, int pos) {
      if (lexical && f.locals[slot] == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + name + "' before initialization").at(pos);
      if (constant) throw Errors.typeError("Assignment to constant variable '" + name + "'").at(pos);
      f.locals[slot] = value;
    }

    @Override
    void init(Frame f, Object value) {
      f.locals[slot] = value;
    }
  }

  static final class Captured extends Ref {
    final int depth;
    final int slot;
    final boolean lexical;
    final boolean constant;

    Captured(String name, int depth, int slot, boolean lexical, boolean constant) {
      super(name);
      this.depth = depth;
      this.slot = slot;
      this.lexical = lexical;
      this.constant = constant;
    }

    private Env env(Frame f) {
      Env e = f.env;
      for (int i = depth; i > 0; i--) e = e.parent;
      return e;
    }

    @Override
    Object get(Frame f, int pos) {
      Object v = env(f).slots[slot];
      if (lexical && v == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + name + "' before initialization").at(pos);
      return v;
    }

    @Override
    void set(Frame f, Object value, int pos) {
      Env e = env(f);
      if (lexical && e.slots[slot] == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + name + "' before initialization").at(pos);
      if (constant) throw Errors.typeError("Assignment to constant variable '" + name + "'").at(pos);
      e.slots[slot] = value;
    }

    @Override
    void init(Frame f, Object value) {
      env(f).slots[slot] = value;
    }
  }

  /** A named function expression's own name: reads the function, ignores writes in sloppy code. */
  static final class Callee extends Ref {
    final Ref inner;
    final boolean strict;

    Callee(String name, Ref inner, boolean strict) {
      super(name);
      this.inner = inner;
      this.strict = strict;
    }

    @Override
    Object get(Frame f, int pos) {
      return inner.get(f, pos);
    }

    @Override
    void set(Frame f, Object value, int pos) {
      if (strict) throw Errors.typeError("Assignment to constant variable '" + name + "'").at(pos);
    }

    @Override
    void init(Frame f, Object value) {
      inner.init(f, value);
    }
  }
}
