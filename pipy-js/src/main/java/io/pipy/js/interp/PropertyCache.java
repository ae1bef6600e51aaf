package io.pipy.js.interp;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.js.runtime.Accessor;
import io.pipy.js.runtime.HostClasses;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PrimitiveWrapper;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;

/**
 * A monomorphic inline cache for reading one named property at one access site.
 *
 * <p>Fast path: the receiver has the remembered shape, and the property is either its own
 * (slot known) or found on the prototype one or two levels up whose shapes are also unchanged.
 * A receiver's shape fixes its prototype, so checking shapes is enough to prove the lookup
 * would find the same slot. Host objects are cached by Java class and member index; strings
 * by the String prototype's shape. Anything else takes the generic path and re-primes the cache.
 */
final class PropertyCache {

  private final String key;
  private final boolean isLength;

  private Shape shape;
  private int slot;
  private boolean accessor;
  /** Null for own properties; else where the property lives. */
  private JsObject holder;
  private Shape holderShape;
  /** For depth-2 hits: the intermediate prototype's shape. */
  private JsObject middle;
  private Shape middleShape;

  private Class<?> hostType;
  private HostClass<?> hostClass;
  private int hostIndex;

  PropertyCache(String key) {
    this.key = key;
    this.isLength = key.equals("length");
  }

  Object get(Frame f, Object base) {
    if (base instanceof JsObject o) {
      if (isLength && o instanceof JsArray a) return a.length;
      Shape s = o.shape;
      if (s == shape) {
        JsObject h = holder;
        Object v;
        if (h == null) {
          v = o.slots[slot];
        } else if (h.shape == holderShape && (middle == null || middle.shape == middleShape)) {
          v = h.slots[slot];
        } else {
          return slowObject(f, o);
        }
        if (!accessor) return v;
        Object g = ((Accessor) v).getter;
        return g instanceof JsFunction fn ? fn.invoke(f.ctx, o, Ops.NO_ARGS) : Ops.UNDEFINED;
      }
      return slowObject(f, o);
    }
    if (base instanceof String s) {
      if (isLength) return s.length();
      return viaPrototype(f, f.realm.stringPrototype, base);
    }
    if (base != null && base.getClass() == hostType) {
      return Props.hostMember(f.realm, hostClass, hostIndex, base);
    }
    return slowOther(f, base);
  }

  private Object viaPrototype(Frame f, JsObject proto, Object receiver) {
    Shape s = proto.shape;
    if (s == shape && holder == null) {
      Object v = proto.slots[slot];
      if (!accessor) return v;
    }
    int i = proto.findSlot(key);
    if (i >= 0 && s.cacheable()) {
      shape = s;
      slot = i;
      holder = null;
      accessor = (s.flags(i) & Shape.ACCESSOR) != 0;
      if (!accessor) return proto.slots[i];
    }
    return proto.get(key, receiver, f.ctx);
  }

  private Object slowOther(Frame f, Object base) {
    if (Ops.isHostObject(base)) {
      HostClass<?> hc = HostClasses.find(base.getClass());
      if (hc != null) {
        int i = hc.memberIndex(key);
        if (i >= 0) {
          hostType = base.getClass();
          hostClass = hc;
          hostIndex = i;
          return Props.hostMember(f.realm, hc, i, base);
        }
      }
    }
    return Props.get(f.realm, base, key, f.ctx);
  }

  private Object slowObject(Frame f, JsObject o) {
    Shape s = o.shape;
    if (s.cacheable() && isPlain(o)) {
      int i = s.lookup(key);
      if (i >= 0) {
        shape = s;
        slot = i;
        holder = null;
        middle = null;
        accessor = (s.flags(i) & Shape.ACCESSOR) != 0;
      } else {
        JsObject p1 = s.proto();
        if (p1 != null && p1.shape.cacheable() && isPlain(p1)) {
          int j = p1.shape.lookup(key);
          if (j >= 0) {
            shape = s;
            slot = j;
            holder = p1;
            holderShape = p1.shape;
            middle = null;
            accessor = (p1.shape.flags(j) & Shape.ACCESSOR) != 0;
          } else {
            JsObject p2 = p1.shape.proto();
            if (p2 != null && p2.shape.cacheable() && isPlain(p2)) {
              int k = p2.shape.lookup(key);
              if (k >= 0) {
                shape = s;
                slot = k;
                holder = p2;
                holderShape = p2.shape;
                middle = p1;
                middleShape = p1.shape;
                accessor = (p2.shape.flags(k) & Shape.ACCESSOR) != 0;
              }
            }
          }
        }
      }
    }
    return o.get(key, o, f.ctx);
  }

  /** Whether the object keeps {@code key} only in its shape (no virtual own property of that name). */
  private boolean isPlain(JsObject o) {
    if (o instanceof JsArray || o instanceof PrimitiveWrapper) return !key.equals("length") && !Character.isDigit(key.isEmpty() ? 'x' : key.charAt(0));
    return true;
  }

  /** Reads via the cache on behalf of a method call whose receiver may be any value. */
  static Object getFrom(PropertyCache cache, Frame f, Object base) {
    return cache.get(f, base);
  }

  String key() {
    return key;
  }

  static Realm realm(Frame f) {
    return f.realm;
  }

  static Context ctx(Frame f) {
    return f.ctx;
  }
}
