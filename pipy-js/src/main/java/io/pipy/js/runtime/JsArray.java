package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A script array: dense elements in a Java array, holes marked by {@link #HOLE}, and a
 * {@code length}. Elements with unusual attributes, or far beyond the dense part, live as named
 * properties of the underlying object (the slow path); reads of holes fall through to them.
 */
public final class JsArray extends JsObject implements ScriptArray {

  /** An absent element. */
  public static final Object HOLE = new Object() {
    @Override
    public String toString() {
      return "<hole>";
    }
  };

  private static final Object[] EMPTY = new Object[0];
  /** Beyond this gap, writes go to the sparse (named) storage instead of growing the dense array. */
  private static final int MAX_GAP = 1 << 20;

  public Object[] elems;
  public int length;
  private boolean lengthWritable = true;
  /** Set when some element lives in named storage; reads of holes must then look there. */
  private boolean sparse;
  /** Set by freeze/seal: dense elements are then read-only and/or non-configurable. */
  int elementFlags = Shape.DEFAULT;

  public JsArray(JsObject proto) {
    super(proto);
    this.elems = EMPTY;
  }

  public JsArray(JsObject proto, Object[] elems, int length) {
    super(proto);
    this.elems = elems;
    this.length = length;
  }

  @Override
  public String className() {
    return "Array";
  }

  /** Whether the element reads and writes may use the dense fast path. */
  public boolean isDenseFast() {
    return !sparse && elementFlags == Shape.DEFAULT;
  }

  /** The element at {@code i} (fast path for non-negative ints), following the prototype for holes. */
  public Object getElement(int i, Context ctx) {
    if (i < length && i < elems.length) {
      Object v = elems[i];
      if (v != HOLE) return v;
    }
    return super.get(Numbers.toString(i), this, ctx);
  }

  /** Sets element {@code i}; false when not allowed. */
  public boolean setElement(int i, Object value, Context ctx) {
    if (isDenseFast() && i < elems.length && i < length && elems[i] != HOLE) {
      elems[i] = value;
      return true;
    }
    if (i >= length && !lengthWritable) return false;
    if (isDenseFast() && i >= 0 && (long) i - length < MAX_GAP && extensible && !protoChainHasIndex()) {
      ensureCapacity(i + 1);
      if (i >= length) {
        Arrays.fill(elems, length, i, HOLE);
        length = i + 1;
      }
      elems[i] = value;
      return true;
    }
    return super.set(Numbers.toString(i), value, this, ctx);
  }

  /** Whether some prototype defines an index property (then holes must consult it on writes). */
  private boolean protoChainHasIndex() {
    for (JsObject p = proto(); p != null; p = p.proto()) {
      if (p instanceof JsArray a) {
        if (a.length > 0) return true;
      } else if (p.isDictionary() || p.shape.size() > 0) {
        for (Object k : p.ownKeys()) {
          if (k instanceof String s && Numbers.isArrayIndex(s)) return true;
        }
      }
    }
    return false;
  }

  public void push(Object value) {
    if (isDenseFast() && lengthWritable) {
      ensureCapacity(length + 1);
      elems[length++] = value;
    } else {
      setElement(length, value, null);
    }
  }

  public void ensureCapacity(int n) {
    if (elems.length < n) {
      int cap = Math.max(n, elems.length < 8 ? 8 : elems.length + (elems.length >> 1));
      Object[] e = Arrays.copyOf(elems, cap);
      elems = e;
    }
  }

  // ------------------------------------------------------------------ virtual properties

  private static long index(Object key) {
    return key instanceof String s ? Numbers.arrayIndex(s) : -1;
  }

  @Override
  public Object getOwnRaw(Object key) {
    if ("length".equals(key)) return length;
    long i = index(key);
    if (i >= 0 && i < length && i < elems.length) {
      Object v = elems[(int) i];
      if (v != HOLE) return v;
    }
    return super.getOwnRaw(key);
  }

  @Override
  public int getOwnFlags(Object key) {
    if ("length".equals(key)) return lengthWritable ? Shape.WRITABLE : 0;
    long i = index(key);
    if (i >= 0 && i < length && i < elems.length && elems[(int) i] != HOLE) return elementFlags;
    return super.getOwnFlags(key);
  }

  @Override
  public Object get(Object key, Object receiver, Context ctx) {
    if (key instanceof String s) {
      if (s.equals("length")) return length;
      long i = Numbers.arrayIndex(s);
      if (i >= 0 && i < length && i < elems.length) {
        Object v = elems[(int) i];
        if (v != HOLE) return v;
      }
    }
    return super.get(key, receiver, ctx);
  }

  @Override
  public boolean set(Object key, Object value, Object receiver, Context ctx) {
    if (receiver == this && key instanceof String s) {
      if (s.equals("length")) return setLength(value);
      long i = Numbers.arrayIndex(s);
      if (i >= 0 && i <= Integer.MAX_VALUE - 8 && isDenseFast()) return setElement((int) i, value, ctx);
    }
    return super.set(key, value, receiver, ctx);
  }

  @Override
  protected boolean setOwnExisting(Object key, Object value) {
    long i = index(key);
    if (i >= 0 && i < length && i < elems.length && elems[(int) i] != HOLE) {
      elems[(int) i] = value;
      return true;
    }
    return super.setOwnExisting(key, value);
  }

  @Override
  protected boolean addOwn(Object key, Object value) {
    long i = index(key);
    if (i >= 0) {
      if (i >= length && !lengthWritable) return false;
      if (!extensible) return false;
      if (isDenseFast() && i - length < MAX_GAP && i < Integer.MAX_VALUE - 8) {
        int n = (int) i;
        ensureCapacity(n + 1);
        if (n >= length) {
          Arrays.fill(elems, length, n, HOLE);
          length = n + 1;
        }
        elems[n] = value;
        return true;
      }
      sparse = true;
      super.appendSlot(key, value, Shape.DEFAULT);
      if (i >= length) length = (int) Math.min(i + 1, Integer.MAX_VALUE);
      return true;
    }
    return super.addOwn(key, value);
  }

  /** Sets {@code length} from a script value; RangeError for invalid lengths. */
  public boolean setLength(Object value) {
    double d = Ops.toNumber(value);
    long n = (long) d;
    if (d != n || n < 0 || n > 4294967295L) throw Errors.rangeError("Invalid array length");
    if (n > Integer.MAX_VALUE - 8) throw Errors.rangeError("array length " + n + " is not supported");
    if (!lengthWritable) return n == length;
    truncate((int) n);
    return true;
  }

  /** Sets the length, dropping or adding holes. */
  public void truncate(int n) {
    if (n < length) {
      if (sparse) {
        for (Object k : super.ownKeys()) {
          long i = index(k);
          if (i >= n) super.deleteOwn(k);
        }
      }
      if (n < elems.length) Arrays.fill(elems, n, Math.min(length, elems.length), HOLE);
      length = n;
    } else if (n > length) {
      if (n - length < MAX_GAP) {
        ensureCapacity(n);
        Arrays.fill(elems, length, n, HOLE);
      } else {
        sparse = true;
      }
      length = n;
    }
  }

  @Override
  public boolean deleteOwn(Object key) {
    long i = index(key);
    if (i >= 0 && i < length && i < elems.length && elems[(int) i] != HOLE) {
      if ((elementFlags & Shape.CONFIGURABLE) == 0) return false;
      elems[(int) i] = HOLE;
      return true;
    }
    if ("length".equals(key)) return false;
    return super.deleteOwn(key);
  }

  @Override
  public List<Object> ownKeys() {
    List<Object> idx = new ArrayList<>();
    int n = Math.min(length, elems.length);
    for (int i = 0; i < n; i++) {
      if (elems[i] != HOLE) idx.add(Numbers.toString(i));
    }
    List<Object> rest = super.ownKeys();
    if (!sparse) {
      List<Object> out = new ArrayList<>(idx.size() + rest.size() + 1);
      out.addAll(idx);
      // "length" is an own property that comes after the indexes and before other strings.
      int firstNonIndex = 0;
      out.add("length");
      out.addAll(rest.subList(firstNonIndex, rest.size()));
      return out;
    }
    List<Object> all = new ArrayList<>(rest);
    List<Object> ordered = orderKeys(all, idx);
    int insertAt = 0;
    while (insertAt < ordered.size() && ordered.get(insertAt) instanceof String s && Numbers.isArrayIndex(s)) insertAt++;
    ordered.add(insertAt, "length");
    return ordered;
  }

  @Override
  protected void defineOwnData(Object key, Object value, int flags) {
    long i = index(key);
    if (i >= 0) {
      if (flags == Shape.DEFAULT && isDenseFast() && i - length < MAX_GAP && i < Integer.MAX_VALUE - 8) {
        addOwn(key, value);
        return;
      }
      sparse = true;
      super.defineOwn(key, value, flags);
      if (i >= length) length = (int) Math.min(i + 1, Integer.MAX_VALUE);
      return;
    }
    super.defineOwnData(key, value, flags);
  }

  @Override
  protected void redefine(Object key, Object value, int flags) {
    if ("length".equals(key)) {
      if ((flags & Shape.ACCESSOR) == 0) {
        setLength(value);
        if ((flags & Shape.WRITABLE) == 0) lengthWritable = false;
      }
      return;
    }
    long i = index(key);
    if (i >= 0 && i < length && i < elems.length && elems[(int) i] != HOLE) {
      if (flags == elementFlags) {
        elems[(int) i] = value;
        return;
      }
      // Move this element to named storage with its own attributes.
      elems[(int) i] = HOLE;
      sparse = true;
      super.defineOwn(key, value, flags);
      return;
    }
    super.redefine(key, value, flags);
  }

  @Override
  public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
    if ("length".equals(key)) {
      if (desc.isAccessor()) return false;
      if (desc.hasConfigurable && desc.configurable) return false;
      if (desc.hasEnumerable && desc.enumerable) return false;
      if (!lengthWritable) {
        if (desc.hasWritable && desc.writable) return false;
        if (desc.hasValue) {
          double d = Ops.toNumber(desc.value);
          if (d != (long) d || d < 0 || d > 4294967295L) throw Errors.rangeError("Invalid array length");
          return d == length;
        }
        return true;
      }
      if (desc.hasValue) {
        double d = Ops.toNumber(desc.value);
        long n = (long) d;
        if (d != n || n < 0 || n > 4294967295L) throw Errors.rangeError("Invalid array length");
        if (n < length) {
          // Fails part-way if a non-configurable element is in the way.
          for (long j = length - 1; j >= n; j--) {
            String k = Long.toString(j);
            if (getOwnRaw(k) != NOT_FOUND && (getOwnFlags(k) & Shape.CONFIGURABLE) == 0) {
              truncate((int) j + 1);
              if (desc.hasWritable && !desc.writable) lengthWritable = false;
              return false;
            }
          }
        }
        setLength(desc.value);
      }
      if (desc.hasWritable && !desc.writable) lengthWritable = false;
      return true;
    }
    long i = index(key);
    if (i >= 0 && i >= length && !lengthWritable) return false;
    return super.defineOwnProperty(key, desc);
  }

  /** Freezes or seals the elements (used by Object.freeze / Object.seal). */
  public void restrictElements(boolean freeze) {
    elementFlags &= ~Shape.CONFIGURABLE;
    if (freeze) {
      elementFlags &= ~Shape.WRITABLE;
      lengthWritable = false;
    }
  }

  public boolean isLengthWritable() {
    return lengthWritable;
  }

  // ------------------------------------------------------------------ ScriptArray

  @Override
  public int length() {
    return length;
  }

  @Override
  public Object get(int index) {
    if (index < 0) return Undefined.INSTANCE;
    return getElement(index, null);
  }

  @Override
  public void set(int index, Object value) {
    setElement(index, value, null);
  }
}
