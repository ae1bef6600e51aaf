package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.Ops;

/** Statements other than loops. */
final class StatementNodes {

  private StatementNodes() {
  }

  static final class ExprStmt extends Stmt {
    final Expr expr;

    ExprStmt(int pos, Expr expr) {
      super(pos);
      this.expr = expr;
    }

    @Override
    int exec(Frame f) {
      expr.eval(f);
      return NORMAL;
    }
  }

  /** An expression statement whose value is the module's completion value. */
  static final class CompletionStmt extends Stmt {
    final Expr expr;

    CompletionStmt(int pos, Expr expr) {
      super(pos);
      this.expr = expr;
    }

    @Override
    int exec(Frame f) {
      f.completion = expr.eval(f);
      return NORMAL;
    }
  }

  static final class Empty extends Stmt {
    Empty(int pos) {
      super(pos);
    }

    @Override
    int exec(Frame f) {
      return NORMAL;
    }
  }

  /** A list of statements run in order, stopping at the first abrupt completion. */
  static final class Sequence extends Stmt {
    final Stmt[] body;

    Sequence(int pos, Stmt[] body) {
      super(pos);
      this.body = body;
    }

    @Override
    int exec(Frame f) {
      for (Stmt s : body) {
        int c = s.exec(f);
        if (c != NORMAL) return c;
      }
      return NORMAL;
    }
  }

  /**
   * A block with its own scope: resets its lexical locals to the TDZ, pushes an environment if
   * something in it is captured, and instantiates its hoisted function declarations.
   */
  static final class Block extends Stmt {
    final int[] tdzLocals;
    final Object[] envTemplate;
    final Stmt hoisted;
    final Stmt[] body;

    Block(int pos, int[] tdzLocals, Object[] envTemplate, Stmt hoisted, Stmt[] body) {
      super(pos);
      this.tdzLocals = tdzLocals;
      this.envTemplate = envTemplate;
      this.hoisted = hoisted;
      this.body = body;
    }

    @Override
    int exec(Frame f) {
      for (int slot : tdzLocals) f.locals[slot] = Tdz.VALUE;
      Env saved = f.env;
      if (envTemplate != null) f.env = new Env(envTemplate.clone(), saved);
      if (hoisted != null) hoisted.exec(f);
      int c = NORMAL;
      for (Stmt s : body) {
        c = s.exec(f);
        if (c != NORMAL) break;
      }
      f.env = saved;
      return c;
    }
  }

  /** Binds a declaration's value to its pattern (or plain variable). */
  static final class Declare extends Stmt {
    final Pattern target;
    final Expr init;
    final String functionName;

    Declare(int pos, Pattern target, Expr init, String functionName) {
      super(pos);
      this.target = target;
      this.init = init;
      this.functionName = functionName;
    }

    @Override
    int exec(Frame f) {
      Object v = init == null ? Ops.UNDEFINED : init.eval(f);
      if (functionName != null && v instanceof Closure c) Builtin.setFunctionName(c, functionName, null);
      target.bind(f, v);
      return NORMAL;
    }
  }

  /** Instantiates a hoisted function declaration. */
  static final class DeclareFunction extends Stmt {
    final VarWriter target;
    final FunctionCode code;

    DeclareFunction(int pos, VarWriter target, FunctionCode code) {
      super(pos);
      this.target = target;
      this.code = code;
    }

    @Override
    int exec(Frame f) {
      target.write(f, FunctionNodes.makeClosure(f, code, null));
      return NORMAL;
    }
  }

  static final class If extends Stmt {
    final Expr test;
    final Stmt then;
    final Stmt otherwise;

    If(int pos, Expr test, Stmt then, Stmt otherwise) {
      super(pos);
      this.test = test;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    int exec(Frame f) {
      if (test.evalBoolean(f)) return then.exec(f);
      return otherwise == null ? NORMAL : otherwise.exec(f);
    }
  }

  static final class Return extends Stmt {
    final Expr value;

    Return(int pos, Expr value) {
      super(pos);
      this.value = value;
    }

    @Override
    int exec(Frame f) {
      f.returnValue = value == null ? Ops.UNDEFINED : value.eval(f);
      return RETURN;
    }
  }

  static final class Break extends Stmt {
    final String label;

    Break(int pos, String label) {
      super(pos);
      this.label = label;
    }

    @Override
    int exec(Frame f) {
      f.label = label;
      return BREAK;
    }
  }

  static final class Continue extends Stmt {
    final String label;

    Continue(int pos, String label) {
      super(pos);
      this.label = label;
    }

    @Override
    int exec(Frame f) {
      f.label = label;
      return CONTINUE;
    }
  }

  static final class Throw extends Stmt {
    final Expr value;

    Throw(int pos, Expr value) {
      super(pos);
      this.value = value;
    }

    @Override
    int exec(Frame f) {
      Object v = value.eval(f);
      f.pos = pos;
      if (v instanceof io.pipy.js.runtime.JsError e && !e.hasStack()) {
        e.setStack(f.code.source.location(pos), f.realm.backtraceFrom(f));
      }
      throw new JsThrow(v).at(pos);
    }
  }

  /**
   * try/catch/finally. The frame's environment is restored on the way in to a handler, since the
   * exception may have left inner block environments pushed.
   */
  static final class Try extends Stmt {
    final Stmt block;
    final Pattern param;
    final Object[] catchEnvTemplate;
    final int[] catchTdz;
    final Stmt handler;
    final Stmt finalizer;

    Try(int pos, Stmt block, Pattern param, Object[] catchEnvTemplate, int[] catchTdz, Stmt handler, Stmt finalizer) {
      super(pos);
      this.block = block;
      this.param = param;
      this.catchEnvTemplate = catchEnvTemplate;
      this.catchTdz = catchTdz;
      this.handler = handler;
      this.finalizer = finalizer;
    }

    @Override
    int exec(Frame f) {
      Env saved = f.env;
      int depth = f.realm.depth;
      io.pipy.js.runtime.CallFrame current = f.realm.current;
      if (finalizer == null) return tryCatch(f, saved, depth, current);
      int c;
      Object rv;
      String label;
      RuntimeException pending = null;
      try {
        c = handler != null ? tryCatch(f, saved, depth, current) : block.exec(f);
      } catch (JsThrow | io.pipy.api.script.ScriptError e) {
        pending = e;
        c = NORMAL;
      } catch (StackOverflowError e) {
        pending = Errors.rangeError("Maximum call stack size exceeded");
        c = NORMAL;
      }
      f.env = saved;
      rv = f.returnValue;
      label = f.label;
      int fc = finalizer.exec(f);
      if (fc != NORMAL) return fc; // an abrupt finally overrides everything
      if (pending != null) throw pending;
      f.returnValue = rv;
      f.label = label;
      return c;
    }

    private int tryCatch(Frame f, Env saved, int depth, io.pipy.js.runtime.CallFrame current) {
      try {
        return block.exec(f);
      } catch (JsThrow t) {
        return handle(f, saved, depth, current, t);
      } catch (io.pipy.api.script.ScriptError e) {
        return handle(f, saved, depth, current, Errors.from(e).at(f.pos));
      } catch (StackOverflowError e) {
        return handle(f, saved, depth, current, Errors.rangeError("Maximum call stack size exceeded"));
      }
    }

    private int handle(Frame f, Env saved, int depth, io.pipy.js.runtime.CallFrame current, JsThrow t) {
      f.realm.depth = depth;
      f.realm.current = current;
      if (!t.hasTrace()) {
        int p = t.pos >= 0 ? t.pos : f.pos;
        t.trace(f.code.source.location(p), f.realm.backtraceFrom(f));
      }
      f.env = saved;
      if (catchEnvTemplate != null) f.env = new Env(catchEnvTemplate.clone(), saved);
      for (int slot : catchTdz) f.locals[slot] = Tdz.VALUE;
      if (param != null) param.bind(f, t.value(f.realm));
      int c = handler.exec(f);
      f.env = saved;
      return c;
    }
  }

  /** switch: strict-equality case matching, fall-through, default anywhere. */
  static final class Switch extends Stmt {
    final Expr discriminant;
    final Expr[] tests;
    final Stmt[][] bodies;
    final int defaultIndex;
    final int[] tdzLocals;
    final Object[] envTemplate;
    final Stmt hoisted;

    Switch(int pos, Expr discriminant, Expr[] tests, Stmt[][] bodies, int defaultIndex, int[] tdzLocals, Object[] envTemplate, Stmt hoisted) {
      super(pos);
      this.discriminant = discriminant;
      this.tests = tests;
      this.bodies = bodies;
      this.defaultIndex = defaultIndex;
      this.tdzLocals = tdzLocals;
      this.envTemplate = envTemplate;
      this.hoisted = hoisted;
    }

    @Override
    int exec(Frame f) {
      Object d = discriminant.eval(f);
      Env saved = f.env;
      for (int slot : tdzLocals) f.locals[slot] = Tdz.VALUE;
      if (envTemplate != null) f.env = new Env(envTemplate.clone(), saved);
      if (hoisted != null) hoisted.exec(f);
      int start = -1;
      for (int i = 0; i < tests.length; i++) {
        if (tests[i] != null && Ops.strictEquals(d, tests[i].eval(f))) {
          start = i;
          break;
        }
      }
      if (start < 0) start = defaultIndex;
      int c = NORMAL;
      if (start >= 0) {
        outer:
        for (int i = start; i < bodies.length; i++) {
          for (Stmt s : bodies[i]) {
            c = s.exec(f);
            if (c != NORMAL) break outer;
          }
        }
      }
      f.env = saved;
      if (c == BREAK && f.label == null) return NORMAL;
      return c;
    }
  }

  /** A labelled statement that is not a loop: a labelled break ends it. */
  static final class Labeled extends Stmt {
    final String label;
    final Stmt body;

    Labeled(int pos, String label, Stmt body) {
      super(pos);
      this.label = label;
      this.body = body;
    }

    @Override
    int exec(Frame f) {
      int c = body.exec(f);
      if (c == BREAK && label.equals(f.label)) {
        f.label = null;
        return NORMAL;
      }
      return c;
    }
  }
}
