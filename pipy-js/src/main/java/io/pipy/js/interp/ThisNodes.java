package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;

/**
 * {@code this}, {@code new.target} and {@code super.x}. Arrow functions have none of their own:
 * they use those of the frame of the enclosing non-arrow function (their home frame), read live,
 * so an arrow made before {@code super()} in a derived constructor still sees {@code this} after.
 */
final class ThisNodes {

  private ThisNodes() {
  }

  /** Finds the frame that owns {@code this} for code in frame {@code f}. */
  static final class ThisAccess {
    final boolean arrow;

    ThisAccess(boolean arrow) {
      this.arrow = arrow;
    }

    Frame home(Frame f) {
      return arrow ? f.callee.homeFrame : f;
    }

    Object get(Frame f) {
      Frame h = home(f);
      return h == null ? Ops.UNDEFINED : h.thisValue;
    }

    void set(Frame f, Object v) {
      home(f).thisValue = v;
    }
  }

  static final class This extends Expr {
    final ThisAccess access;

    This(int pos, ThisAccess access) {
      super(pos);
      this.access = access;
    }

    @Override
    Object eval(Frame f) {
      Object v = access.get(f);
      if (v == Tdz.VALUE) {
        throw Errors.referenceError("Must call super constructor in derived class before accessing 'this'").at(pos);
      }
      return v;
    }
  }

  static final class NewTarget extends Expr {
    final ThisAccess access;

    NewTarget(int pos, ThisAccess access) {
      super(pos);
      this.access = access;
    }

    @Override
    Object eval(Frame f) {
      Frame h = access.home(f);
      return h == null || h.newTarget == null ? Ops.UNDEFINED : h.newTarget;
    }
  }

  /** The object {@code super} refers to: the prototype of the home object. */
  static JsObject superBase(Frame f, ThisAccess access, int pos) {
    Frame h = access.home(f);
    JsObject home = h == null ? null : h.callee.homeObject;
    if (home == null) throw Errors.syntaxError("'super' keyword unexpected here").at(pos);
    return home.proto();
  }

  /** {@code super.name} / {@code super[key]}. */
  static final class SuperGet extends Expr {
    final ThisAccess access;
    final Expr key;

    SuperGet(int pos, ThisAccess access, Expr key) {
      super(pos);
      this.access = access;
      this.key = key;
    }

    @Override
    Object eval(Frame f) {
      Object self = access.get(f);
      if (self == Tdz.VALUE) throw Errors.referenceError("Must call super constructor before accessing 'super'").at(pos);
      Object k = Ops.toPropertyKey(key.eval(f));
      JsObject base = superBase(f, access, pos);
      if (base == null) throw Errors.typeError("Cannot read properties of null").at(pos);
      return base.get(k, self, f.ctx);
    }
  }

  /** {@code super.name = value}. */
  static final class SuperSet extends Expr {
    final ThisAccess access;
    final Expr key;
    final Expr value;

    SuperSet(int pos, ThisAccess access, Expr key, Expr value) {
      super(pos);
      this.access = access;
      this.key = key;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object self = access.get(f);
      Object k = Ops.toPropertyKey(key.eval(f));
      Object v = value.eval(f);
      JsObject base = superBase(f, access, pos);
      if (base == null) throw Errors.typeError("Cannot set properties of null").at(pos);
      if (!base.set(k, v, self, f.ctx) && f.code.strict) throw Errors.typeError("Cannot assign to read only property").at(pos);
      return v;
    }
  }

  /** {@code super.name(args)}. */
  static final class SuperCallMethod extends Expr {
    final ThisAccess access;
    final Expr key;
    final Expr[] args;
    final boolean spread;

    SuperCallMethod(int pos, ThisAccess access, Expr key, Expr[] args) {
      super(pos);
      this.access = access;
      this.key = key;
      this.args = args;
      this.spread = Args.hasSpread(args);
    }

    @Override
    Object eval(Frame f) {
      Object self = access.get(f);
      if (self == Tdz.VALUE) throw Errors.referenceError("Must call super constructor before accessing 'super'").at(pos);
      Object k = Ops.toPropertyKey(key.eval(f));
      JsObject base = superBase(f, access, pos);
      Object fn = base == null ? Ops.UNDEFINED : base.get(k, self, f.ctx);
      Object[] a = Args.eval(f, args, spread);
      f.pos = pos;
      if (fn instanceof JsFunction jf) return jf.invoke(f.ctx, self, a);
      throw Errors.typeError("(intermediate value)." + k + " is not a function").at(pos);
    }
  }
}
