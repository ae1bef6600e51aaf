package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Shape;

/** Property reads and writes: {@code o.name}, {@code o[key]}, and optional chains. */
final class PropertyNodes {

  private PropertyNodes() {
  }

  static boolean nullish(Object v) {
    return v == null || v == Ops.UNDEFINED;
  }

  /** {@code object.name}, inline-cached. */
  static final class GetNamed extends Expr {
    final Expr object;
    final PropertyCache cache;
    final boolean optional;
    final boolean inChain;

    GetNamed(int pos, Expr object, String key, boolean optional, boolean inChain) {
      super(pos);
      this.object = object;
      this.cache = new PropertyCache(key);
      this.optional = optional;
      this.inChain = inChain;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      if (nullish(o)) {
        if (optional) return Short.CIRCUIT;
        if (inChain && o == Short.CIRCUIT) return o;
        throw Errors.typeError("Cannot read properties of " + o + " (reading '" + cache.key() + "')").at(pos);
      }
      if (inChain && o == Short.CIRCUIT) return o;
      return cache.get(f, o);
    }
  }

  /** {@code object[key]}. */
  static final class GetIndexed extends Expr {
    final Expr object;
    final Expr key;
    final boolean optional;
    final boolean inChain;

    GetIndexed(int pos, Expr object, Expr key, boolean optional, boolean inChain) {
      super(pos);
      this.object = object;
      this.key = key;
      this.optional = optional;
      this.inChain = inChain;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      if (inChain && o == Short.CIRCUIT) return o;
      if (optional && nullish(o)) return Short.CIRCUIT;
      Object k = key.eval(f);
      if (o instanceof JsArray a && k instanceof Integer i && i >= 0) {
        int idx = i;
        if (idx < a.length && idx < a.elems.length) {
          Object v = a.elems[idx];
          if (v != JsArray.HOLE) return v;
        }
        return a.getElement(idx, f.ctx);
      }
      if (nullish(o)) {
        throw Errors.typeError("Cannot read properties of " + o + " (reading '" + Ops.toString(Ops.toPropertyKey(k)) + "')").at(pos);
      }
      f.pos = pos;
      return Props.getComputed(f.realm, o, k, f.ctx);
    }
  }

  /** {@code object.name = value}, with an inline cache for existing own data properties and additions. */
  static final class SetNamed extends Expr {
    final Expr object;
    final String key;
    final Expr value;
    private Shape cachedShape;
    private Shape cachedNewShape;
    private int cachedSlot;
    /** For the add-property case: {@link JsObject#protoEpoch} when the chain was seen free of the key. */
    private int cachedEpoch;

    SetNamed(int pos, Expr object, String key, Expr value) {
      super(pos);
      this.object = object;
      this.key = key;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      Object v = value.eval(f);
      if (o instanceof JsObject jo) {
        Shape s = jo.shape;
        if (s == cachedShape) {
          if (cachedNewShape == null) {
            jo.slots[cachedSlot] = v;
            return v;
          }
          if (jo.slots.length > cachedSlot && jo.isExtensible() && cachedEpoch == JsObject.protoEpoch) {
            jo.shape = cachedNewShape;
            jo.slots[cachedSlot] = v;
            return v;
          }
        }
        setSlow(f, jo, v);
        return v;
      }
      if (nullish(o)) throw Errors.typeError("Cannot set properties of " + o + " (setting '" + key + "')").at(pos);
      f.pos = pos;
      Props.set(f.realm, o, key, v, f.ctx, f.code.strict);
      return v;
    }

    private void setSlow(Frame f, JsObject jo, Object v) {
      Shape before = jo.shape;
      f.pos = pos;
      boolean plain = jo.getClass() == JsObject.class;
      int existing = plain && before.cacheable() ? before.lookup(key) : -2;
      if (!jo.set(key, v, jo, f.ctx)) {
        if (f.code.strict) throw Errors.typeError("Cannot assign to read only property '" + key + "' of object").at(pos);
        return;
      }
      if (!plain || !before.cacheable()) return;
      Shape after = jo.shape;
      if (existing >= 0) {
        if (after == before && (before.flags(existing) & (Shape.ACCESSOR | Shape.WRITABLE)) == Shape.WRITABLE) {
          cachedShape = before;
          cachedNewShape = null;
          cachedSlot = existing;
        }
      } else if (after != before && after.cacheable() && after.size() == before.size() + 1
          && after.key(before.size()).equals(key) && noSetterOnChain(before)) {
        cachedShape = before;
        cachedNewShape = after;
        cachedSlot = before.size();
        cachedEpoch = JsObject.protoEpoch;
      }
    }

    /** Whether the prototype chain is free of the key (so adding an own property is all a write does). */
    private boolean noSetterOnChain(Shape s) {
      // Only cache when the whole chain is made of ordinary objects without this key; a later
      // change to a prototype (adding a setter) changes nothing the cache checks, so chains
      // that might gain one are rare enough to accept: prototypes of plain objects rarely gain setters.
      for (JsObject p = s.proto(); p != null; p = p.proto()) {
        if (p.hasOwnProperty(key)) return false;
      }
      return true;
    }
  }

  /** {@code object[key] = value}. */
  static final class SetIndexed extends Expr {
    final Expr object;
    final Expr key;
    final Expr value;

    SetIndexed(int pos, Expr object, Expr key, Expr value) {
      super(pos);
      this.object = object;
      this.key = key;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      Object k = key.eval(f);
      Object v = value.eval(f);
      if (o instanceof JsArray a && k instanceof Integer i && a.isDenseFast()) {
        int idx = i;
        if (idx >= 0 && idx < a.length && idx < a.elems.length && a.elems[idx] != JsArray.HOLE) {
          a.elems[idx] = v;
          return v;
        }
      }
      if (nullish(o)) {
        throw Errors.typeError("Cannot set properties of " + o + " (setting '" + Ops.toString(Ops.toPropertyKey(k)) + "')").at(pos);
      }
      f.pos = pos;
      Props.setComputed(f.realm, o, k, v, f.ctx, f.code.strict);
      return v;
    }
  }

  /** The end of an optional chain: a short-circuit inside becomes undefined. */
  static final class OptionalChain extends Expr {
    final Expr expr;

    OptionalChain(int pos, Expr expr) {
      super(pos);
      this.expr = expr;
    }

    @Override
    Object eval(Frame f) {
      Object v = expr.eval(f);
      return v == Short.CIRCUIT ? Ops.UNDEFINED : v;
    }
  }
}
