package io.pipy.js.runtime;

import io.pipy.api.script.Undefined;

/**
 * A property descriptor as {@code Object.defineProperty} takes it: any field may be absent. Used
 * on slow paths only (definition, introspection); reads and writes go through slots directly.
 */
public final class PropertyDescriptor {
  public Object value = Undefined.INSTANCE;
  public Object getter = Undefined.INSTANCE;
  public Object setter = Undefined.INSTANCE;
  public boolean writable;
  public boolean enumerable;
  public boolean configurable;
  public boolean hasValue;
  public boolean hasGetter;
  public boolean hasSetter;
  public boolean hasWritable;
  public boolean hasEnumerable;
  public boolean hasConfigurable;

  public static PropertyDescriptor data(Object value, int flags) {
    PropertyDescriptor d = new PropertyDescriptor();
    d.value = value;
    d.hasValue = true;
    d.writable = (flags & Shape.WRITABLE) != 0;
    d.enumerable = (flags & Shape.ENUMERABLE) != 0;
    d.configurable = (flags & Shape.CONFIGURABLE) != 0;
    d.hasWritable = d.hasEnumerable = d.hasConfigurable = true;
    return d;
  }

  public static PropertyDescriptor accessor(Object getter, Object setter, int flags) {
    PropertyDescriptor d = new PropertyDescriptor();
    d.getter = getter;
    d.setter = setter;
    d.hasGetter = d.hasSetter = true;
    d.enumerable = (flags & Shape.ENUMERABLE) != 0;
    d.configurable = (flags & Shape.CONFIGURABLE) != 0;
    d.hasEnumerable = d.hasConfigurable = true;
    return d;
  }

  public boolean isAccessor() {
    return hasGetter || hasSetter;
  }

  public boolean isData() {
    return hasValue || hasWritable;
  }

  /** The attribute bits, absent ones counted as false. */
  public int flags() {
    int f = 0;
    if (writable) f |= Shape.WRITABLE;
    if (enumerable) f |= Shape.ENUMERABLE;
    if (configurable) f |= Shape.CONFIGURABLE;
    if (isAccessor()) f |= Shape.ACCESSOR;
    return f;
  }
}
