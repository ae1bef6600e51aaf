package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Array} and {@code Array.prototype}. Methods are generic over array-likes, as the
 * language requires, with fast paths for dense arrays.
 */
public final class ArrayBuiltins {

  private ArrayBuiltins() {
  }

  static long length(Realm realm, Context ctx, Object o) {
    if (o instanceof JsArray a) return a.length;
    return Ops.toLength(Props.get(realm, o, "length", ctx));
  }

  static Object get(Realm realm, Context ctx, Object o, long i) {
    if (o instanceof JsArray a && i < Integer.MAX_VALUE) return a.getElement((int) i, ctx);
    return Props.get(realm, o, key(i), ctx);
  }

  static boolean has(Object o, long i) {
    if (o instanceof JsObject jo) return jo.hasProperty(key(i));
    return false;
  }

  static void set(Realm realm, Context ctx, Object o, long i, Object v) {
    if (o instanceof JsArray a && i < Integer.MAX_VALUE - 8) {
      if (!a.setElement((int) i, v, ctx)) throw Errors.typeError("Cannot assign to read only property '" + i + "' of object");
      return;
    }
    Props.set(realm, o, key(i), v, ctx, true);
  }

  static void setLength(Realm realm, Context ctx, Object o, long n) {
    Props.set(realm, o, "length", Ops.num((double) n), ctx, true);
  }

  static Object key(long i) {
    return i < 1024 ? io.pipy.js.runtime.Numbers.toString((int) i) : Long.toString(i);
  }

  static JsFunction callback(Object[] args, String method) {
    Object f = Arg.get(args, 0);
    if (f instanceof JsFunction fn) return fn;
    throw Errors.typeError(Ops.toString(f instanceof JsObject ? "object" : f) + " is not a function");
  }

  static void install(Realm realm) {
    JsArray proto = (JsArray) realm.arrayPrototype;
    NativeFunction ctor = new NativeFunction(realm, "Array", 1,
        (ctx, self, args) -> construct(realm, args, realm.arrayPrototype),
        (ctx, args, nt) -> {
          Object p = nt == null ? proto : nt.get("prototype", nt, ctx);
          return construct(realm, args, p instanceof JsObject po ? po : proto);
        });
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    realm.global.defineOwn("Array", ctor, Shape.HIDDEN);
    realm.intrinsic("Array", ctor);

    realm.method(ctor, "isArray", 1, (ctx, self, args) -> Arg.get(args, 0) instanceof JsArray);
    realm.method(ctor, "of", 0, (ctx, self, args) -> realm.newArray(args.clone()));
    realm.method(ctor, "from", 1, (ctx, self, args) -> {
      Object src = Arg.get(args, 0);
      Object mapFn = Arg.get(args, 1);
      Object thisArg = Arg.get(args, 2);
      if (mapFn != Ops.UNDEFINED && !(mapFn instanceof JsFunction)) throw Errors.typeError(Ops.toString(mapFn) + " is not a function");
      List<Object> out = new ArrayList<>();
      if (src == null || src == Ops.UNDEFINED) throw Errors.typeError(src + " is not iterable");
      Object iter = Props.get(realm, src, JsSymbol.ITERATOR, ctx);
      if (iter != Ops.UNDEFINED && iter != null) {
        IteratorBuiltins.forEach(realm, ctx, src, v -> out.add(v));
      } else {
        Object o = Ops.toObject(realm, src);
        long n = length(realm, ctx, o);
        for (long i = 0; i < n; i++) out.add(get(realm, ctx, o, i));
      }
      if (mapFn instanceof JsFunction mf) {
        for (int i = 0; i < out.size(); i++) out.set(i, mf.invoke(ctx, thisArg, new Object[] {out.get(i), i}));
      }
      return realm.newArray(out.toArray());
    });

    realm.method(proto, "push", 1, (ctx, self, args) -> {
      if (self instanceof JsArray a && a.isDenseFast() && a.isLengthWritable() && a.isExtensible()) {
        for (Object v : args) a.push(v);
        return a.length;
      }
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      for (Object v : args) set(realm, ctx, o, n++, v);
      setLength(realm, ctx, o, n);
      return Ops.num((double) n);
    });
    realm.method(proto, "pop", 0, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      if (n == 0) {
        setLength(realm, ctx, o, 0);
        return Ops.UNDEFINED;
      }
      Object v = get(realm, ctx, o, n - 1);
      deleteIndex(realm, o, n - 1);
      setLength(realm, ctx, o, n - 1);
      return v;
    });
    realm.method(proto, "shift", 0, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      if (n == 0) {
        setLength(realm, ctx, o, 0);
        return Ops.UNDEFINED;
      }
      Object first = get(realm, ctx, o, 0);
      if (o instanceof JsArray a && a.isDenseFast() && a.length <= a.elems.length) {
        System.arraycopy(a.elems, 1, a.elems, 0, a.length - 1);
        a.elems[a.length - 1] = JsArray.HOLE;
        a.length--;
        return first;
      }
      for (long k = 1; k < n; k++) {
        if (has(o, k)) set(realm, ctx, o, k - 1, get(realm, ctx, o, k));
        else deleteIndex(realm, o, k - 1);
      }
      deleteIndex(realm, o, n - 1);
      setLength(realm, ctx, o, n - 1);
      return first;
    });
    realm.method(proto, "unshift", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      int c = args.length;
      if (c > 0) {
        for (long k = n; k > 0; k--) {
          if (has(o, k - 1)) set(realm, ctx, o, k - 1 + c, get(realm, ctx, o, k - 1));
          else deleteIndex(realm, o, k - 1 + c);
        }
        for (int j = 0; j < c; j++) set(realm, ctx, o, j, args[j]);
      }
      setLength(realm, ctx, o, n + c);
      return Ops.num((double) (n + c));
    });
    realm.method(proto, "slice", 2, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      long from = Ops.relativeIndex(Arg.get(args, 0), n, 0);
      long to = Ops.relativeIndex(Arg.get(args, 1), n, n);
      List<Object> out = new ArrayList<>();
      for (long k = from; k < to; k++) out.add(has(o, k) ? get(realm, ctx, o, k) : JsArray.HOLE);
      return new JsArray(realm.arrayPrototype, out.toArray(), out.size());
    });
    realm.method(proto, "splice", 2, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      long start = Ops.relativeIndex(Arg.get(args, 0), n, 0);
      long deleteCount;
      if (args.length == 0) deleteCount = 0;
      else if (args.length == 1) deleteCount = n - start;
      else deleteCount = (long) Math.min(Math.max(Ops.toInteger(args[1]), 0), n - start);
      Object[] items = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length) : Ops.NO_ARGS;
      Object[] removed = new Object[(int) deleteCount];
      for (int k = 0; k < deleteCount; k++) removed[k] = has(o, start + k) ? get(realm, ctx, o, start + k) : JsArray.HOLE;
      int ic = items.length;
      if (ic < deleteCount) {
        for (long k = start; k < n - deleteCount; k++) {
          long from = k + deleteCount;
          long to = k + ic;
          if (has(o, from)) set(realm, ctx, o, to, get(realm, ctx, o, from));
          else deleteIndex(realm, o, to);
        }
        for (long k = n; k > n - deleteCount + ic; k--) deleteIndex(realm, o, k - 1);
      } else if (ic > deleteCount) {
        for (long k = n - deleteCount; k > start; k--) {
          long from = k + deleteCount - 1;
          long to = k + ic - 1;
          if (has(o, from)) set(realm, ctx, o, to, get(realm, ctx, o, from));
          else deleteIndex(realm, o, to);
        }
      }
      for (int j = 0; j < ic; j++) set(realm, ctx, o, start + j, items[j]);
      setLength(realm, ctx, o, n - deleteCount + ic);
      return new JsArray(realm.arrayPrototype, removed, removed.length);
    });
    realm.method(proto, "concat", 1, (ctx, self, args) -> {
      List<Object> out = new ArrayList<>();
      Object[] all = new Object[args.length + 1];
      all[0] = Ops.toObject(realm, self);
      System.arraycopy(args, 0, all, 1, args.length);
      for (Object item : all) {
        boolean spreadable = item instanceof JsArray;
        if (item instanceof JsObject jo) {
          Object s = jo.get(JsSymbol.IS_CONCAT_SPREADABLE, jo, ctx);
          if (s != Ops.UNDEFINED) spreadable = Ops.toBoolean(s);
        }
        if (spreadable) {
          long n = length(realm, ctx, item);
          for (long k = 0; k < n; k++) out.add(has(item, k) ? get(realm, ctx, item, k) : JsArray.HOLE);
        } else {
          out.add(item);
        }
      }
      return new JsArray(realm.arrayPrototype, out.toArray(), out.size());
    });
    realm.method(proto, "join", 1, (ctx, self, args) -> join(realm, ctx, Ops.toObject(realm, self), Arg.get(args, 0)));
    realm.method(proto, "toString", 0, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      Object j = Props.get(realm, o, "join", ctx);
      if (j instanceof JsFunction jf) return jf.invoke(ctx, o, Ops.NO_ARGS);
      return ObjectBuiltins.toStringTag(realm, ctx, o);
    });
    realm.method(proto, "reverse", 0, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      for (long lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
        boolean hasLo = has(o, lo);
        boolean hasHi = has(o, hi);
        Object vLo = hasLo ? get(realm, ctx, o, lo) : null;
        Object vHi = hasHi ? get(realm, ctx, o, hi) : null;
        if (hasHi) set(realm, ctx, o, lo, vHi);
        else deleteIndex(realm, o, lo);
        if (hasLo) set(realm, ctx, o, hi, vLo);
        else deleteIndex(realm, o, hi);
      }
      return o;
    });
    realm.method(proto, "indexOf", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      Object target = Arg.get(args, 0);
      long k = Ops.relativeIndex(Arg.get(args, 1), n, 0);
      for (; k < n; k++) {
        if (has(o, k) && Ops.strictEquals(get(realm, ctx, o, k), target)) return Ops.num((double) k);
      }
      return -1;
    });
    realm.method(proto, "lastIndexOf", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      Object target = Arg.get(args, 0);
      long k = n - 1;
      if (args.length > 1) {
        double d = Ops.toInteger(args[1]);
        k = d < 0 ? (long) (n + d) : (long) Math.min(d, n - 1);
      }
      for (; k >= 0; k--) {
        if (has(o, k) && Ops.strictEquals(get(realm, ctx, o, k), target)) return Ops.num((double) k);
      }
      return -1;
    });
    realm.method(proto, "includes", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      Object target = Arg.get(args, 0);
      for (long k = Ops.relativeIndex(Arg.get(args, 1), n, 0); k < n; k++) {
        if (Ops.sameValueZero(get(realm, ctx, o, k), target)) return true;
      }
      return false;
    });
    realm.method(proto, "forEach", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "forEach");
      Object thisArg = Arg.get(args, 1);
      for (long k = 0; k < n; k++) {
        if (has(o, k)) f.invoke(ctx, thisArg, new Object[] {get(realm, ctx, o, k), Ops.num((double) k), o});
      }
      return Ops.UNDEFINED;
    });
    realm.method(proto, "map", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "map");
      Object thisArg = Arg.get(args, 1);
      Object[] out = new Object[(int) n];
      java.util.Arrays.fill(out, JsArray.HOLE);
      for (long k = 0; k < n; k++) {
        if (has(o, k)) out[(int) k] = f.invoke(ctx, thisArg, new Object[] {get(realm, ctx, o, k), Ops.num((double) k), o});
      }
      return new JsArray(realm.arrayPrototype, out, out.length);
    });
    realm.method(proto, "filter", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "filter");
      Object thisArg = Arg.get(args, 1);
      List<Object> out = new ArrayList<>();
      for (long k = 0; k < n; k++) {
        if (!has(o, k)) continue;
        Object v = get(realm, ctx, o, k);
        if (Ops.toBoolean(f.invoke(ctx, thisArg, new Object[] {v, Ops.num((double) k), o}))) out.add(v);
      }
      return realm.newArray(out.toArray());
    });
    realm.method(proto, "some", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "some");
      for (long k = 0; k < n; k++) {
        if (has(o, k) && Ops.toBoolean(f.invoke(ctx, Arg.get(args, 1), new Object[] {get(realm, ctx, o, k), Ops.num((double) k), o}))) return true;
      }
      return false;
    });
    realm.method(proto, "every", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "every");
      for (long k = 0; k < n; k++) {
        if (has(o, k) && !Ops.toBoolean(f.invoke(ctx, Arg.get(args, 1), new Object[] {get(realm, ctx, o, k), Ops.num((double) k), o}))) return false;
      }
      return true;
    });
    realm.method(proto, "find", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "find");
      for (long k = 0; k < n; k++) {
        Object v = get(realm, ctx, o, k);
        if (Ops.toBoolean(f.invoke(ctx, Arg.get(args, 1), new Object[] {v, Ops.num((double) k), o}))) return v;
      }
      return Ops.UNDEFINED;
    });
    realm.method(proto, "findIndex", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "findIndex");
      for (long k = 0; k < n; k++) {
        if (Ops.toBoolean(f.invoke(ctx, Arg.get(args, 1), new Object[] {get(realm, ctx, o, k), Ops.num((double) k), o}))) return Ops.num((double) k);
      }
      return -1;
    });
    realm.method(proto, "reduce", 1, (ctx, self, args) -> reduce(realm, ctx, self, args, false));
    realm.method(proto, "reduceRight", 1, (ctx, self, args) -> reduce(realm, ctx, self, args, true));
    realm.method(proto, "sort", 1, (ctx, self, args) -> ArraySort.sort(realm, ctx, self, Arg.get(args, 0)));
    realm.method(proto, "fill", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      long from = Ops.relativeIndex(Arg.get(args, 1), n, 0);
      long to = Ops.relativeIndex(Arg.get(args, 2), n, n);
      for (long k = from; k < to; k++) set(realm, ctx, o, k, Arg.get(args, 0));
      return o;
    });
    NativeFunction values = realm.method(proto, "values", 0, (ctx, self, args) -> IteratorBuiltins.arrayIterator(realm, Ops.toObject(realm, self), 0));
    realm.method(proto, "keys", 0, (ctx, self, args) -> IteratorBuiltins.arrayIterator(realm, Ops.toObject(realm, self), 1));
    realm.method(proto, "entries", 0, (ctx, self, args) -> IteratorBuiltins.arrayIterator(realm, Ops.toObject(realm, self), 2));
    proto.defineOwn(JsSymbol.ITERATOR, values, Shape.HIDDEN);
    realm.intrinsic("ArrayValues", values);
  }

  private static Object construct(Realm realm, Object[] args, JsObject proto) {
    if (args.length == 1 && (args[0] instanceof Integer || args[0] instanceof Double)) {
      double d = Ops.toNumber(args[0]);
      long n = (long) d;
      if (d != n || n < 0 || n > 4294967295L) throw Errors.rangeError("Invalid array length");
      JsArray a = new JsArray(proto);
      a.truncate((int) Math.min(n, Integer.MAX_VALUE - 8));
      return a;
    }
    return new JsArray(proto, args.clone(), args.length);
  }

  static void deleteIndex(Realm realm, Object o, long i) {
    if (o instanceof JsObject jo && !jo.deleteOwn(key(i))) throw Errors.typeError("Cannot delete property '" + i + "'");
  }

  static String join(Realm realm, Context ctx, Object o, Object sepArg) {
    long n = length(realm, ctx, o);
    String sep = sepArg == Ops.UNDEFINED ? "," : Ops.toString(sepArg, ctx);
    StringBuilder sb = new StringBuilder();
    for (long k = 0; k < n; k++) {
      if (k > 0) sb.append(sep);
      Object v = get(realm, ctx, o, k);
      if (v != null && v != Ops.UNDEFINED) sb.append(Ops.toString(v, ctx));
    }
    return sb.toString();
  }

  private static Object reduce(Realm realm, Context ctx, Object self, Object[] args, boolean right) {
    Object o = Ops.toObject(realm, self);
    long n = length(realm, ctx, o);
    JsFunction f = callback(args, "reduce");
    long k = right ? n - 1 : 0;
    long step = right ? -1 : 1;
    Object acc;
    if (args.length >= 2) {
      acc = args[1];
    } else {
      while (right ? k >= 0 : k < n) {
        if (has(o, k)) break;
        k += step;
      }
      if (right ? k < 0 : k >= n) throw Errors.typeError("Reduce of empty array with no initial value");
      acc = get(realm, ctx, o, k);
      k += step;
    }
    for (; right ? k >= 0 : k < n; k += step) {
      if (has(o, k)) acc = f.invoke(ctx, Ops.UNDEFINED, new Object[] {acc, get(realm, ctx, o, k), Ops.num((double) k), o});
    }
    return acc;
  }

  /** Defines index {@code i} on a new array (CreateDataProperty). */
  static void createDataProperty(JsObject o, long i, Object v) {
    o.defineOwnProperty(key(i), PropertyDescriptor.data(v, Shape.DEFAULT));
  }
}
