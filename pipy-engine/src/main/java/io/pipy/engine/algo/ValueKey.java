package io.pipy.engine.algo;

import io.pipy.api.script.Undefined;

/**
 * Script values as map keys, compared the way Pipy compares them: strings by content, numbers
 * by value ({@code 1} and {@code 1.0} are one key, {@code -0} is {@code 0}), booleans, null and
 * undefined by value, and everything else (objects, arrays, functions, host objects) by
 * identity.
 */
public final class ValueKey {

  private static final ValueKey NULL = new ValueKey(null, 1);
  private static final ValueKey UNDEFINED = new ValueKey(Undefined.INSTANCE, 2);

  private final Object value;
  private final int hash;

  private ValueKey(Object value, int hash) {
    this.value = value;
    this.hash = hash;
  }

  /** The key for {@code v}. */
  public static ValueKey of(Object v) {
    if (v == null) return NULL;
    if (v == Undefined.INSTANCE) return UNDEFINED;
    if (v instanceof CharSequence s) {
      String str = s.toString();
      return new ValueKey(str, str.hashCode());
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (d == 0) d = 0.0;
      if (Double.isNaN(d)) d = Double.NaN;
      Double boxed = d;
      return new ValueKey(boxed, boxed.hashCode());
    }
    if (v instanceof Boolean b) return new ValueKey(b, b.hashCode());
    return new ValueKey(v, System.identityHashCode(v));
  }

  /** The script value this key stands for. */
  public Object value() {
    Object v = value;
    if (v instanceof Double d) return JsNumbers.value(d);
    return v;
  }

  private boolean byValue() {
    return value == null || value instanceof String || value instanceof Double || value instanceof Boolean
        || value == Undefined.INSTANCE;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ValueKey k)) return false;
    if (byValue()) return k.byValue() && java.util.Objects.equals(value, k.value);
    return value == k.value;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
