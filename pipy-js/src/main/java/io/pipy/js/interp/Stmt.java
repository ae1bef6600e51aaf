package io.pipy.js.interp;

/**
 * A statement node. {@link #exec} returns how the statement completed: normally, or by
 * break/continue (the label, if any, in {@link Frame#label}) or return (the value in
 * {@link Frame#returnValue}).
 */
abstract class Stmt extends Node {
  static final int NORMAL = 0;
  static final int BREAK = 1;
  static final int CONTINUE = 2;
  static final int RETURN = 3;

  Stmt(int pos) {
    super(pos);
  }

  abstract int exec(Frame f);
}
