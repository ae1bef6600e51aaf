package io.pipy.js.interp;

/** Stores a value into a resolved variable (used for implicit bindings: arguments, self names). */
interface VarWriter {
  void write(Frame f, Object value);
}
