package io.pipy.js.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * A hidden class: the prototype and the ordered list of own property keys (with attributes) of
 * the objects that share it. Objects built the same way share one shape, so a property access
 * site can remember "objects of shape S keep key K in slot N" and skip the lookup next time.
 *
 * <p>Shapes are immutable and form a transition tree rooted at one empty shape per prototype.
 * An object whose properties are deleted or that grows very large leaves the tree for a
 * dictionary (see {@link JsObject}), whose shape is marked {@link #cacheable() uncacheable}.
 */
public final class Shape {

  public static final int WRITABLE = 1;
  public static final int ENUMERABLE = 2;
  public static final int CONFIGURABLE = 4;
  /** The slot holds an {@link Accessor}. */
  public static final int ACCESSOR = 8;
  public static final int DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE;
  /** Built-in methods: writable and configurable, not enumerable. */
  public static final int HIDDEN = WRITABLE | CONFIGURABLE;

  /** Objects with more own properties than this become dictionaries. */
  static final int MAX_SHAPED = 128;

  private static final Object[] NO_KEYS = new Object[0];
  private static final int[] NO_FLAGS = new int[0];

  final JsObject proto;
  final Object[] keys;
  final int[] flags;
  final int size;
  private final boolean cacheable;
  private Map<Object, Integer> index;
  /** Default-attribute transitions; each edge is the pair {@link #last} points at, made once. */
  private Map<Object, LastTransition> transitions;
  private Map<Transition, Shape> otherTransitions;
  /**
   * The last default-attribute transition taken, checked by identity before the map: objects
   * built the same way again and again (HTTP heads, JSON) take the same path each time. One
   * immutable pair, so a reader never sees a key with another key's shape.
   */
  private LastTransition last;

  private record Transition(Object key, int flags) {
  }

  private record LastTransition(Object key, Shape shape) {
  }

  private Shape(JsObject proto, Object[] keys, int[] flags, int size, boolean cacheable) {
    this.proto = proto;
    this.keys = keys;
    this.flags = flags;
    this.size = size;
    this.cacheable = cacheable;
  }

  /** The empty root shape for objects with prototype {@code proto} (may be null). */
  static Shape root(JsObject proto) {
    return new Shape(proto, NO_KEYS, NO_FLAGS, 0, true);
  }

  /** The shape all dictionary-mode objects with this prototype carry; never cached by access sites. */
  static Shape dictionary(JsObject proto) {
    return new Shape(proto, NO_KEYS, NO_FLAGS, 0, false);
  }

  public JsObject proto() {
    return proto;
  }

  /** Whether access sites may remember this shape. */
  public boolean cacheable() {
    return cacheable;
  }

  public int size() {
    return size;
  }

  public Object key(int slot) {
    return keys[slot];
  }

  public int flags(int slot) {
    return flags[slot];
  }

  /** The slot of {@code key}, or -1. */
  public int lookup(Object key) {
    if (size <= 8) {
      Object[] k = keys;
      for (int i = size - 1; i >= 0; i--) {
        if (k[i] == key || k[i].equals(key)) return i;
      }
      return -1;
    }
    Map<Object, Integer> idx = index;
    if (idx == null) {
      idx = new HashMap<>(size * 2);
      for (int i = 0; i < size; i++) idx.put(keys[i], i);
      index = idx;
    }
    Integer i = idx.get(key);
    return i == null ? -1 : i;
  }

  /** The shape after adding {@code key} with {@code attrs} (cached, so equal paths share shapes). */
  Shape add(Object key, int attrs) {
    if (attrs == DEFAULT) {
      LastTransition l = last;
      if (l != null && l.key == key) return l.shape;
      if (transitions == null) transitions = new HashMap<>(4);
      // The edge itself is cached, not just its shape: objects built two ways in turn (request
      // and response headers) switch the last edge every time and must not allocate to do so.
      LastTransition e = transitions.get(key);
      if (e == null) {
        e = new LastTransition(key, extend(key, attrs));
        transitions.put(key, e);
      }
      last = e;
      return e.shape;
    }
    if (otherTransitions == null) otherTransitions = new HashMap<>(4);
    Transition t = new Transition(key, attrs);
    Shape s = otherTransitions.get(t);
    if (s == null) {
      s = extend(key, attrs);
      otherTransitions.put(t, s);
    }
    return s;
  }

  private Shape extend(Object key, int attrs) {
    Object[] k = new Object[size + 1];
    int[] f = new int[size + 1];
    System.arraycopy(keys, 0, k, 0, size);
    System.arraycopy(flags, 0, f, 0, size);
    k[size] = key;
    f[size] = attrs;
    return new Shape(proto, k, f, size + 1, true);
  }

  /** The same keys with {@code slot}'s attributes changed (not shared: such changes are rare). */
  Shape withFlags(int slot, int attrs) {
    int[] f = flags.clone();
    f[slot] = attrs;
    return new Shape(proto, keys, f, size, true);
  }

  /** The same keys over another prototype. */
  Shape withProto(JsObject newProto) {
    Shape s = newProto == null ? root(null) : newProto.childRoot();
    for (int i = 0; i < size; i++) s = s.add(keys[i], flags[i]);
    return s;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Shape{");
    for (int i = 0; i < size; i++) {
      if (i > 0) sb.append(',');
      sb.append(keys[i]);
    }
    return sb.append('}').toString();
  }
}
