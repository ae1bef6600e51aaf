package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PrimitiveWrapper;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.List;

/** {@code Object} and {@code Object.prototype}. */
public final class ObjectBuiltins {

  private ObjectBuiltins() {
  }

  static void install(Realm realm) {
    JsObject proto = realm.objectPrototype();
    NativeFunction ctor = new NativeFunction(realm, "Object", 1,
        (ctx, self, args) -> construct(realm, args),
        (ctx, args, nt) -> {
          if (nt != null && nt != realm.intrinsicOrNull("Object")) {
            Object p = nt.get("prototype");
            return new JsObject(p instanceof JsObject po ? po : realm.objectPrototype());
          }
          return construct(realm, args);
        });
    realm.intrinsic("Object", ctor);
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    realm.global.defineOwn("Object", ctor, Shape.HIDDEN);

    realm.method(ctor, "keys", 1, (ctx, self, args) -> realm.newArray(enumerableOwn(realm, ctx, Arg.get(args, 0), 0)));
    realm.method(ctor, "values", 1, (ctx, self, args) -> realm.newArray(enumerableOwn(realm, ctx, Arg.get(args, 0), 1)));
    realm.method(ctor, "entries", 1, (ctx, self, args) -> realm.newArray(enumerableOwn(realm, ctx, Arg.get(args, 0), 2)));
    realm.method(ctor, "assign", 2, (ctx, self, args) -> {
      Object target = Ops.toObject(realm, Arg.get(args, 0));
      for (int i = 1; i < args.length; i++) {
        Object src = args[i];
        if (src == null || src == Ops.UNDEFINED) continue;
        if (src instanceof JsObject so) {
          for (Object k : so.ownKeys()) {
            PropertyDescriptor d = so.getOwnProperty(k);
            if (d != null && d.enumerable) Props.set(realm, target, k, so.get(k, so, ctx), ctx, true);
          }
        } else if (src instanceof String s) {
          for (int j = 0; j < s.length(); j++) Props.set(realm, target, Integer.toString(j), String.valueOf(s.charAt(j)), ctx, true);
        } else if (Ops.isHostObject(src)) {
          for (String k : Props.hostKeys(src)) Props.set(realm, target, k, Props.get(realm, src, k, ctx), ctx, true);
        }
      }
      return target;
    });
    realm.method(ctor, "fromEntries", 1, (ctx, self, args) -> {
      JsObject o = realm.newObject();
      IteratorBuiltins.forEach(realm, ctx, Arg.get(args, 0), entry -> {
        if (!Ops.isObject(entry)) throw Errors.typeError("Iterator value " + Ops.toString(entry) + " is not an entry object");
        Object k = Props.getComputed(realm, entry, 0, ctx);
        Object v = Props.getComputed(realm, entry, 1, ctx);
        o.defineOwnProperty(Ops.toPropertyKey(k), PropertyDescriptor.data(v, Shape.DEFAULT));
      });
      return o;
    });
    realm.method(ctor, "create", 2, (ctx, self, args) -> {
      Object p = Arg.get(args, 0);
      if (p != null && !(p instanceof JsObject)) throw Errors.typeError("Object prototype may only be an Object or null: " + Ops.toString(p));
      JsObject o = new JsObject((JsObject) p);
      Object props = Arg.get(args, 1);
      if (props != Ops.UNDEFINED) defineProperties(realm, ctx, o, props);
      return o;
    });
    realm.method(ctor, "getPrototypeOf", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, Arg.get(args, 0));
      if (o instanceof JsObject jo) return jo.proto();
      return realm.objectPrototype();
    });
    realm.method(ctor, "setPrototypeOf", 2, (ctx, self, args) -> {
      Object o = Arg.get(args, 0);
      if (o == null || o == Ops.UNDEFINED) throw Errors.typeError("Object.setPrototypeOf called on null or undefined");
      Object p = Arg.get(args, 1);
      if (p != null && !(p instanceof JsObject)) throw Errors.typeError("Object prototype may only be an Object or null: " + Ops.toString(p));
      if (o instanceof JsObject jo && !jo.setProto((JsObject) p)) throw Errors.typeError("Cannot set the prototype of this object");
      return o;
    });
    realm.method(ctor, "defineProperty", 3, (ctx, self, args) -> {
      Object o = Arg.get(args, 0);
      if (!(o instanceof JsObject jo)) throw Errors.typeError("Object.defineProperty called on non-object");
      Object key = Ops.toPropertyKey(Arg.get(args, 1));
      PropertyDescriptor d = toDescriptor(realm, ctx, Arg.get(args, 2));
      if (!jo.defineOwnProperty(key, d)) throw Errors.typeError("Cannot redefine property: " + Ops.toString(key instanceof JsSymbol s ? s.toString() : key));
      return o;
    });
    realm.method(ctor, "defineProperties", 2, (ctx, self, args) -> {
      Object o = Arg.get(args, 0);
      if (!(o instanceof JsObject jo)) throw Errors.typeError("Object.defineProperties called on non-object");
      defineProperties(realm, ctx, jo, Arg.get(args, 1));
      return o;
    });
    realm.method(ctor, "getOwnPropertyNames", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, Arg.get(args, 0));
      List<Object> out = new ArrayList<>();
      if (o instanceof JsObject jo) {
        for (Object k : jo.ownKeys()) if (k instanceof String) out.add(k);
      } else {
        out.addAll(Props.hostKeys(o));
      }
      return realm.newArray(out.toArray());
    });
    realm.method(ctor, "getOwnPropertySymbols", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, Arg.get(args, 0));
      List<Object> out = new ArrayList<>();
      if (o instanceof JsObject jo) for (Object k : jo.ownKeys()) if (k instanceof JsSymbol) out.add(k);
      return realm.newArray(out.toArray());
    });
    realm.method(ctor, "getOwnPropertyDescriptor", 2, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, Arg.get(args, 0));
      Object key = Ops.toPropertyKey(Arg.get(args, 1));
      if (!(o instanceof JsObject jo)) {
        if (key instanceof String k && Props.hostKeys(o).contains(k)) {
          return fromDescriptor(realm, PropertyDescriptor.data(Props.get(realm, o, k, ctx), Shape.ENUMERABLE));
        }
        return Ops.UNDEFINED;
      }
      PropertyDescriptor d = jo.getOwnProperty(key);
      return d == null ? Ops.UNDEFINED : fromDescriptor(realm, d);
    });
    realm.method(ctor, "getOwnPropertyDescriptors", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, Arg.get(args, 0));
      JsObject out = realm.newObject();
      if (o instanceof JsObject jo) {
        for (Object k : jo.ownKeys()) {
          PropertyDescriptor d = jo.getOwnProperty(k);
          if (d != null) out.defineOwn(k, fromDescriptor(realm, d), Shape.DEFAULT);
        }
      }
      return out;
    });
    realm.method(ctor, "is", 2, (ctx, self, args) -> Ops.sameValue(Arg.get(args, 0), Arg.get(args, 1)));
    realm.method(ctor, "freeze", 1, (ctx, self, args) -> {
      Object o = Arg.get(args, 0);
      if (o instanceof JsObject jo) setIntegrity(jo, true);
      return o;
    });
    realm.method(ctor, "seal", 1, (ctx, self, args) -> {
      Object o = Arg.get(args, 0);
      if (o instanceof JsObject jo) setIntegrity(jo, false);
      return o;
    });
    realm.method(ctor, "preventExtensions", 1, (ctx, self, args) -> {
      Object o = Arg.get(args, 0);
      if (o instanceof JsObject jo) jo.preventExtensions();
      return o;
    });
    realm.method(ctor, "isFrozen", 1, (ctx, self, args) -> !(Arg.get(args, 0) instanceof JsObject jo) || testIntegrity(jo, true));
    realm.method(ctor, "isSealed", 1, (ctx, self, args) -> !(Arg.get(args, 0) instanceof JsObject jo) || testIntegrity(jo, false));
    realm.method(ctor, "isExtensible", 1, (ctx, self, args) -> Arg.get(args, 0) instanceof JsObject jo && jo.isExtensible());

    realm.method(proto, "hasOwnProperty", 1, (ctx, self, args) -> {
      Object key = Ops.toPropertyKey(Arg.get(args, 0));
      Object o = Ops.toObject(realm, self);
      if (o instanceof JsObject jo) return jo.hasOwnProperty(key);
      return key instanceof String k && Props.hostKeys(o).contains(k);
    });
    realm.method(proto, "isPrototypeOf", 1, (ctx, self, args) -> {
      if (!(Arg.get(args, 0) instanceof JsObject v)) return false;
      Object o = Ops.toObject(realm, self);
      for (JsObject p = v.proto(); p != null; p = p.proto()) if (p == o) return true;
      return false;
    });
    realm.method(proto, "propertyIsEnumerable", 1, (ctx, self, args) -> {
      Object key = Ops.toPropertyKey(Arg.get(args, 0));
      Object o = Ops.toObject(realm, self);
      if (!(o instanceof JsObject jo)) return false;
      PropertyDescriptor d = jo.getOwnProperty(key);
      return d != null && d.enumerable;
    });
    realm.method(proto, "toString", 0, (ctx, self, args) -> toStringTag(realm, ctx, self));
    realm.method(proto, "toLocaleString", 0, (ctx, self, args) -> {
      Object f = Props.get(realm, self, "toString", ctx);
      return Ops.call(f, ctx, self, Ops.NO_ARGS, "toString");
    });
    realm.method(proto, "valueOf", 0, (ctx, self, args) -> Ops.toObject(realm, self));
    NativeFunction protoGetter = realm.function("get __proto__", 0, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      return o instanceof JsObject jo ? jo.proto() : realm.objectPrototype();
    });
    NativeFunction protoSetter = realm.function("set __proto__", 1, (ctx, self, args) -> {
      if (self == null || self == Ops.UNDEFINED) throw Errors.typeError("Object.prototype.__proto__ called on null or undefined");
      Object p = Arg.get(args, 0);
      if (!(self instanceof JsObject jo) || (p != null && !(p instanceof JsObject))) return Ops.UNDEFINED;
      if (!jo.setProto((JsObject) p)) throw Errors.typeError("Cannot set the prototype of this object");
      return Ops.UNDEFINED;
    });
    proto.defineAccessor("__proto__", protoGetter, protoSetter, Shape.CONFIGURABLE);
  }

  private static Object construct(Realm realm, Object[] args) {
    Object v = Arg.get(args, 0);
    if (v == null || v == Ops.UNDEFINED) return realm.newObject();
    return Ops.toObject(realm, v);
  }

  /** Object.prototype.toString: "[object Tag]". */
  static String toStringTag(Realm realm, Context ctx, Object self) {
    if (self == Ops.UNDEFINED) return "[object Undefined]";
    if (self == null) return "[object Null]";
    Object o = Ops.toObject(realm, self);
    String builtin;
    if (o instanceof JsArray) builtin = "Array";
    else if (o instanceof JsFunction) builtin = "Function";
    else if (o instanceof JsObject jo) {
      String cn = jo.className();
      builtin = switch (cn) {
        case "Error", "Boolean", "Number", "String", "Date", "RegExp", "Arguments" -> cn;
        default -> "Object";
      };
      if (o instanceof PrimitiveWrapper pw && pw.value instanceof JsSymbol) builtin = "Object";
    } else {
      builtin = "Object";
    }
    if (o instanceof JsObject jo) {
      Object tag = jo.get(JsSymbol.TO_STRING_TAG, jo, ctx);
      if (tag instanceof String t) return "[object " + t + "]";
    } else {
      io.pipy.api.script.HostClass<?> hc = io.pipy.js.runtime.HostClasses.find(o.getClass());
      if (hc != null) return "[object " + hc.name() + "]";
    }
    return "[object " + builtin + "]";
  }

  /** Enumerable own string-keyed properties: 0 keys, 1 values, 2 [key, value] entries. */
  static Object[] enumerableOwn(Realm realm, Context ctx, Object v, int mode) {
    Object o = Ops.toObject(realm, v);
    List<Object> out = new ArrayList<>();
    if (o instanceof JsObject jo) {
      for (Object k : jo.ownKeys()) {
        if (!(k instanceof String)) continue;
        PropertyDescriptor d = jo.getOwnProperty(k);
        if (d == null || !d.enumerable) continue;
        if (mode == 0) out.add(k);
        else {
          Object val = jo.get(k, jo, ctx);
          out.add(mode == 1 ? val : realm.newArray(new Object[] {k, val}));
        }
      }
    } else {
      for (String k : Props.hostKeys(o)) {
        if (mode == 0) out.add(k);
        else {
          Object val = Props.get(realm, o, k, ctx);
          out.add(mode == 1 ? val : realm.newArray(new Object[] {k, val}));
        }
      }
    }
    return out.toArray();
  }

  static void defineProperties(Realm realm, Context ctx, JsObject o, Object props) {
    Object p = Ops.toObject(realm, props);
    if (!(p instanceof JsObject po)) return;
    List<Object[]> descs = new ArrayList<>();
    for (Object k : po.ownKeys()) {
      PropertyDescriptor pd = po.getOwnProperty(k);
      if (pd == null || !pd.enumerable) continue;
      descs.add(new Object[] {k, toDescriptor(realm, ctx, po.get(k, po, ctx))});
    }
    for (Object[] kd : descs) {
      if (!o.defineOwnProperty(kd[0], (PropertyDescriptor) kd[1])) throw Errors.typeError("Cannot redefine property: " + kd[0]);
    }
  }

  /** ToPropertyDescriptor. */
  static PropertyDescriptor toDescriptor(Realm realm, Context ctx, Object v) {
    if (!(v instanceof JsObject o)) throw Errors.typeError("Property description must be an object: " + Ops.toString(v));
    PropertyDescriptor d = new PropertyDescriptor();
    if (o.hasProperty("enumerable")) {
      d.hasEnumerable = true;
      d.enumerable = Ops.toBoolean(o.get("enumerable", o, ctx));
    }
    if (o.hasProperty("configurable")) {
      d.hasConfigurable = true;
      d.configurable = Ops.toBoolean(o.get("configurable", o, ctx));
    }
    if (o.hasProperty("value")) {
      d.hasValue = true;
      d.value = o.get("value", o, ctx);
    }
    if (o.hasProperty("writable")) {
      d.hasWritable = true;
      d.writable = Ops.toBoolean(o.get("writable", o, ctx));
    }
    if (o.hasProperty("get")) {
      Object g = o.get("get", o, ctx);
      if (g != Ops.UNDEFINED && !(g instanceof JsFunction)) throw Errors.typeError("Getter must be a function: " + Ops.toString(g));
      d.hasGetter = true;
      d.getter = g;
    }
    if (o.hasProperty("set")) {
      Object s = o.get("set", o, ctx);
      if (s != Ops.UNDEFINED && !(s instanceof JsFunction)) throw Errors.typeError("Setter must be a function: " + Ops.toString(s));
      d.hasSetter = true;
      d.setter = s;
    }
    if ((d.hasGetter || d.hasSetter) && (d.hasValue || d.hasWritable)) {
      throw Errors.typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
    }
    return d;
  }

  /** FromPropertyDescriptor. */
  static JsObject fromDescriptor(Realm realm, PropertyDescriptor d) {
    JsObject o = realm.newObject();
    if (d.isAccessor()) {
      o.defineOwn("get", d.getter, Shape.DEFAULT);
      o.defineOwn("set", d.setter, Shape.DEFAULT);
    } else {
      o.defineOwn("value", d.value, Shape.DEFAULT);
      o.defineOwn("writable", d.writable, Shape.DEFAULT);
    }
    o.defineOwn("enumerable", d.enumerable, Shape.DEFAULT);
    o.defineOwn("configurable", d.configurable, Shape.DEFAULT);
    return o;
  }

  static void setIntegrity(JsObject o, boolean freeze) {
    o.preventExtensions();
    if (o instanceof JsArray a) a.restrictElements(freeze);
    for (Object k : o.ownKeys()) {
      PropertyDescriptor cur = o.getOwnProperty(k);
      if (cur == null) continue;
      PropertyDescriptor d = new PropertyDescriptor();
      d.hasConfigurable = true;
      d.configurable = false;
      if (freeze && cur.isData()) {
        d.hasWritable = true;
        d.writable = false;
      }
      o.defineOwnProperty(k, d);
    }
  }

  static boolean testIntegrity(JsObject o, boolean frozen) {
    if (o.isExtensible()) return false;
    for (Object k : o.ownKeys()) {
      PropertyDescriptor d = o.getOwnProperty(k);
      if (d == null) continue;
      if (d.configurable) return false;
      if (frozen && d.isData() && d.writable) return false;
    }
    return true;
  }
}
