package io.pipy.js.interp;

/** The value of a let/const/class binding before its declaration runs (temporal dead zone). */
final class Tdz {
  static final Object VALUE = new Object() {
    @Override
    public String toString() {
      return "<uninitialized>";
    }
  };

  private Tdz() {
  }
}
