package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordinary script object: a {@link Shape} (hidden class) plus a slot array, or, after
 * deletions or once very large, a dictionary. Exotic objects (arrays, functions, errors …)
 * subclass it and override the virtual property operations.
 *
 * <p>Keys are {@link String}s (array-index keys in canonical decimal form) or {@link JsSymbol}s.
 * The methods taking a {@link Context} pass it to getters and setters; {@code null} means the
 * realm's default context.
 */
public class JsObject implements ScriptObject {

  /** Marks "no such own property" in raw lookups. */
  public static final Object NOT_FOUND = new Object() {
    @Override
    public String toString() {
      return "NOT_FOUND";
    }
  };

  private static final Object[] NO_SLOTS = new Object[0];

  /** A dictionary-mode property. */
  static final class DictProp {
    Object value;
    int flags;

    DictProp(Object value, int flags) {
      this.value = value;
      this.flags = flags;
    }
  }

  /**
   * Counts changes to objects that are some object's prototype: a property added or its
   * attributes changed, or the prototype itself replaced. Caches that rely on a key being absent
   * from a whole prototype chain (the add-property cache of assignments) compare it.
   */
  public static int protoEpoch;

  public Shape shape;
  public Object[] slots;
  Map<Object, DictProp> dict;
  boolean extensible = true;
  private Shape childRoot;

  /** An empty object with prototype {@code proto}. */
  public JsObject(JsObject proto) {
    this.shape = proto == null ? Shape.root(null) : proto.childRoot();
    this.slots = NO_SLOTS;
  }

  /** An object of a known shape with its slots already filled (object literals). */
  public JsObject(Shape shape, Object[] slots) {
    this.shape = shape;
    this.slots = slots;
  }

  /** The root shape of objects whose prototype is this object. */
  public final Shape childRoot() {
    Shape r = childRoot;
    if (r == null) childRoot = r = Shape.root(this);
    return r;
  }

  public final JsObject proto() {
    return shape.proto;
  }

  /** The class name for {@code Object.prototype.toString} and display. */
  public String className() {
    return "Object";
  }

  public final boolean isDictionary() {
    return dict != null;
  }

  public boolean isExtensible() {
    return extensible;
  }

  public boolean preventExtensions() {
    extensible = false;
    return true;
  }

  /** Changes the prototype; false if not allowed (non-extensible, or a cycle). */
  public boolean setProto(JsObject proto) {
    if (proto == shape.proto) return true;
    if (!extensible) return false;
    for (JsObject p = proto; p != null; p = p.proto()) {
      if (p == this) return false;
    }
    if (dict != null) {
      shape = Shape.dictionary(proto);
    } else {
      shape = shape.withProto(proto);
    }
    if (childRoot != null) protoEpoch++;
    return true;
  }

  // ------------------------------------------------------------------ raw own-property access

  /** The own slot of {@code key} in shaped mode, or -1 (always -1 in dictionary mode). */
  public final int findSlot(Object key) {
    return dict == null ? shape.lookup(key) : -1;
  }

  /**
   * The raw own value of {@code key} (an {@link Accessor} for accessors), or {@link #NOT_FOUND}.
   * Exotic objects override this for their virtual properties.
   */
  public Object getOwnRaw(Object key) {
    if (dict != null) {
      DictProp p = dict.get(key);
      return p == null ? NOT_FOUND : p.value;
    }
    int i = shape.lookup(key);
    return i < 0 ? NOT_FOUND : slots[i];
  }

  /** The attributes of own property {@code key}; only meaningful when it exists. */
  public int getOwnFlags(Object key) {
    if (dict != null) {
      DictProp p = dict.get(key);
      return p == null ? 0 : p.flags;
    }
    int i = shape.lookup(key);
    return i < 0 ? 0 : shape.flags[i];
  }

  /** Own property descriptor, or null. */
  public PropertyDescriptor getOwnProperty(Object key) {
    Object v = getOwnRaw(key);
    if (v == NOT_FOUND) return null;
    int f = getOwnFlags(key);
    if ((f & Shape.ACCESSOR) != 0) {
      Accessor a = (Accessor) v;
      return PropertyDescriptor.accessor(a.getter, a.setter, f);
    }
    return PropertyDescriptor.data(v, f);
  }

  /** Adds or overwrites own data property {@code key} with attributes {@code flags}, no checks. */
  public void defineOwn(Object key, Object value, int flags) {
    if (dict != null) {
      DictProp p = dict.get(key);
      if (p == null) {
        dict.put(key, new DictProp(value, flags));
        if (childRoot != null) protoEpoch++;
      } else {
        p.value = value;
        if (p.flags != flags && childRoot != null) protoEpoch++;
        p.flags = flags;
      }
      return;
    }
    int i = shape.lookup(key);
    if (i >= 0) {
      slots[i] = value;
      if (shape.flags[i] != flags) {
        shape = shape.withFlags(i, flags);
        if (childRoot != null) protoEpoch++;
      }
      return;
    }
    appendSlot(key, value, flags);
  }

  /** Defines an accessor property, no checks. */
  public void defineAccessor(Object key, Object getter, Object setter, int flags) {
    defineOwn(key, new Accessor(getter, setter), (flags | Shape.ACCESSOR) & ~Shape.WRITABLE);
  }

  /** Appends a new own property (caller knows it does not exist yet). */
  final void appendSlot(Object key, Object value, int flags) {
    if (childRoot != null) protoEpoch++;
    if (dict != null) {
      dict.put(key, new DictProp(value, flags));
      return;
    }
    int n = shape.size;
    if (n >= Shape.MAX_SHAPED) {
      toDictionary();
      dict.put(key, new DictProp(value, flags));
      return;
    }
    shape = shape.add(key, flags);
    if (slots.length <= n) slots = Arrays.copyOf(slots, n < 4 ? 4 : n * 2);
    slots[n] = value;
  }

  /** Leaves the shape tree: from now on this object keeps its properties in a map. */
  final void toDictionary() {
    if (dict != null) return;
    Map<Object, DictProp> d = new LinkedHashMap<>(Math.max(16, shape.size * 2));
    for (int i = 0; i < shape.size; i++) d.put(shape.keys[i], new DictProp(slots[i], shape.flags[i]));
    dict = d;
    shape = Shape.dictionary(shape.proto);
    slots = NO_SLOTS;
  }

  /** [[Delete]]: false if the property exists and is not configurable. */
  public boolean deleteOwn(Object key) {
    if (dict != null) {
      DictProp p = dict.get(key);
      if (p == null) return true;
      if ((p.flags & Shape.CONFIGURABLE) == 0) return false;
      dict.remove(key);
      return true;
    }
    int i = shape.lookup(key);
    if (i < 0) return true;
    if ((shape.flags[i] & Shape.CONFIGURABLE) == 0) return false;
    toDictionary();
    dict.remove(key);
    return true;
  }

  /**
   * Own keys in ECMAScript order: array indexes ascending, then other strings in creation
   * order, then symbols in creation order.
   */
  public List<Object> ownKeys() {
    List<Object> raw = new ArrayList<>();
    if (dict != null) raw.addAll(dict.keySet());
    else for (int i = 0; i < shape.size; i++) raw.add(shape.keys[i]);
    return orderKeys(raw, null);
  }

  /** Orders keys as ownKeys requires; {@code leadingIndexes} are indexes known to come first. */
  static List<Object> orderKeys(List<Object> raw, List<Object> leadingIndexes) {
    List<Long> indexes = null;
    List<Object> strings = new ArrayList<>(raw.size());
    List<Object> symbols = null;
    for (Object k : raw) {
      if (k instanceof String s) {
        long idx = Numbers.arrayIndex(s);
        if (idx >= 0) {
          if (indexes == null) indexes = new ArrayList<>();
          indexes.add(idx);
        } else {
          strings.add(s);
        }
      } else if (k instanceof JsSymbol) {
        if (symbols == null) symbols = new ArrayList<>();
        symbols.add(k);
      }
      // Other key types (private names) are never exposed.
    }
    List<Object> out = new ArrayList<>(raw.size() + (leadingIndexes == null ? 0 : leadingIndexes.size()));
    if (leadingIndexes != null && indexes == null) {
      out.addAll(leadingIndexes);
    } else if (indexes != null) {
      if (leadingIndexes != null) {
        for (Object o : leadingIndexes) indexes.add(Long.parseLong((String) o));
      }
      indexes.sort(null);
      for (Long l : indexes) out.add(l < 1024 ? Numbers.toString((int) (long) l) : Long.toString(l));
    }
    out.addAll(strings);
    if (symbols != null) out.addAll(symbols);
    return out;
  }

  // ------------------------------------------------------------------ [[Get]] / [[Set]]

  /** [[Get]] with this object as the receiver. */
  public final Object get(Object key, Context ctx) {
    return get(key, this, ctx);
  }

  /** [[Get]]: own property, then the prototype chain; accessors are called on {@code receiver}. */
  public Object get(Object key, Object receiver, Context ctx) {
    JsObject o = this;
    while (o != null) {
      Object v = o.getOwnRaw(key);
      if (v != NOT_FOUND) {
        if (v instanceof Accessor a && (o.getOwnFlags(key) & Shape.ACCESSOR) != 0) {
          if (a.getter instanceof JsFunction g) return g.invoke(ctx, receiver, Ops.NO_ARGS);
          return Undefined.INSTANCE;
        }
        return v;
      }
      o = o.proto();
    }
    return Undefined.INSTANCE;
  }

  /**
   * [[Set]]: returns false when the assignment is not allowed (read-only, no setter,
   * non-extensible); strict code turns that into a TypeError.
   */
  public boolean set(Object key, Object value, Object receiver, Context ctx) {
    JsObject o = this;
    while (o != null) {
      Object v = o.getOwnRaw(key);
      if (v != NOT_FOUND) {
        int f = o.getOwnFlags(key);
        if ((f & Shape.ACCESSOR) != 0) {
          Object setter = ((Accessor) v).setter;
          if (setter instanceof JsFunction s) {
            s.invoke(ctx, receiver, new Object[] {value});
            return true;
          }
          return false;
        }
        if ((f & Shape.WRITABLE) == 0) return false;
        if (o == receiver) return o.setOwnExisting(key, value);
        break;
      }
      o = o.proto();
    }
    if (!(receiver instanceof JsObject r)) return false;
    if (r != this || o != null) {
      // Found on a prototype (writable data) or set through a different receiver.
      Object existing = r.getOwnRaw(key);
      if (existing != NOT_FOUND) {
        int f = r.getOwnFlags(key);
        if ((f & Shape.ACCESSOR) != 0 || (f & Shape.WRITABLE) == 0) return false;
        return r.setOwnExisting(key, value);
      }
    }
    return r.addOwn(key, value);
  }

  /** Writes an existing writable own data property. Exotics override for virtual properties. */
  protected boolean setOwnExisting(Object key, Object value) {
    if (dict != null) {
      dict.get(key).value = value;
      return true;
    }
    slots[shape.lookup(key)] = value;
    return true;
  }

  /** Creates a new own data property with default attributes; false if not extensible. */
  protected boolean addOwn(Object key, Object value) {
    if (!extensible) return false;
    appendSlot(key, value, Shape.DEFAULT);
    return true;
  }

  /** [[HasProperty]]. */
  public boolean hasProperty(Object key) {
    for (JsObject o = this; o != null; o = o.proto()) {
      if (o.getOwnRaw(key) != NOT_FOUND) return true;
    }
    return false;
  }

  public boolean hasOwnProperty(Object key) {
    return getOwnRaw(key) != NOT_FOUND;
  }

  // ------------------------------------------------------------------ [[DefineOwnProperty]]

  /** ValidateAndApplyPropertyDescriptor: false when the change is not allowed. */
  public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
    PropertyDescriptor current = getOwnProperty(key);
    if (current == null) {
      if (!isExtensible()) return false;
      if (desc.isAccessor()) {
        defineAccessor(key, desc.getter, desc.setter, desc.flags());
      } else {
        defineOwnData(key, desc.value, desc.flags());
      }
      return true;
    }
    if (!current.configurable) {
      if (desc.hasConfigurable && desc.configurable) return false;
      if (desc.hasEnumerable && desc.enumerable != current.enumerable) return false;
      if (desc.isAccessor() != current.isAccessor() && (desc.isAccessor() || desc.isData())) return false;
      if (current.isAccessor()) {
        if (desc.hasGetter && !Ops.sameValue(desc.getter, current.getter)) return false;
        if (desc.hasSetter && !Ops.sameValue(desc.setter, current.setter)) return false;
      } else if (!current.writable) {
        if (desc.hasWritable && desc.writable) return false;
        if (desc.hasValue && !Ops.sameValue(desc.value, current.value)) return false;
      }
    }
    boolean enumerable = desc.hasEnumerable ? desc.enumerable : current.enumerable;
    boolean configurable = desc.hasConfigurable ? desc.configurable : current.configurable;
    int f = (enumerable ? Shape.ENUMERABLE : 0) | (configurable ? Shape.CONFIGURABLE : 0);
    if (desc.isAccessor() || (!desc.isData() && current.isAccessor())) {
      Object g = desc.hasGetter ? desc.getter : current.isAccessor() ? current.getter : Undefined.INSTANCE;
      Object s = desc.hasSetter ? desc.setter : current.isAccessor() ? current.setter : Undefined.INSTANCE;
      redefine(key, new Accessor(g, s), f | Shape.ACCESSOR);
    } else {
      boolean writable = desc.hasWritable ? desc.writable : !current.isAccessor() && current.writable;
      Object v = desc.hasValue ? desc.value : current.isAccessor() ? Undefined.INSTANCE : current.value;
      if (writable) f |= Shape.WRITABLE;
      if (current.isData() && current.writable == writable && current.enumerable == enumerable
          && current.configurable == configurable) {
        if (desc.hasValue) setOwnExisting(key, v);
        return true;
      }
      redefine(key, v, f);
    }
    return true;
  }

  /** Defines a new own data property (exotics override for indexes). */
  protected void defineOwnData(Object key, Object value, int flags) {
    defineOwn(key, value, flags);
  }

  /** Replaces an existing own property's value and attributes. */
  protected void redefine(Object key, Object value, int flags) {
    defineOwn(key, value, flags);
  }

  // ------------------------------------------------------------------ ScriptObject

  @Override
  public Object get(String key) {
    return get(key, this, null);
  }

  /**
   * Where a {@link io.pipy.api.script.PropertyKey} found its property last: in own slot
   * {@code slot} of plain objects of {@code shape}, or (slot -1) on none of them nor their
   * prototypes while {@link #protoEpoch} is still {@code epoch}.
   */
  private record KeyNote(Shape shape, int slot, int epoch) {
  }

  /**
   * [[Get]] with the key's note as an inline cache: an own data property of a plain object is
   * found by comparing shapes, and so is a property no object of the shape or its prototype
   * chain has (the prototypes are plain objects and none has gained a property since).
   */
  @Override
  public Object get(io.pipy.api.script.PropertyKey key) {
    if (getClass() != JsObject.class || dict != null) return get(key.name());
    Shape s = shape;
    if (key.note() instanceof KeyNote n && n.shape == s) {
      if (n.slot >= 0) return slots[n.slot];
      if (n.epoch == protoEpoch) return Undefined.INSTANCE;
    }
    String name = key.name();
    int i = s.lookup(name);
    if (i >= 0) {
      if ((s.flags[i] & Shape.ACCESSOR) != 0) return get(name);
      key.note(new KeyNote(s, i, 0));
      return slots[i];
    }
    int epoch = protoEpoch;
    Object v = get(name);
    if (v == Undefined.INSTANCE && plainChainWithout(name)) key.note(new KeyNote(s, -1, epoch));
    return v;
  }

  /** Whether every prototype of this object is a plain object without property {@code key}. */
  private boolean plainChainWithout(String key) {
    for (JsObject p = proto(); p != null; p = p.proto()) {
      if (p.getClass() != JsObject.class || p.getOwnRaw(key) != NOT_FOUND) return false;
    }
    return true;
  }

  @Override
  public void set(String key, Object value) {
    set(key, value, this, null);
  }

  @Override
  public boolean has(String key) {
    return hasProperty(key);
  }

  @Override
  public boolean delete(String key) {
    return deleteOwn(key);
  }

  @Override
  public Iterable<String> keys() {
    List<String> out = new ArrayList<>();
    for (Object k : ownKeys()) {
      if (k instanceof String s && (getOwnFlags(s) & Shape.ENUMERABLE) != 0) out.add(s);
    }
    return out;
  }

  /**
   * CreateDataProperty. An ordinary object in shaped mode takes the fast path Java code filling
   * in fresh objects needs (HTTP heads): no prototype walk, and a shape transition that is
   * usually cached; anything else goes through [[DefineOwnProperty]].
   */
  @Override
  public void define(String key, Object value) {
    if (getClass() == JsObject.class && dict == null) {
      int i = shape.lookup(key);
      if (i < 0) {
        if (extensible) {
          appendSlot(key, value, Shape.DEFAULT);
          return;
        }
      } else if (shape.flags[i] == Shape.DEFAULT) {
        slots[i] = value;
        return;
      }
    }
    defineOwnProperty(key, PropertyDescriptor.data(value, Shape.DEFAULT));
  }

  /**
   * Own enumerable string-keyed entries in property order. An ordinary object in shaped mode
   * with no accessors and no array-index keys is walked slot by slot, with no lookups and no
   * key list; anything else as {@link #keys} and {@link #get} would.
   */
  @Override
  public void forEach(java.util.function.BiConsumer<String, Object> action) {
    if (getClass() == JsObject.class && dict == null) {
      Shape s = shape;
      Object[] v = slots;
      int n = s.size;
      boolean simple = true;
      for (int i = 0; i < n && simple; i++) {
        simple = (s.flags[i] & Shape.ACCESSOR) == 0
            && !(s.keys[i] instanceof String k && !k.isEmpty() && k.charAt(0) <= '9' && Numbers.arrayIndex(k) >= 0);
      }
      if (simple) {
        for (int i = 0; i < n; i++) {
          if (s.keys[i] instanceof String k && (s.flags[i] & Shape.ENUMERABLE) != 0) action.accept(k, v[i]);
        }
        return;
      }
    }
    ScriptObject.super.forEach(action);
  }

  @Override
  public String toString() {
    return "[object " + className() + "]";
  }
}
