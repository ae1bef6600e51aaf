package io.pipy.js.interp;

import io.pipy.js.runtime.Ops;
import java.util.ArrayList;
import java.util.List;

/** Evaluates argument lists, with spread. */
final class Args {

  private Args() {
  }

  static final Expr[] NONE = new Expr[0];

  static Object[] eval(Frame f, Expr[] args, boolean hasSpread) {
    int n = args.length;
    if (n == 0) return Ops.NO_ARGS;
    if (!hasSpread) {
      Object[] out = new Object[n];
      for (int i = 0; i < n; i++) out[i] = args[i].eval(f);
      return out;
    }
    List<Object> out = new ArrayList<>(n + 4);
    for (Expr a : args) {
      if (a instanceof LiteralNodes.SpreadMarker s) {
        Iteration.forEach(f, s.expr.eval(f), out::add);
      } else {
        out.add(a.eval(f));
      }
    }
    return out.toArray();
  }

  static boolean hasSpread(Expr[] args) {
    for (Expr a : args) if (a instanceof LiteralNodes.SpreadMarker) return true;
    return false;
  }
}
