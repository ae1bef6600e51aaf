package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * Property access on any value: objects, primitives (through their prototypes), and host
 * objects (through their {@link HostClass}). The interpreter's inline caches handle the common
 * cases first and come here otherwise.
 */
public final class Props {

  private Props() {
  }

  /** {@code base[key]} where {@code key} is already a property key (String or JsSymbol). */
  public static Object get(Realm realm, Object base, Object key, Context ctx) {
    if (base instanceof JsObject o) return o.get(key, base, ctx);
    if (base instanceof String s) {
      if (key instanceof String k) {
        if (k.equals("length")) return s.length();
        long i = Numbers.arrayIndex(k);
        if (i >= 0 && i < s.length()) return String.valueOf(s.charAt((int) i));
      }
      return realm.stringPrototype.get(key, base, ctx);
    }
    if (base == null || base == Undefined.INSTANCE) {
      throw Errors.typeError("Cannot read properties of " + base + " (reading '" + keyText(key) + "')");
    }
    JsObject proto = realm.primitivePrototype(base);
    if (proto != null) return proto.get(key, base, ctx);
    return getHost(realm, base, key, ctx);
  }

  /** {@code base[keyValue]} with any key value. */
  public static Object getComputed(Realm realm, Object base, Object keyValue, Context ctx) {
    if (keyValue instanceof Integer i) {
      int idx = i;
      if (base instanceof JsArray a && idx >= 0) return a.getElement(idx, ctx);
      if (base instanceof String s && idx >= 0) {
        return idx < s.length() ? String.valueOf(s.charAt(idx)) : realm.stringPrototype.get(Numbers.toString(idx), base, ctx);
      }
    }
    if (base == null || base == Undefined.INSTANCE) {
      throw Errors.typeError("Cannot read properties of " + base + " (reading '" + keyText(Ops.toPropertyKey(keyValue)) + "')");
    }
    return get(realm, base, Ops.toPropertyKey(keyValue), ctx);
  }

  static String keyText(Object key) {
    return key instanceof JsSymbol s ? s.toString() : String.valueOf(key);
  }

  /** {@code base[key] = value}; {@code strict} turns refused assignments into TypeErrors. */
  public static void set(Realm realm, Object base, Object key, Object value, Context ctx, boolean strict) {
    if (base instanceof JsObject o) {
      if (!o.set(key, value, o, ctx) && strict) {
        throw Errors.typeError("Cannot assign to read only property '" + keyText(key) + "' of object");
      }
      return;
    }
    if (base == null || base == Undefined.INSTANCE) {
      throw Errors.typeError("Cannot set properties of " + base + " (setting '" + keyText(key) + "')");
    }
    JsObject proto = realm.primitivePrototype(base);
    if (proto != null) {
      // Assigning to a primitive only matters if a setter exists up the chain.
      boolean ok = proto.set(key, value, base, ctx);
      if (!ok && strict) throw Errors.typeError("Cannot create property '" + keyText(key) + "' on " + Ops.typeof(base) + " '" + Ops.toString(base) + "'");
      return;
    }
    setHost(realm, base, key, value, ctx, strict);
  }

  public static void setComputed(Realm realm, Object base, Object keyValue, Object value, Context ctx, boolean strict) {
    if (keyValue instanceof Integer i && base instanceof JsArray a && i >= 0) {
      if (!a.setElement(i, value, ctx) && strict) throw Errors.typeError("Cannot assign to read only property '" + i + "' of object");
      return;
    }
    if (base == null || base == Undefined.INSTANCE) {
      throw Errors.typeError("Cannot set properties of " + base + " (setting '" + keyText(Ops.toPropertyKey(keyValue)) + "')");
    }
    set(realm, base, Ops.toPropertyKey(keyValue), value, ctx, strict);
  }

  /** {@code delete base[key]}. */
  public static boolean delete(Realm realm, Object base, Object key, boolean strict) {
    if (base instanceof JsObject o) {
      boolean ok = o.deleteOwn(key);
      if (!ok && strict) throw Errors.typeError("Cannot delete property '" + keyText(key) + "' of " + o);
      return ok;
    }
    if (base == null || base == Undefined.INSTANCE) {
      throw Errors.typeError("Cannot convert undefined or null to object");
    }
    if (base instanceof String s && key instanceof String k) {
      if (k.equals("length") || (Numbers.arrayIndex(k) >= 0 && Numbers.arrayIndex(k) < s.length())) {
        if (strict) throw Errors.typeError("Cannot delete property '" + k + "' of [object String]");
        return false;
      }
    }
    if (base instanceof ScriptObject so && key instanceof String k && !(base instanceof JsObject)) return so.delete(k);
    return true;
  }

  /** {@code key in base}. */
  public static boolean has(Realm realm, Object base, Object key) {
    if (base instanceof JsObject o) return o.hasProperty(key);
    if (!Ops.isHostObject(base)) throw Errors.typeError("Cannot use 'in' operator to search for '" + keyText(key) + "' in " + Ops.toString(base));
    HostClass<?> hc = HostClasses.find(base.getClass());
    if (key instanceof String k) {
      if (hc != null && hc.memberIndex(k) >= 0) return true;
      if (base instanceof ScriptObject so) return so.has(k);
    }
    return false;
  }

  // ------------------------------------------------------------------ host objects

  static Object getHost(Realm realm, Object base, Object key, Context ctx) {
    HostClass<?> hc = HostClasses.find(base.getClass());
    if (hc != null && key instanceof String k) {
      int i = hc.memberIndex(k);
      if (i >= 0) return hostMember(realm, hc, i, base);
    }
    if (base instanceof ScriptObject so && key instanceof String k) return realm.fromHost(so.get(k));
    if (key instanceof String k && hc != null) {
      JsObject proto = realm.hostConstructor(hc).get("prototype") instanceof JsObject p ? p : null;
      if (proto != null) return proto.get(k, base, ctx);
    }
    return realm.objectPrototype().get(key, base, ctx);
  }

  /** The value of member {@code index} of a host object. */
  public static Object hostMember(Realm realm, HostClass<?> hc, int index, Object base) {
    HostClass.Member m = hc.members().get(index);
    if (m instanceof HostClass.Property p) {
      try {
        return realm.fromHost(p.getter().get(base));
      } catch (ScriptError e) {
        throw Errors.from(e);
      } catch (ScriptException e) {
        throw Errors.from(e);
      }
    }
    return realm.hostMethod(hc, (HostClass.MethodMember) m);
  }

  static void setHost(Realm realm, Object base, Object key, Object value, Context ctx, boolean strict) {
    HostClass<?> hc = HostClasses.find(base.getClass());
    if (hc != null && key instanceof String k) {
      int i = hc.memberIndex(k);
      if (i >= 0) {
        HostClass.Member m = hc.members().get(i);
        if (m instanceof HostClass.Property p && p.setter() != null) {
          try {
            p.setter().set(base, value);
          } catch (ScriptError e) {
            throw Errors.from(e);
          } catch (ScriptException e) {
            throw Errors.from(e);
          }
          return;
        }
        throw Errors.typeError("Cannot assign to read only property '" + k + "' of " + hc.name());
      }
    }
    if (base instanceof ScriptObject so && key instanceof String k) {
      so.set(k, value);
      return;
    }
    throw Errors.typeError("Cannot add property " + keyText(key) + " to " + (hc == null ? "a host object" : hc.name()));
  }

  /** The enumerable own string keys of a host object (its properties, then extra keys). */
  public static List<String> hostKeys(Object base) {
    List<String> out = new ArrayList<>();
    HostClass<?> hc = HostClasses.find(base.getClass());
    if (hc != null) {
      for (HostClass.Member m : hc.members()) {
        if (m instanceof HostClass.Property) out.add(m.name());
      }
    }
    if (base instanceof ScriptObject so) {
      for (String k : so.keys()) if (!out.contains(k)) out.add(k);
    }
    return out;
  }
}
