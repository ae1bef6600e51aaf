package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsMap;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.OrderedTable;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import io.pipy.js.runtime.WeakIdentityTable;

/** Map, Set, WeakMap and WeakSet (ECMAScript 2020). */
public final class CollectionBuiltins {

  private CollectionBuiltins() {
  }

  /** A Map or Set iterator: kind 0 values, 1 keys, 2 entries. */
  static final class CollectionIterator extends JsObject {
    final OrderedTable.Cursor cursor;
    final int kind;
    final boolean ofSet;

    CollectionIterator(JsObject proto, OrderedTable.Cursor cursor, int kind, boolean ofSet) {
      super(proto);
      this.cursor = cursor;
      this.kind = kind;
      this.ofSet = ofSet;
    }

    @Override
    public String className() {
      return ofSet ? "Set Iterator" : "Map Iterator";
    }
  }

  /** A WeakMap or WeakSet object. */
  static final class WeakCollection extends JsObject {
    final WeakIdentityTable table = new WeakIdentityTable();
    final boolean isSet;

    WeakCollection(JsObject proto, boolean isSet) {
      super(proto);
      this.isSet = isSet;
    }

    @Override
    public String className() {
      return isSet ? "WeakSet" : "WeakMap";
    }
  }

  static void install(Realm realm) {
    installMap(realm);
    installSet(realm);
    installWeak(realm, false);
    installWeak(realm, true);
  }

  /** "#<Object>" for objects, the string form for primitives (for messages). */
  static String describe(Object v) {
    if (v instanceof JsFunction f) return "function " + f.name();
    if (v instanceof JsObject o) {
      // The constructor's name, looked up without running getters.
      Object c = null;
      for (JsObject p = o; p != null && c == null; p = p.proto()) {
        Object raw = p.getOwnRaw("constructor");
        if (raw != JsObject.NOT_FOUND) c = raw;
      }
      String n = c instanceof JsFunction f && !f.name().isEmpty() ? f.name() : o.className();
      return "#<" + n + ">";
    }
    if (v instanceof JsSymbol s) return s.toString();
    if (v instanceof String s) return s;
    try {
      return Ops.toString(v);
    } catch (RuntimeException e) {
      return String.valueOf(v);
    }
  }

  private static JsObject protoFor(Context ctx, JsObject newTarget, JsObject dflt) {
    if (newTarget == null) return dflt;
    Object p = newTarget.get("prototype", newTarget, ctx);
    return p instanceof JsObject po ? po : dflt;
  }

  private static NativeFunction constructor(Realm realm, String name, JsObject proto, NativeFunction.Ctor ctor) {
    NativeFunction c = new NativeFunction(realm, name, 0, (ctx, self, args) -> {
      throw Errors.typeError("Constructor " + name + " requires 'new'");
    }, ctor);
    c.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", c, Shape.HIDDEN);
    proto.defineOwn(JsSymbol.TO_STRING_TAG, name, Shape.CONFIGURABLE);
    if (!name.startsWith("Weak")) {
      c.defineAccessor(JsSymbol.SPECIES, realm.function("get [Symbol.species]", 0, (ctx, self, args) -> self),
          Ops.UNDEFINED, Shape.CONFIGURABLE);
    }
    realm.global.defineOwn(name, c, Shape.HIDDEN);
    realm.intrinsic(name, c);
    realm.intrinsic(name + "Prototype", proto);
    return c;
  }

  private static JsMap thisMap(Object self, String method, boolean set) {
    if (self instanceof JsMap m && m.isSet() == set) return m;
    throw Errors.typeError("Method " + (set ? "Set" : "Map") + ".prototype." + method
        + " called on incompatible receiver " + describe(self));
  }

  private static JsFunction callbackArg(Object[] args) {
    Object f = Arg.get(args, 0);
    if (f instanceof JsFunction fn) return fn;
    throw Errors.typeError(describe(f) + " is not a function");
  }

  private static JsObject iteratorProto(Realm realm, String tag) {
    JsObject proto = new JsObject(realm.iteratorPrototype);
    realm.method(proto, "next", 0, (ctx, self, args) -> {
      if (!(self instanceof CollectionIterator it) || !it.className().equals(tag)) {
        throw Errors.typeError("Method " + tag + ".prototype.next called on incompatible receiver " + describe(self));
      }
      OrderedTable.Entry e = it.cursor.next();
      if (e == null) return IteratorBuiltins.result(realm, Ops.UNDEFINED, true);
      Object v = switch (it.kind) {
        case 0 -> e.value();
        case 1 -> e.key();
        default -> realm.newArray(new Object[] {e.key(), e.value()});
      };
      return IteratorBuiltins.result(realm, v, false);
    });
    proto.defineOwn(JsSymbol.TO_STRING_TAG, tag, Shape.CONFIGURABLE);
    return proto;
  }

  // ------------------------------------------------------------------ Map

  private static void installMap(Realm realm) {
    JsObject proto = new JsObject(realm.objectPrototype());
    JsObject iterProto = iteratorProto(realm, "Map Iterator");
    realm.intrinsic("MapIteratorPrototype", iterProto);
    NativeFunction[] setter = new NativeFunction[1];
    constructor(realm, "Map", proto, (ctx, args, nt) -> {
      JsMap map = new JsMap(protoFor(ctx, nt, proto), false);
      Object iterable = Arg.get(args, 0);
      if (iterable == null || iterable == Ops.UNDEFINED) return map;
      Object adder = map.get("set", map, ctx);
      if (!(adder instanceof JsFunction add)) throw Errors.typeError("'" + Ops.toString(adder) + "' returned for property 'set' of object '#<Map>' is not callable");
      boolean direct = add == setter[0];
      IteratorBuiltins.forEach(realm, ctx, iterable, item -> {
        if (!(item instanceof JsObject entry)) throw Errors.typeError("Iterator value " + describe(item) + " is not an entry object");
        Object k = Props.getComputed(realm, entry, 0, ctx);
        Object v = Props.getComputed(realm, entry, 1, ctx);
        if (direct) map.table.put(k, v);
        else add.invoke(ctx, map, new Object[] {k, v});
      });
      return map;
    });

    realm.method(proto, "get", 1, (ctx, self, args) -> thisMap(self, "get", false).table.get(Arg.get(args, 0)));
    setter[0] = realm.method(proto, "set", 2, (ctx, self, args) -> {
      thisMap(self, "set", false).table.put(Arg.get(args, 0), Arg.get(args, 1));
      return self;
    });
    realm.method(proto, "has", 1, (ctx, self, args) -> thisMap(self, "has", false).table.has(Arg.get(args, 0)));
    realm.method(proto, "delete", 1, (ctx, self, args) -> thisMap(self, "delete", false).table.remove(Arg.get(args, 0)));
    realm.method(proto, "clear", 0, (ctx, self, args) -> {
      thisMap(self, "clear", false).table.clear();
      return Ops.UNDEFINED;
    });
    realm.method(proto, "forEach", 1, (ctx, self, args) -> {
      JsMap m = thisMap(self, "forEach", false);
      JsFunction f = callbackArg(args);
      Object thisArg = Arg.get(args, 1);
      OrderedTable.Cursor c = m.table.cursor();
      for (OrderedTable.Entry e; (e = c.next()) != null; ) f.invoke(ctx, thisArg, new Object[] {e.value(), e.key(), m});
      return Ops.UNDEFINED;
    });
    proto.defineAccessor("size", realm.function("get size", 0, (ctx, self, args) -> thisMap(self, "size", false).table.size()),
        Ops.UNDEFINED, Shape.CONFIGURABLE);
    NativeFunction entries = realm.method(proto, "entries", 0,
        (ctx, self, args) -> new CollectionIterator(iterProto, thisMap(self, "entries", false).table.cursor(), 2, false));
    realm.method(proto, "keys", 0,
        (ctx, self, args) -> new CollectionIterator(iterProto, thisMap(self, "keys", false).table.cursor(), 1, false));
    realm.method(proto, "values", 0,
        (ctx, self, args) -> new CollectionIterator(iterProto, thisMap(self, "values", false).table.cursor(), 0, false));
    proto.defineOwn(JsSymbol.ITERATOR, entries, Shape.HIDDEN);
  }

  // ------------------------------------------------------------------ Set

  private static void installSet(Realm realm) {
    JsObject proto = new JsObject(realm.objectPrototype());
    JsObject iterProto = iteratorProto(realm, "Set Iterator");
    realm.intrinsic("SetIteratorPrototype", iterProto);
    NativeFunction[] adderFn = new NativeFunction[1];
    constructor(realm, "Set", proto, (ctx, args, nt) -> {
      JsMap set = new JsMap(protoFor(ctx, nt, proto), true);
      Object iterable = Arg.get(args, 0);
      if (iterable == null || iterable == Ops.UNDEFINED) return set;
      Object adder = set.get("add", set, ctx);
      if (!(adder instanceof JsFunction add)) throw Errors.typeError("'" + Ops.toString(adder) + "' returned for property 'add' of object '#<Set>' is not callable");
      boolean direct = add == adderFn[0];
      IteratorBuiltins.forEach(realm, ctx, iterable, v -> {
        if (direct) set.table.put(v, v);
        else add.invoke(ctx, set, new Object[] {v});
      });
      return set;
    });

    adderFn[0] = realm.method(proto, "add", 1, (ctx, self, args) -> {
      Object v = Arg.get(args, 0);
      JsMap s = thisMap(self, "add", true);
      if (!s.table.has(v)) s.table.put(v, OrderedTable.normalize(v));
      return self;
    });
    realm.method(proto, "has", 1, (ctx, self, args) -> thisMap(self, "has", true).table.has(Arg.get(args, 0)));
    realm.method(proto, "delete", 1, (ctx, self, args) -> thisMap(self, "delete", true).table.remove(Arg.get(args, 0)));
    realm.method(proto, "clear", 0, (ctx, self, args) -> {
      thisMap(self, "clear", true).table.clear();
      return Ops.UNDEFINED;
    });
    realm.method(proto, "forEach", 1, (ctx, self, args) -> {
      JsMap s = thisMap(self, "forEach", true);
      JsFunction f = callbackArg(args);
      Object thisArg = Arg.get(args, 1);
      OrderedTable.Cursor c = s.table.cursor();
      for (OrderedTable.Entry e; (e = c.next()) != null; ) f.invoke(ctx, thisArg, new Object[] {e.key(), e.key(), s});
      return Ops.UNDEFINED;
    });
    proto.defineAccessor("size", realm.function("get size", 0, (ctx, self, args) -> thisMap(self, "size", true).table.size()),
        Ops.UNDEFINED, Shape.CONFIGURABLE);
    realm.method(proto, "entries", 0,
        (ctx, self, args) -> new CollectionIterator(iterProto, thisMap(self, "entries", true).table.cursor(), 2, true));
    NativeFunction values = realm.method(proto, "values", 0,
        (ctx, self, args) -> new CollectionIterator(iterProto, thisMap(self, "values", true).table.cursor(), 0, true));
    proto.defineOwn("keys", values, Shape.HIDDEN);
    proto.defineOwn(JsSymbol.ITERATOR, values, Shape.HIDDEN);
  }

  // ------------------------------------------------------------------ WeakMap and WeakSet

  /** Whether {@code v} can be held weakly: objects only (script objects and host objects). */
  private static boolean canBeHeldWeakly(Object v) {
    return v instanceof JsObject || Ops.isHostObject(v);
  }

  private static void installWeak(Realm realm, boolean isSet) {
    String name = isSet ? "WeakSet" : "WeakMap";
    JsObject proto = new JsObject(realm.objectPrototype());
    constructor(realm, name, proto, (ctx, args, nt) -> {
      WeakCollection w = new WeakCollection(protoFor(ctx, nt, proto), isSet);
      Object iterable = Arg.get(args, 0);
      if (iterable == null || iterable == Ops.UNDEFINED) return w;
      String adderName = isSet ? "add" : "set";
      Object adder = w.get(adderName, w, ctx);
      if (!(adder instanceof JsFunction add)) throw Errors.typeError("'" + Ops.toString(adder) + "' returned for property '" + adderName + "' of object '#<" + name + ">' is not callable");
      IteratorBuiltins.forEach(realm, ctx, iterable, item -> {
        if (isSet) {
          add.invoke(ctx, w, new Object[] {item});
          return;
        }
        if (!(item instanceof JsObject entry)) throw Errors.typeError("Iterator value " + describe(item) + " is not an entry object");
        Object k = Props.getComputed(realm, entry, 0, ctx);
        Object v = Props.getComputed(realm, entry, 1, ctx);
        add.invoke(ctx, w, new Object[] {k, v});
      });
      return w;
    });
    java.util.function.BiFunction<Object, String, WeakCollection> self = (s, method) -> {
      if (s instanceof WeakCollection w && w.isSet == isSet) return w;
      throw Errors.typeError("Method " + name + ".prototype." + method + " called on incompatible receiver " + describe(s));
    };
    if (isSet) {
      realm.method(proto, "add", 1, (ctx, s, args) -> {
        WeakCollection w = self.apply(s, "add");
        Object v = Arg.get(args, 0);
        if (!canBeHeldWeakly(v)) throw Errors.typeError("Invalid value used in weak set");
        w.table.put(v, Boolean.TRUE);
        return s;
      });
    } else {
      realm.method(proto, "get", 1, (ctx, s, args) -> {
        WeakCollection w = self.apply(s, "get");
        Object k = Arg.get(args, 0);
        if (!canBeHeldWeakly(k)) return Ops.UNDEFINED;
        Object v = w.table.get(k);
        return v == JsObject.NOT_FOUND ? Ops.UNDEFINED : v;
      });
      realm.method(proto, "set", 2, (ctx, s, args) -> {
        WeakCollection w = self.apply(s, "set");
        Object k = Arg.get(args, 0);
        if (!canBeHeldWeakly(k)) throw Errors.typeError("Invalid value used as weak map key");
        w.table.put(k, Arg.get(args, 1));
        return s;
      });
    }
    realm.method(proto, "has", 1, (ctx, s, args) -> {
      WeakCollection w = self.apply(s, "has");
      Object k = Arg.get(args, 0);
      return canBeHeldWeakly(k) && w.table.has(k);
    });
    realm.method(proto, "delete", 1, (ctx, s, args) -> {
      WeakCollection w = self.apply(s, "delete");
      Object k = Arg.get(args, 0);
      return canBeHeldWeakly(k) && w.table.remove(k);
    });
  }
}
