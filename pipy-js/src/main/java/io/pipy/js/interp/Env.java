package io.pipy.js.interp;

/**
 * Heap storage for variables that inner functions capture. A scope gets an {@code Env} only if
 * one of its variables is captured; others live in the frame's locals array.
 */
final class Env {
  final Object[] slots;
  final Env parent;

  Env(Object[] slots, Env parent) {
    this.slots = slots;
    this.parent = parent;
  }

  Env up(int depth) {
    Env e = this;
    for (int i = 0; i < depth; i++) e = e.parent;
    return e;
  }
}
