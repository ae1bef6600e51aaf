package io.pipy.js.runtime;

import io.pipy.api.Context;
import java.util.ArrayList;
import java.util.List;

/** A Boolean, Number, String or Symbol wrapper object ({@code new Number(1)}, {@code Object('s')}). */
public final class PrimitiveWrapper extends JsObject {

  public final Object value;

  public PrimitiveWrapper(JsObject proto, Object value) {
    super(proto);
    this.value = value;
  }

  @Override
  public String className() {
    if (value instanceof Boolean) return "Boolean";
    if (value instanceof Number) return "Number";
    if (value instanceof CharSequence) return "String";
    return "Symbol";
  }

  // String wrappers expose their characters and length as read-only own properties.

  private int charIndex(Object key) {
    if (value instanceof CharSequence s && key instanceof String k) {
      long i = Numbers.arrayIndex(k);
      if (i >= 0 && i < s.length()) return (int) i;
    }
    return -1;
  }

  @Override
  public Object getOwnRaw(Object key) {
    if (value instanceof CharSequence s) {
      if ("length".equals(key)) return s.length();
      int i = charIndex(key);
      if (i >= 0) return String.valueOf(s.charAt(i));
    }
    return super.getOwnRaw(key);
  }

  @Override
  public int getOwnFlags(Object key) {
    if (value instanceof CharSequence) {
      if ("length".equals(key)) return 0;
      if (charIndex(key) >= 0) return Shape.ENUMERABLE;
    }
    return super.getOwnFlags(key);
  }

  @Override
  public Object get(Object key, Object receiver, Context ctx) {
    Object own = value instanceof CharSequence ? getOwnRaw(key) : NOT_FOUND;
    if (own != NOT_FOUND && !(own instanceof Accessor)) return own;
    return super.get(key, receiver, ctx);
  }

  @Override
  public boolean deleteOwn(Object key) {
    if (value instanceof CharSequence && ("length".equals(key) || charIndex(key) >= 0)) return false;
    return super.deleteOwn(key);
  }

  @Override
  public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
    if (value instanceof CharSequence && ("length".equals(key) || charIndex(key) >= 0)) {
      PropertyDescriptor cur = getOwnProperty(key);
      if (desc.isAccessor() || (desc.hasConfigurable && desc.configurable) || (desc.hasWritable && desc.writable)) return false;
      if (desc.hasEnumerable && desc.enumerable != cur.enumerable) return false;
      return !desc.hasValue || Ops.sameValue(desc.value, cur.value);
    }
    return super.defineOwnProperty(key, desc);
  }

  @Override
  public List<Object> ownKeys() {
    if (value instanceof CharSequence s) {
      List<Object> idx = new ArrayList<>();
      for (int i = 0; i < s.length(); i++) idx.add(Numbers.toString(i));
      List<Object> rest = super.ownKeys();
      List<Object> out = orderKeys(new ArrayList<>(rest), idx);
      int at = 0;
      while (at < out.size() && out.get(at) instanceof String k && Numbers.isArrayIndex(k)) at++;
      out.add(at, "length");
      return out;
    }
    return super.ownKeys();
  }
}
