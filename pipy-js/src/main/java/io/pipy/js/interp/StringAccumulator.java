package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;

/**
 * A string being built by repeated {@code s += x} statements on a local variable. Java strings
 * are immutable, so building a long string that way copies it on every step (quadratic); the
 * accumulator appends in place instead. It never escapes its slot: every read of a local other
 * than the append itself turns it back into a plain string ({@link #flat(Object)}).
 */
final class StringAccumulator {

  /** Shorter results are cheaper as plain strings than as an accumulator. */
  static final int THRESHOLD = 64;

  private final StringBuilder sb;
  private String flat;

  StringAccumulator(String a, String b) {
    sb = new StringBuilder(Math.max(THRESHOLD * 2, (a.length() + b.length()) * 2));
    sb.append(a).append(b);
  }

  void append(String s) {
    if ((long) sb.length() + s.length() > (1L << 30)) throw Errors.rangeError("Invalid string length");
    sb.append(s);
    flat = null;
  }

  @Override
  public String toString() {
    String f = flat;
    if (f == null) flat = f = sb.toString();
    return f;
  }

  /** {@code v} with an accumulator turned into its string. */
  static Object flat(Object v) {
    return v instanceof StringAccumulator a ? a.toString() : v;
  }
}
