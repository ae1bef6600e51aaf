package io.pipy.js.interp;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.Undefined;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.List;

/**
 * A script function value: compiled code plus the environment it closes over. Arrows also carry
 * the {@code this}, {@code new.target}, home object and arguments of the function they were
 * created in.
 */
final class Closure extends JsFunction {

  final FunctionCode code;
  final Env env;
  /** For arrows: the frame of the enclosing non-arrow function, which owns this/new.target. */
  Frame homeFrame;
  /** For methods: the object whose prototype {@code super} refers to. */
  JsObject homeObject;
  /** For class constructors: the instance fields, set when the class is defined. */
  FunctionCode.FieldInit[] fields;

  Closure(Realm realm, JsObject proto, FunctionCode code, Env env) {
    super(realm, proto);
    this.code = code;
    this.env = env;
  }

  @Override
  public boolean isConstructor() {
    return code.constructable;
  }

  @Override
  public Object invoke(Context ctx, Object thisValue, Object[] args) {
    if (code.isClassConstructor) {
      throw Errors.typeError("Class constructor " + code.displayName() + " cannot be invoked without 'new'");
    }
    Object self;
    if (code.isArrow()) {
      self = homeFrame == null ? Undefined.INSTANCE : homeFrame.thisValue;
    } else if (code.strict) {
      self = thisValue;
    } else if (thisValue == null || thisValue == Undefined.INSTANCE) {
      self = realm.global;
    } else if (!(thisValue instanceof JsObject) && !io.pipy.js.runtime.Ops.isHostObject(thisValue)) {
      self = realm.wrap(thisValue);
    } else {
      self = thisValue;
    }
    return execute(ctx, self, args, null);
  }

  @Override
  public Object construct(Context ctx, Object[] args, JsObject newTarget) {
    if (!code.constructable) return super.construct(ctx, args, newTarget);
    if (code.isDerived) {
      Object r = execute(ctx, Tdz.VALUE, args, newTarget);
      return r;
    }
    Object protoValue = newTarget.get("prototype", newTarget, ctx);
    JsObject proto = protoValue instanceof JsObject p ? p : realm.objectPrototype();
    JsObject self = new JsObject(proto);
    Object r = execute(ctx, self, args, newTarget);
    return r instanceof JsObject ? r : self;
  }

  /** Runs the body in a new frame. */
  Object execute(Context ctx, Object self, Object[] args, JsObject newTarget) {
    Realm r = realm;
    if (ctx == null) ctx = r.defaultContext();
    Frame f = new Frame(this, code, ctx, self, args, newTarget);
    f.caller = r.current;
    if (++r.depth > Realm.MAX_DEPTH) {
      r.depth--;
      // Raised at the caller's call site: the caller's frame records the location.
      JsThrow t = Errors.rangeError("Maximum call stack size exceeded");
      if (!(f.caller instanceof Frame)) trace(t, f);
      throw t;
    }
    r.current = f;
    try {
      // (The body is run inline here rather than in a method of its own: one Java frame less
      // per script call leaves room for deeper script recursion.)
      FunctionCode c = code;
      f.env = c.envTemplate == null ? env : new Env(c.envTemplate.clone(), env);
      if (c.selfTarget != null) c.selfTarget.write(f, this);
      if (c.argumentsTarget != null) c.argumentsTarget.write(f, Arguments.create(f));
      int[] simple = c.simpleParams;
      if (simple != null) {
        Object[] a = f.args;
        Object[] locals = f.locals;
        int n = Math.min(simple.length, a.length);
        for (int i = 0; i < n; i++) locals[simple[i]] = a[i];
      } else if (c.paramBinder != null) {
        c.paramBinder.exec(f);
      }
      if (fields != null && !c.isDerived) initFields(f, f.thisValue);
      if (c.hoisted != null) c.hoisted.exec(f);
      if (c.exprBody != null) return c.exprBody.eval(f);
      int completion = c.body.exec(f);
      if (c.module) return f.completion;
      if (c.isDerived) return derivedResult(f, completion);
      return completion == Stmt.RETURN ? f.returnValue : Undefined.INSTANCE;
    } catch (JsThrow t) {
      if (!t.hasTrace()) trace(t, f);
      throw t;
    } catch (ScriptError e) {
      JsThrow t = Errors.from(e);
      trace(t, f);
      throw t;
    } catch (StackOverflowError e) {
      // The Java stack ran out before the depth limit. If this frame had not started a call
      // yet, the error belongs to the caller's call site: let the caller record the location.
      JsThrow t = Errors.rangeError("Maximum call stack size exceeded");
      if (f.pos != code.pos || !(f.caller instanceof Frame)) trace(t, f);
      throw t;
    } finally {
      r.current = f.caller;
      r.depth--;
    }
  }

  /**
   * Prepares module code to run: its frame, its environment and its hoisted functions, but not
   * its body (see {@link #evaluateModule}); modules of an import cycle are all prepared first.
   */
  Frame instantiateModule(Context ctx) {
    FunctionCode c = code;
    Object self = c.strict ? Undefined.INSTANCE : realm.global;
    Frame f = new Frame(this, c, ctx == null ? realm.defaultContext() : ctx, self, io.pipy.js.runtime.Ops.NO_ARGS, null);
    f.env = c.envTemplate == null ? env : new Env(c.envTemplate.clone(), env);
    if (c.hoisted != null) c.hoisted.exec(f);
    return f;
  }

  /** Runs the body of module code prepared by {@link #instantiateModule}; returns its completion value. */
  Object evaluateModule(Frame f) {
    Realm r = realm;
    f.caller = r.current;
    r.depth++;
    r.current = f;
    try {
      code.body.exec(f);
      return f.completion;
    } catch (JsThrow t) {
      if (!t.hasTrace()) trace(t, f);
      throw t;
    } catch (ScriptError e) {
      JsThrow t = Errors.from(e);
      trace(t, f);
      throw t;
    } catch (StackOverflowError e) {
      JsThrow t = Errors.rangeError("Maximum call stack size exceeded");
      trace(t, f);
      throw t;
    } finally {
      r.current = f.caller;
      r.depth--;
    }
  }

  private static void trace(JsThrow t, Frame f) {
    int pos = t.pos >= 0 ? t.pos : f.pos;
    f.pos = pos;
    List<String> frames = f.realm.backtraceFrom(f);
    t.trace(f.code.source.location(pos), frames);
  }

  private static Object derivedResult(Frame f, int completion) {
    Object rv = completion == Stmt.RETURN ? f.returnValue : Undefined.INSTANCE;
    if (rv instanceof JsObject) return rv;
    if (rv != Undefined.INSTANCE) throw Errors.typeError("Derived constructors may only return object or undefined");
    if (f.thisValue == Tdz.VALUE) {
      throw Errors.referenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
    }
    return f.thisValue;
  }


  /** Defines the class's instance fields on {@code self}. */
  void initFields(Frame f, Object self) {
    FunctionCode.FieldInit[] fs = fields;
    if (fs == null) return;
    for (FunctionCode.FieldInit fi : fs) {
      if (fi.method != null) {
        // Private methods and accessors: every instance carries them (its "brand").
        if (self instanceof JsObject o) o.defineOwn(fi.key, fi.method, fi.methodFlags);
        continue;
      }
      Object value = Undefined.INSTANCE;
      if (fi.init != null) {
        Closure init = new Closure(realm, realm.functionPrototype(), fi.init, fi.env);
        init.homeObject = fi.home;
        value = init.execute(f.ctx, self, io.pipy.js.runtime.Ops.NO_ARGS, null);
      }
      if (self instanceof JsObject o) {
        if (fi.key instanceof PrivateName pn) {
          o.defineOwn(pn, value, Shape.WRITABLE);
        } else {
          io.pipy.js.runtime.PropertyDescriptor d = io.pipy.js.runtime.PropertyDescriptor.data(value, Shape.DEFAULT);
          if (!o.defineOwnProperty(fi.key, d)) throw Errors.typeError("Cannot define field " + fi.key);
        }
      }
    }
  }

  @Override
  public String toString() {
    String src = code.source.text();
    int end = Math.min(src.length(), code.end);
    if (code.pos >= 0 && end > code.pos) return src.substring(code.pos, end);
    return "function " + name() + "() { [native code] }";
  }
}
