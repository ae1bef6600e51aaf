package io.pipy.js.interp;

import io.pipy.js.runtime.Ops;

/** An expression node. */
abstract class Expr extends Node {

  Expr(int pos) {
    super(pos);
  }

  abstract Object eval(Frame f);

  /** The value as a boolean; nodes that compute booleans override this to avoid boxing. */
  boolean evalBoolean(Frame f) {
    return Ops.toBoolean(eval(f));
  }
}
