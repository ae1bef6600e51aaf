package io.pipy.js.interp;

/**
 * The value an optional-chain link yields when its base is undefined or null: every later link
 * passes it on untouched, and the enclosing {@code OptionalChain} node turns it into undefined.
 */
final class Short {
  static final Object CIRCUIT = new Object() {
    @Override
    public String toString() {
      return "<short-circuit>";
    }
  };

  private Short() {
  }
}
