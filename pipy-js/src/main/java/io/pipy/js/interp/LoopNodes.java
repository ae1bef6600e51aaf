package io.pipy.js.interp;

import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loops. Each knows the labels written directly on it, for labelled break and continue. */
final class LoopNodes {

  private LoopNodes() {
  }

  /** Whether a break/continue with the frame's pending label targets a loop with {@code labels}. */
  static boolean targets(Frame f, String[] labels) {
    String l = f.label;
    if (l == null) return true;
    for (String s : labels) {
      if (s.equals(l)) {
        return true;
      }
    }
    return false;
  }

  static final class While extends Stmt {
    final Expr test;
    final Stmt body;
    final String[] labels;

    While(int pos, Expr test, Stmt body, String[] labels) {
      super(pos);
      this.test = test;
      this.body = body;
      this.labels = labels;
    }

    @Override
    int exec(Frame f) {
      while (test.evalBoolean(f)) {
        int c = body.exec(f);
        if (c != NORMAL) {
          if (c == BREAK && targets(f, labels)) {
            f.label = null;
            return NORMAL;
          }
          if (c == CONTINUE && targets(f, labels)) {
            f.label = null;
            continue;
          }
          return c;
        }
      }
      return NORMAL;
    }
  }

  static final class DoWhile extends Stmt {
    final Stmt body;
    final Expr test;
    final String[] labels;

    DoWhile(int pos, Stmt body, Expr test, String[] labels) {
      super(pos);
      this.body = body;
      this.test = test;
      this.labels = labels;
    }

    @Override
    int exec(Frame f) {
      do {
        int c = body.exec(f);
        if (c != NORMAL) {
          if (c == BREAK && targets(f, labels)) {
            f.label = null;
            return NORMAL;
          }
          if (c == CONTINUE && targets(f, labels)) {
            f.label = null;
            continue;
          }
          return c;
        }
      } while (test.evalBoolean(f));
      return NORMAL;
    }
  }

  /**
   * {@code for (init; test; update)}. When the loop's let bindings are captured by closures, each
   * iteration gets a copy of the loop environment, so closures see that iteration's values.
   */
  static final class For extends Stmt {
    final Stmt init;
    final Expr test;
    final Expr update;
    final Stmt body;
    final String[] labels;
    final int[] tdzLocals;
    final Object[] envTemplate;
    final boolean perIteration;

    For(int pos, Stmt init, Expr test, Expr update, Stmt body, String[] labels, int[] tdzLocals, Object[] envTemplate) {
      super(pos);
      this.init = init;
      this.test = test;
      this.update = update;
      this.body = body;
      this.labels = labels;
      this.tdzLocals = tdzLocals;
      this.envTemplate = envTemplate;
      this.perIteration = envTemplate != null;
    }

    @Override
    int exec(Frame f) {
      Env saved = f.env;
      for (int slot : tdzLocals) f.locals[slot] = Tdz.VALUE;
      if (envTemplate != null) f.env = new Env(envTemplate.clone(), saved);
      int result = NORMAL;
      if (init != null) init.exec(f);
      if (perIteration) f.env = new Env(f.env.slots.clone(), saved);
      while (test == null || test.evalBoolean(f)) {
        int c = body.exec(f);
        if (c != NORMAL) {
          if (c == BREAK && targets(f, labels)) {
            f.label = null;
            break;
          }
          if (!(c == CONTINUE && targets(f, labels))) {
            result = c;
            break;
          }
          f.label = null;
        }
        if (perIteration) f.env = new Env(f.env.slots.clone(), saved);
        if (update != null) update.eval(f);
      }
      f.env = saved;
      return result;
    }
  }

  /** The per-iteration binding of a for-in/for-of head. */
  static final class Head {
    final Pattern target;
    final int[] tdzLocals;
    final Object[] envTemplate;

    Head(Pattern target, int[] tdzLocals, Object[] envTemplate) {
      this.target = target;
      this.tdzLocals = tdzLocals;
      this.envTemplate = envTemplate;
    }

    void enter(Frame f, Env outer) {
      for (int slot : tdzLocals) f.locals[slot] = Tdz.VALUE;
      if (envTemplate != null) f.env = new Env(envTemplate.clone(), outer);
    }
  }

  static final class ForOf extends Stmt {
    final Head head;
    final Expr iterable;
    final Stmt body;
    final String[] labels;

    ForOf(int pos, Head head, Expr iterable, Stmt body, String[] labels) {
      super(pos);
      this.head = head;
      this.iterable = iterable;
      this.body = body;
      this.labels = labels;
    }

    @Override
    int exec(Frame f) {
      Env saved = f.env;
      if (head.envTemplate != null) head.enter(f, saved); // TDZ for the head expression
      Object src = iterable.eval(f);
      f.env = saved;
      f.pos = pos;
      Iteration.Iterator it = Iteration.of(f, src);
      int result = NORMAL;
      try {
        while (true) {
          Object v = it.step();
          if (v == JsObject.NOT_FOUND) break;
          head.enter(f, saved);
          head.target.bind(f, v);
          int c = body.exec(f);
          f.env = saved;
          if (c != NORMAL) {
            if (c == CONTINUE && targets(f, labels)) {
              f.label = null;
              continue;
            }
            if (c == BREAK && targets(f, labels)) {
              f.label = null;
            } else {
              result = c;
            }
            it.close();
            break;
          }
        }
      } catch (JsThrow t) {
        f.env = saved;
        it.closeQuietly();
        throw t;
      }
      return result;
    }
  }

  static final class ForIn extends Stmt {
    final Head head;
    final Expr object;
    final Stmt body;
    final String[] labels;

    ForIn(int pos, Head head, Expr object, Stmt body, String[] labels) {
      super(pos);
      this.head = head;
      this.object = object;
      this.body = body;
      this.labels = labels;
    }

    @Override
    int exec(Frame f) {
      Env saved = f.env;
      if (head.envTemplate != null) head.enter(f, saved);
      Object o = object.eval(f);
      f.env = saved;
      if (o == null || o == Ops.UNDEFINED) return NORMAL;
      List<String> keys = enumerate(f, o);
      for (String k : keys) {
        // Keys deleted during the loop are skipped.
        if (o instanceof JsObject jo && !jo.hasProperty(k)) continue;
        head.enter(f, saved);
        head.target.bind(f, k);
        int c = body.exec(f);
        f.env = saved;
        if (c != NORMAL) {
          if (c == CONTINUE && targets(f, labels)) {
            f.label = null;
            continue;
          }
          if (c == BREAK && targets(f, labels)) {
            f.label = null;
            return NORMAL;
          }
          return c;
        }
      }
      return NORMAL;
    }

    /** Enumerable string keys, own first then inherited, each once. */
    static List<String> enumerate(Frame f, Object o) {
      List<String> out = new ArrayList<>();
      if (o instanceof JsObject jo) {
        Set<String> seen = new HashSet<>();
        for (JsObject p = jo; p != null; p = p.proto()) {
          for (Object k : p.ownKeys()) {
            if (!(k instanceof String s)) continue;
            if (!seen.add(s)) continue;
            if ((p.getOwnFlags(s) & io.pipy.js.runtime.Shape.ENUMERABLE) != 0) out.add(s);
          }
        }
      } else if (o instanceof String s) {
        for (int i = 0; i < s.length(); i++) out.add(io.pipy.js.runtime.Numbers.toString(i));
      } else if (Ops.isHostObject(o)) {
        out.addAll(Props.hostKeys(o));
      }
      return out;
    }
  }
}
