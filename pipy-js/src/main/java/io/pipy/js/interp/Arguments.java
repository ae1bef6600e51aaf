package io.pipy.js.interp;

import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.Numbers;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Shape;

/**
 * The {@code arguments} object. In strict functions and functions with default, destructured or
 * rest parameters it is a plain copy of the arguments. In other sloppy functions it is mapped:
 * {@code arguments[i]} and the i-th parameter are the same variable (for the arguments actually
 * passed) until the element is deleted or redefined.
 */
final class Arguments extends JsObject {

  /** Per mapped index: the array holding the parameter (frame locals or environment slots), or null once unmapped. */
  private Object[][] storage;
  private int[] slots;

  private Arguments(JsObject proto) {
    super(proto);
  }

  @Override
  public String className() {
    return "Arguments";
  }

  static JsObject create(Frame f) {
    Arguments a = new Arguments(f.realm.objectPrototype());
    Object[] args = f.args;
    for (int i = 0; i < args.length; i++) a.defineOwn(Numbers.toString(i), args[i], Shape.DEFAULT);
    a.defineOwn("length", args.length, Shape.HIDDEN);
    Object values = f.realm.arrayPrototype.get("values");
    a.defineOwn(JsSymbol.ITERATOR, values, Shape.HIDDEN);
    int[] map = f.code.mappedParams;
    if (map == null) {
      Object thrower = f.realm.intrinsicOrNull("ThrowTypeError");
      if (thrower != null) a.defineAccessor("callee", thrower, thrower, 0);
    } else {
      a.defineOwn("callee", f.callee, Shape.HIDDEN);
      int n = Math.min(map.length, args.length);
      if (n > 0) {
        a.storage = new Object[n][];
        a.slots = new int[n];
        for (int i = 0; i < n; i++) {
          // A later parameter of the same name wins (function f(a, a)).
          boolean shadowed = false;
          for (int j = i + 1; j < map.length; j++) if (map[j] == map[i]) shadowed = true;
          if (shadowed) continue;
          a.storage[i] = map[i] >= 0 ? f.locals : f.env.slots;
          a.slots[i] = map[i] >= 0 ? map[i] : -map[i] - 1;
        }
      }
    }
    f.argumentsObject = a;
    return a;
  }

  /** The mapped index {@code key} names, or -1. */
  private int mapped(Object key) {
    Object[][] st = storage;
    if (st == null || !(key instanceof String s)) return -1;
    long i = Numbers.arrayIndex(s);
    return i >= 0 && i < st.length && st[(int) i] != null ? (int) i : -1;
  }

  private void unmap(int i) {
    storage[i] = null;
  }

  @Override
  public Object getOwnRaw(Object key) {
    int i = mapped(key);
    if (i >= 0) return StringAccumulator.flat(storage[i][slots[i]]);
    return super.getOwnRaw(key);
  }

  @Override
  protected boolean setOwnExisting(Object key, Object value) {
    int i = mapped(key);
    if (i >= 0) storage[i][slots[i]] = value;
    return super.setOwnExisting(key, value);
  }

  @Override
  public boolean deleteOwn(Object key) {
    int i = mapped(key);
    boolean r = super.deleteOwn(key);
    if (i >= 0 && r) unmap(i);
    return r;
  }

  @Override
  public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
    int i = mapped(key);
    if (i < 0) return super.defineOwnProperty(key, desc);
    // Keep the element's current value in the ordinary property, then apply the change.
    super.defineOwn(key, StringAccumulator.flat(storage[i][slots[i]]), super.getOwnFlags(key));
    boolean ok = super.defineOwnProperty(key, desc);
    if (!ok) return false;
    if (desc.isAccessor()) {
      unmap(i);
    } else {
      if (desc.hasValue) storage[i][slots[i]] = desc.value;
      if (desc.hasWritable && !desc.writable) unmap(i);
    }
    return true;
  }

  static boolean isArrayLike(Object o) {
    return o instanceof JsArray || o instanceof Arguments;
  }
}
