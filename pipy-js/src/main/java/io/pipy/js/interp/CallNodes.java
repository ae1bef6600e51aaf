package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;

/** Function calls, method calls, {@code new} and {@code super(...)}. */
final class CallNodes {

  private CallNodes() {
  }

  static String describe(Expr callee) {
    if (callee instanceof VarNodes.LocalGet || callee instanceof VarNodes.LocalGetChecked || callee instanceof VarNodes.EnvGet
        || callee instanceof VarNodes.RefGet) {
      return nameOf(callee);
    }
    if (callee instanceof PropertyNodes.GetNamed g) return describe(g.object) + "." + g.cache.key();
    return "expression";
  }

  private static String nameOf(Expr e) {
    if (e instanceof VarNodes.LocalGetChecked c) return c.name;
    if (e instanceof VarNodes.EnvGet g) return g.name;
    if (e instanceof VarNodes.RefGet r) return r.ref.name;
    if (e instanceof Named n) return n.name();
    return "expression";
  }

  /** Nodes that know the name they read, for error messages. */
  interface Named {
    String name();
  }

  /** {@code callee(args)} with {@code this} undefined. */
  static final class Call extends Expr {
    final Expr callee;
    final Expr[] args;
    final boolean spread;
    final boolean optional;
    final boolean inChain;
    final String what;

    Call(int pos, Expr callee, Expr[] args, boolean optional, boolean inChain, String what) {
      super(pos);
      this.callee = callee;
      this.args = args;
      this.spread = Args.hasSpread(args);
      this.optional = optional;
      this.inChain = inChain;
      this.what = what;
    }

    @Override
    Object eval(Frame f) {
      Object fn = callee.eval(f);
      if (inChain && fn == Short.CIRCUIT) return fn;
      if (optional && (fn == null || fn == Ops.UNDEFINED)) return Short.CIRCUIT;
      Object[] a = Args.eval(f, args, spread);
      f.pos = pos;
      if (fn instanceof JsFunction jf) return jf.invoke(f.ctx, Ops.UNDEFINED, a);
      throw Errors.typeError(what + " is not a function").at(pos);
    }
  }

  /** {@code object.name(args)}: the property read is inline-cached. */
  static final class MethodCall extends Expr {
    final Expr object;
    final PropertyCache cache;
    final Expr[] args;
    final boolean spread;
    final boolean optionalMember;
    final boolean optionalCall;
    final boolean inChain;
    final String what;

    MethodCall(int pos, Expr object, String key, Expr[] args, boolean optionalMember, boolean optionalCall, boolean inChain, String what) {
      super(pos);
      this.object = object;
      this.cache = new PropertyCache(key);
      this.args = args;
      this.spread = Args.hasSpread(args);
      this.optionalMember = optionalMember;
      this.optionalCall = optionalCall;
      this.inChain = inChain;
      this.what = what;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      if (inChain && o == Short.CIRCUIT) return o;
      if (o == null || o == Ops.UNDEFINED) {
        if (optionalMember) return Short.CIRCUIT;
        throw Errors.typeError("Cannot read properties of " + o + " (reading '" + cache.key() + "')").at(pos);
      }
      f.pos = pos;
      Object fn = cache.get(f, o);
      if (optionalCall && (fn == null || fn == Ops.UNDEFINED)) return Short.CIRCUIT;
      Object[] a = Args.eval(f, args, spread);
      f.pos = pos;
      if (fn instanceof JsFunction jf) return jf.invoke(f.ctx, o, a);
      throw Errors.typeError(what + " is not a function").at(pos);
    }
  }

  /** {@code object[key](args)}. */
  static final class IndexCall extends Expr {
    final Expr object;
    final Expr key;
    final Expr[] args;
    final boolean spread;
    final boolean optionalMember;
    final boolean optionalCall;
    final boolean inChain;

    IndexCall(int pos, Expr object, Expr key, Expr[] args, boolean optionalMember, boolean optionalCall, boolean inChain) {
      super(pos);
      this.object = object;
      this.key = key;
      this.args = args;
      this.spread = Args.hasSpread(args);
      this.optionalMember = optionalMember;
      this.optionalCall = optionalCall;
      this.inChain = inChain;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      if (inChain && o == Short.CIRCUIT) return o;
      if (optionalMember && (o == null || o == Ops.UNDEFINED)) return Short.CIRCUIT;
      Object k = key.eval(f);
      f.pos = pos;
      Object fn = Props.getComputed(f.realm, o, k, f.ctx);
      if (optionalCall && (fn == null || fn == Ops.UNDEFINED)) return Short.CIRCUIT;
      Object[] a = Args.eval(f, args, spread);
      f.pos = pos;
      if (fn instanceof JsFunction jf) return jf.invoke(f.ctx, o, a);
      throw Errors.typeError("object[" + Ops.toString(Ops.toPropertyKey(k)) + "] is not a function").at(pos);
    }
  }

  /** {@code object.#name(args)}: calls a private method with the object as {@code this}. */
  static final class PrivateCall extends Expr {
    final Expr object;
    final Ref name;
    final Expr[] args;
    final boolean spread;
    final boolean optionalMember;
    final boolean optionalCall;
    final boolean inChain;

    PrivateCall(int pos, Expr object, Ref name, Expr[] args, boolean optionalMember, boolean optionalCall, boolean inChain) {
      super(pos);
      this.object = object;
      this.name = name;
      this.args = args;
      this.spread = Args.hasSpread(args);
      this.optionalMember = optionalMember;
      this.optionalCall = optionalCall;
      this.inChain = inChain;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      if (inChain && o == Short.CIRCUIT) return o;
      if (optionalMember && (o == null || o == Ops.UNDEFINED)) return Short.CIRCUIT;
      Object pn = name.get(f, pos);
      Object fn = AssignNodes.readPrivate(f, o, pn, pos);
      if (optionalCall && (fn == null || fn == Ops.UNDEFINED)) return Short.CIRCUIT;
      Object[] a = Args.eval(f, args, spread);
      f.pos = pos;
      if (fn instanceof JsFunction jf) return jf.invoke(f.ctx, o, a);
      throw Errors.typeError(pn + " is not a function").at(pos);
    }
  }

  /** {@code new callee(args)}. */
  static final class New extends Expr {
    final Expr callee;
    final Expr[] args;
    final boolean spread;
    final String what;

    New(int pos, Expr callee, Expr[] args, String what) {
      super(pos);
      this.callee = callee;
      this.args = args;
      this.spread = Args.hasSpread(args);
      this.what = what;
    }

    @Override
    Object eval(Frame f) {
      Object fn = callee.eval(f);
      Object[] a = Args.eval(f, args, spread);
      f.pos = pos;
      if (fn instanceof JsFunction jf && jf.isConstructor()) return jf.construct(f.ctx, a, jf);
      throw Errors.typeError(what + " is not a constructor").at(pos);
    }
  }

  /** {@code super(args)} in a derived constructor. */
  static final class SuperCall extends Expr {
    final Expr[] args;
    final boolean spread;
    final ThisNodes.ThisAccess thisAccess;

    SuperCall(int pos, Expr[] args, ThisNodes.ThisAccess thisAccess) {
      super(pos);
      this.args = args;
      this.spread = Args.hasSpread(args);
      this.thisAccess = thisAccess;
    }

    @Override
    Object eval(Frame f) {
      Frame home = thisAccess.home(f);
      JsObject parent = home.callee.proto();
      Object[] a = Args.eval(f, args, spread);
      f.pos = pos;
      if (!(parent instanceof JsFunction pf) || !pf.isConstructor()) throw Errors.typeError("Super constructor is not a constructor").at(pos);
      if (home.newTarget == null) throw Errors.syntaxError("'super' keyword unexpected here").at(pos);
      Object result = pf.construct(f.ctx, a, home.newTarget);
      if (thisAccess.get(f) != Tdz.VALUE) throw Errors.referenceError("Super constructor may only be called once").at(pos);
      thisAccess.set(f, result);
      home.callee.initFields(f, result);
      return result;
    }
  }

  /**
   * {@code (o?.m)(args)}: a call through a parenthesized optional chain. The call keeps
   * {@code o} as {@code this}; when the chain short-circuits, the callee is undefined.
   */
  static final class CircuitIsNotCallable extends Expr {
    final Expr call;
    final String what;

    CircuitIsNotCallable(int pos, Expr call, String what) {
      super(pos);
      this.call = call;
      this.what = what;
    }

    @Override
    Object eval(Frame f) {
      Object v = call.eval(f);
      if (v == Short.CIRCUIT) throw Errors.typeError(what + " is not a function").at(pos);
      return v;
    }
  }
}
