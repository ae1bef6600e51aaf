package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Accessor;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Numbers;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code Array} and {@code Array.prototype}. Every method is generic over array-likes, as the
 * language requires; dense arrays whose prototypes hold no elements take fast paths that read
 * and write the element storage directly (the results are the same: a hole there is simply an
 * absent property).
 */
public final class ArrayBuiltins {

  /** 2^53 - 1, the largest length an array-like may have. */
  static final double MAX_SAFE = 9007199254740991.0;
  /** 2^32 - 1, the largest length of an actual array. */
  static final long MAX_ARRAY = 4294967295L;
  /** Beyond this distance from the end of a fresh array, elements are defined the slow way (sparse). */
  private static final int MAX_GAP = 1 << 20;

  private ArrayBuiltins() {
  }

  // ------------------------------------------------------------------ abstract operations

  /** LengthOfArrayLike. */
  static long length(Realm realm, Context ctx, Object o) {
    if (o instanceof JsArray a) return a.length;
    return Ops.toLength(Props.get(realm, o, "length", ctx));
  }

  static Object get(Realm realm, Context ctx, Object o, long i) {
    if (o instanceof JsArray a && i < Integer.MAX_VALUE) return a.getElement((int) i, ctx);
    return Props.get(realm, o, key(i), ctx);
  }

  /** HasProperty(o, i). */
  static boolean has(Object o, long i) {
    if (o instanceof JsArray a && i < a.length && i < a.elems.length && a.elems[(int) i] != JsArray.HOLE) return true;
    if (o instanceof JsObject jo) return jo.hasProperty(key(i));
    return false;
  }

  /** Set(o, i, v, true). */
  static void set(Realm realm, Context ctx, Object o, long i, Object v) {
    if (o instanceof JsArray a && i < Integer.MAX_VALUE - 8) {
      if (!a.setElement((int) i, v, ctx)) throw Errors.typeError("Cannot assign to read only property '" + i + "' of object");
      return;
    }
    Props.set(realm, o, key(i), v, ctx, true);
  }

  /** Set(o, "length", n, true). */
  static void setLength(Realm realm, Context ctx, Object o, long n) {
    if (o instanceof JsArray a) {
      if (a.isLengthWritable() && n <= Integer.MAX_VALUE - 8) {
        a.truncate((int) n);
        return;
      }
      // A read-only length refuses every assignment, even of its own value.
      if (!a.isLengthWritable()) throw Errors.typeError("Cannot assign to read only property 'length' of object '[object Array]'");
    }
    Props.set(realm, o, "length", Ops.num((double) n), ctx, true);
  }

  /** The property key of index {@code i}. */
  static Object key(long i) {
    return i < 1024 ? Numbers.toString((int) i) : Long.toString(i);
  }

  static Object index(long i) {
    return i <= Integer.MAX_VALUE ? (Object) (int) i : (Object) (double) i;
  }

  static JsFunction callback(Object[] args, String method) {
    Object f = Arg.get(args, 0);
    if (f instanceof JsFunction fn) return fn;
    throw Errors.typeError(Arg.describe(f) + " is not a function");
  }

  /** DeletePropertyOrThrow(o, i). */
  static void deleteIndex(Realm realm, Object o, long i) {
    if (o instanceof JsObject jo && !jo.deleteOwn(key(i))) throw Errors.typeError("Cannot delete property '" + i + "' of " + ObjectBuiltins.toStringTag(realm, null, o));
  }

  /** CreateDataPropertyOrThrow(o, i, v). */
  static void createDataProperty(JsObject o, long i, Object v) {
    if (o instanceof JsArray a && a.isDenseFast() && a.isExtensible() && i < Integer.MAX_VALUE - 8
        && (i < a.length || (a.isLengthWritable() && i - a.length < MAX_GAP))) {
      int n = (int) i;
      if (n < a.length && n < a.elems.length) {
        a.elems[n] = v;
        return;
      }
      if (n >= a.length) {
        a.ensureCapacity(n + 1);
        Arrays.fill(a.elems, a.length, n, JsArray.HOLE);
        a.elems[n] = v;
        a.length = n + 1;
        return;
      }
    }
    if (!o.defineOwnProperty(key(i), PropertyDescriptor.data(v, Shape.DEFAULT))) {
      throw Errors.typeError("Cannot add property " + i + ", object is not extensible");
    }
  }

  /** Whether some object on the prototype chain of {@code o} has an element (then holes are not simply absent). */
  static boolean protoHasElements(JsObject o) {
    for (JsObject p = o.proto(); p != null; p = p.proto()) {
      if (p instanceof JsArray pa) {
        if (pa.length > 0 || !pa.isDenseFast()) return true;
      }
      if (p.isDictionary()) {
        for (Object k : p.ownKeys()) {
          if (k instanceof String s && Numbers.isArrayIndex(s)) return true;
        }
      } else {
        Shape sh = p.shape;
        for (int i = 0, n = sh.size(); i < n; i++) {
          if (sh.key(i) instanceof String s && !s.isEmpty() && s.charAt(0) <= '9' && Numbers.isArrayIndex(s)) return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code o} is an array whose whole contents are its dense element storage: reading,
   * moving and deleting elements may then work on {@link JsArray#elems} directly.
   */
  static boolean isPlainDense(Object o) {
    return o instanceof JsArray a && a.isDenseFast() && a.length <= a.elems.length && a.isLengthWritable()
        && a.isExtensible() && !protoHasElements(a);
  }

  /** An array of length {@code n} of holes. */
  static JsArray arrayCreate(Realm realm, long n) {
    if (n > MAX_ARRAY) throw Errors.rangeError("Invalid array length");
    JsArray a = realm.newArray();
    if (n > 0) {
      if (n > Integer.MAX_VALUE - 8) throw Errors.rangeError("Invalid array length");
      a.truncate((int) n);
    }
    return a;
  }

  /** ArraySpeciesCreate: null means "a plain array" (the caller builds it the fast way). */
  static JsFunction speciesConstructor(Realm realm, Context ctx, Object original) {
    if (!(original instanceof JsArray a)) return null;
    Object c = a.get("constructor", a, ctx);
    JsObject arrayCtor = realm.intrinsic("Array");
    if (c instanceof JsObject co) {
      if (c == arrayCtor && arrayCtor.getOwnRaw(JsSymbol.SPECIES) instanceof Accessor acc
          && acc.getter == realm.intrinsicOrNull("ArraySpeciesGetter")) {
        return null;
      }
      c = co.get(JsSymbol.SPECIES, co, ctx);
      if (c == null) c = Ops.UNDEFINED;
    }
    if (c == Ops.UNDEFINED || c == arrayCtor) return null;
    if (!(c instanceof JsFunction f) || !f.isConstructor()) throw Errors.typeError("object.constructor[Symbol.species] is not a constructor");
    return f;
  }

  static JsObject speciesCreate(Realm realm, Context ctx, Object original, long n) {
    JsFunction c = speciesConstructor(realm, ctx, original);
    if (c == null) return arrayCreate(realm, n);
    return construct(ctx, c, new Object[] {Ops.num((double) n)});
  }

  private static JsObject construct(Context ctx, JsFunction c, Object[] args) {
    Object r = c.construct(ctx, args, c);
    if (!(r instanceof JsObject o)) throw Errors.typeError("constructor did not return an object");
    return o;
  }

  /**
   * Steps over the indexes of an array-like that may hold elements: for a sparse array with a
   * prototype chain free of elements, only its named elements beyond the dense storage.
   */
  static final class Indexes {
    private final long[] named;
    private final long denseEnd;

    private Indexes(long[] named, long denseEnd) {
      this.named = named;
      this.denseEnd = denseEnd;
    }

    static final Indexes ALL = new Indexes(null, 0);

    static Indexes of(Object o, long n) {
      if (!(o instanceof JsArray a) || n <= (long) a.elems.length + 1024 || protoHasElements(a)) return ALL;
      List<Object> keys = a.ownKeys();
      long[] named = new long[keys.size()];
      int c = 0;
      for (Object k : keys) {
        if (k instanceof String s) {
          long i = Numbers.arrayIndex(s);
          if (i >= a.elems.length) named[c++] = i;
        }
      }
      named = Arrays.copyOf(named, c);
      Arrays.sort(named);
      return new Indexes(named, a.elems.length);
    }

    /** The first index ≥ k that may hold an element, or {@code n}. */
    long next(long k, long n) {
      if (named == null || k < denseEnd) return k;
      int i = Arrays.binarySearch(named, k);
      if (i < 0) i = -i - 1;
      return i < named.length ? Math.min(named[i], n) : n;
    }

    /** The last index ≤ k that may hold an element, or -1. */
    long prev(long k) {
      if (named == null || k < denseEnd) return k;
      int i = Arrays.binarySearch(named, k);
      if (i < 0) i = -i - 2;
      return i >= 0 ? named[i] : denseEnd - 1;
    }
  }

  // ------------------------------------------------------------------ installation

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
    NativeFunction species = realm.function("get [Symbol.species]", 0, (ctx, self, args) -> self);
    ctor.defineAccessor(JsSymbol.SPECIES, species, Ops.UNDEFINED, Shape.CONFIGURABLE);
    realm.intrinsic("ArraySpeciesGetter", species);

    realm.method(ctor, "isArray", 1, (ctx, self, args) -> Arg.get(args, 0) instanceof JsArray);
    realm.method(ctor, "of", 0, (ctx, self, args) -> {
      JsObject a = self instanceof JsFunction c && c.isConstructor() && c != ctor
          ? construct(ctx, c, new Object[] {args.length}) : arrayCreate(realm, 0);
      for (int k = 0; k < args.length; k++) createDataProperty(a, k, args[k]);
      setLength(realm, ctx, a, args.length);
      return a;
    });
    realm.method(ctor, "from", 1, (ctx, self, args) -> from(realm, ctx, ctor, self, args));

    realm.method(proto, "at", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      double rel = Ops.toInteger(Arg.get(args, 0));
      double k = rel >= 0 ? rel : n + rel;
      if (k < 0 || k >= n) return Ops.UNDEFINED;
      return get(realm, ctx, o, (long) k);
    });
    realm.method(proto, "push", 1, (ctx, self, args) -> {
      if (self instanceof JsArray a && a.isDenseFast() && a.isLengthWritable() && a.isExtensible()
          && (long) a.length + args.length < Integer.MAX_VALUE - 8) {
        for (Object v : args) a.push(v);
        return a.length;
      }
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      if (n + args.length > MAX_SAFE) throw Errors.typeError("Pushing " + args.length + " elements on an array-like of length " + n + " is disallowed, as the total surpasses 2**53-1");
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
      if (isPlainDense(o)) {
        JsArray a = (JsArray) o;
        Object v = a.elems[a.length - 1];
        a.elems[a.length - 1] = JsArray.HOLE;
        a.length--;
        return v == JsArray.HOLE ? Ops.UNDEFINED : v;
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
      if (isPlainDense(o)) {
        JsArray a = (JsArray) o;
        Object first = a.elems[0];
        System.arraycopy(a.elems, 1, a.elems, 0, a.length - 1);
        a.elems[a.length - 1] = JsArray.HOLE;
        a.length--;
        return first == JsArray.HOLE ? Ops.UNDEFINED : first;
      }
      Object first = get(realm, ctx, o, 0);
      Indexes idx = Indexes.of(o, n);
      for (long k = 1; k < n; k++) {
        if (has(o, k)) {
          set(realm, ctx, o, k - 1, get(realm, ctx, o, k));
        } else {
          deleteIndex(realm, o, k - 1);
          // Indexes k .. nk-1 are all absent: moving them deletes what is already absent.
          long nk = idx.next(k, n);
          if (nk > k + 1) k = nk - 1;
        }
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
        if (n + c > MAX_SAFE) throw Errors.typeError("Unshift on an array-like of length " + n + " would surpass 2**53-1");
        if (isPlainDense(o) && n + c < Integer.MAX_VALUE - 8) {
          JsArray a = (JsArray) o;
          a.ensureCapacity((int) n + c);
          System.arraycopy(a.elems, 0, a.elems, c, (int) n);
          System.arraycopy(args, 0, a.elems, 0, c);
          a.length = (int) n + c;
          return a.length;
        }
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
      long k = Ops.relativeIndex(Arg.get(args, 0), n, 0);
      long end = Ops.relativeIndex(Arg.get(args, 1), n, n);
      long count = Math.max(end - k, 0);
      JsFunction sc = speciesConstructor(realm, ctx, o);
      if (sc == null && isPlainDense(o)) {
        JsArray a = (JsArray) o;
        return new JsArray(realm.arrayPrototype, Arrays.copyOfRange(a.elems, (int) k, (int) (k + count)), (int) count);
      }
      JsObject r = sc == null ? arrayCreate(realm, count) : construct(ctx, sc, new Object[] {Ops.num((double) count)});
      Indexes idx = Indexes.of(o, end);
      long i = 0;
      for (; k < end; k++, i++) {
        long nk = idx.next(k, end);
        if (nk > k) {
          i += nk - k;
          k = nk;
          if (k >= end) break;
        }
        if (has(o, k)) createDataProperty(r, i, get(realm, ctx, o, k));
      }
      setLength(realm, ctx, r, count);
      return r;
    });
    realm.method(proto, "splice", 2, (ctx, self, args) -> splice(realm, ctx, self, args));
    realm.method(proto, "concat", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      JsObject r = speciesCreate(realm, ctx, o, 0);
      long n = 0;
      for (int i = -1; i < args.length; i++) {
        Object item = i < 0 ? o : args[i];
        if (isConcatSpreadable(ctx, item)) {
          long len = length(realm, ctx, item);
          if (n + len > MAX_SAFE) throw Errors.typeError("Invalid array length");
          if (item instanceof JsArray a && r instanceof JsArray ra && isPlainDense(a) && n == ra.length && ra.isDenseFast()
              && n + len < Integer.MAX_VALUE - 8) {
            ra.ensureCapacity((int) (n + len));
            System.arraycopy(a.elems, 0, ra.elems, (int) n, (int) len);
            ra.length = (int) (n + len);
            n += len;
            continue;
          }
          Indexes idx = Indexes.of(item, len);
          for (long k = 0; k < len; k++) {
            long nk = idx.next(k, len);
            if (nk > k) {
              n += nk - k;
              k = nk;
              if (k >= len) break;
            }
            if (has(item, k)) createDataProperty(r, n, get(realm, ctx, item, k));
            n++;
          }
        } else {
          if (n >= MAX_SAFE) throw Errors.typeError("Invalid array length");
          createDataProperty(r, n++, item);
        }
      }
      setLength(realm, ctx, r, n);
      return r;
    });
    realm.method(proto, "copyWithin", 2, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      long to = Ops.relativeIndex(Arg.get(args, 0), n, 0);
      long from = Ops.relativeIndex(Arg.get(args, 1), n, 0);
      long fin = Ops.relativeIndex(Arg.get(args, 2), n, n);
      long count = Math.min(fin - from, n - to);
      if (count <= 0) return o;
      if (isPlainDense(o)) {
        JsArray a = (JsArray) o;
        System.arraycopy(a.elems, (int) from, a.elems, (int) to, (int) count);
        return o;
      }
      int dir = 1;
      if (from < to && to < from + count) {
        dir = -1;
        from += count - 1;
        to += count - 1;
      }
      for (; count > 0; count--, from += dir, to += dir) {
        if (has(o, from)) set(realm, ctx, o, to, get(realm, ctx, o, from));
        else deleteIndex(realm, o, to);
      }
      return o;
    });
    realm.method(proto, "join", 1, (ctx, self, args) -> join(realm, ctx, Ops.toObject(realm, self), Arg.get(args, 0)));
    realm.method(proto, "toString", 0, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      Object j = Props.get(realm, o, "join", ctx);
      if (j instanceof JsFunction jf) return jf.invoke(ctx, o, Ops.NO_ARGS);
      return ObjectBuiltins.toStringTag(realm, ctx, o);
    });
    realm.method(proto, "toLocaleString", 0, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      if (!Cycles.enter(o)) return "";
      try {
        long n = length(realm, ctx, o);
        StringBuilder sb = new StringBuilder();
        for (long k = 0; k < n; k++) {
          if (k > 0) sb.append(',');
          Object v = get(realm, ctx, o, k);
          if (v != null && v != Ops.UNDEFINED) {
            Object f = Props.get(realm, v, "toLocaleString", ctx);
            sb.append(Ops.toString(Ops.call(f, ctx, v, Ops.NO_ARGS, "toLocaleString"), ctx));
          }
          checkStringLength(sb);
        }
        return sb.toString();
      } finally {
        Cycles.exit(o);
      }
    });
    realm.method(proto, "reverse", 0, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      if (isPlainDense(o)) {
        Object[] e = ((JsArray) o).elems;
        for (int lo = 0, hi = (int) n - 1; lo < hi; lo++, hi--) {
          Object t = e[lo];
          e[lo] = e[hi];
          e[hi] = t;
        }
        return o;
      }
      for (long lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
        boolean hasLo = has(o, lo);
        Object vLo = hasLo ? get(realm, ctx, o, lo) : null;
        boolean hasHi = has(o, hi);
        Object vHi = hasHi ? get(realm, ctx, o, hi) : null;
        if (hasHi) set(realm, ctx, o, lo, vHi);
        else if (hasLo) deleteIndex(realm, o, lo);
        if (hasLo) set(realm, ctx, o, hi, vLo);
        else if (hasHi) deleteIndex(realm, o, hi);
      }
      return o;
    });
    realm.method(proto, "indexOf", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      if (n == 0) return -1;
      double d = Ops.toInteger(Arg.get(args, 1));
      if (d == Double.POSITIVE_INFINITY) return -1;
      long k = d >= 0 ? (long) d : (long) Math.max(n + d, 0);
      Object target = Arg.get(args, 0);
      if (o instanceof JsArray a && !protoHasElements(a)) {
        for (; k < n && k < a.length && k < a.elems.length; k++) {
          Object v = a.elems[(int) k];
          if (v != JsArray.HOLE && strictEquals(v, target)) return (int) k;
        }
      }
      Indexes idx = Indexes.of(o, n);
      for (; k < n; k++) {
        k = idx.next(k, n);
        if (k >= n) break;
        if (has(o, k) && strictEquals(get(realm, ctx, o, k), target)) return index(k);
      }
      return -1;
    });
    realm.method(proto, "lastIndexOf", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      if (n == 0) return -1;
      Object target = Arg.get(args, 0);
      double d = args.length > 1 ? Ops.toInteger(args[1]) : n - 1;
      if (d == Double.NEGATIVE_INFINITY) return -1;
      long k = d >= 0 ? (long) Math.min(d, n - 1) : (long) (n + d);
      Indexes idx = Indexes.of(o, n);
      for (; k >= 0; k--) {
        k = idx.prev(k);
        if (k < 0) break;
        if (has(o, k) && strictEquals(get(realm, ctx, o, k), target)) return index(k);
      }
      return -1;
    });
    realm.method(proto, "includes", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      if (n == 0) return false;
      double d = Ops.toInteger(Arg.get(args, 1));
      if (d == Double.POSITIVE_INFINITY) return false;
      long k = d >= 0 ? (long) d : (long) Math.max(n + d, 0);
      Object target = Arg.get(args, 0);
      if (o instanceof JsArray a && !protoHasElements(a)) {
        for (; k < n && k < a.length && k < a.elems.length; k++) {
          Object v = a.elems[(int) k];
          if (v == JsArray.HOLE ? target == Ops.UNDEFINED : Ops.sameValueZero(v, target)) return true;
        }
        if (k < n && target == Ops.UNDEFINED && n > a.elems.length) {
          // Beyond the dense storage: any absent element reads as undefined.
          Indexes idx = Indexes.of(o, n);
          if (idx != Indexes.ALL) {
            for (long j = k; j < n; j++) {
              if (idx.next(j, n) != j) return true;
              if (Ops.sameValueZero(get(realm, ctx, o, j), target)) return true;
            }
            return false;
          }
        }
      }
      for (; k < n; k++) {
        if (Ops.sameValueZero(get(realm, ctx, o, k), target)) return true;
      }
      return false;
    });
    realm.method(proto, "forEach", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "forEach");
      Object thisArg = Arg.get(args, 1);
      Indexes idx = Indexes.of(o, n);
      for (long k = 0; k < n; k++) {
        Object v;
        if (o instanceof JsArray a && k < a.length && k < a.elems.length && (v = a.elems[(int) k]) != JsArray.HOLE) {
          f.invoke(ctx, thisArg, new Object[] {v, (int) k, o});
          continue;
        }
        k = idx.next(k, n);
        if (k < n && has(o, k)) f.invoke(ctx, thisArg, new Object[] {get(realm, ctx, o, k), index(k), o});
      }
      return Ops.UNDEFINED;
    });
    realm.method(proto, "map", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "map");
      Object thisArg = Arg.get(args, 1);
      JsFunction sc = speciesConstructor(realm, ctx, o);
      if (sc == null && n <= MAX_GAP && o instanceof JsArray) {
        Object[] out = new Object[(int) n];
        Arrays.fill(out, JsArray.HOLE);
        JsArray r = new JsArray(realm.arrayPrototype, out, (int) n);
        for (int k = 0; k < n; k++) {
          Object v;
          if (o instanceof JsArray a && k < a.length && k < a.elems.length && (v = a.elems[k]) != JsArray.HOLE) {
            v = f.invoke(ctx, thisArg, new Object[] {v, k, o});
          } else if (has(o, k)) {
            v = f.invoke(ctx, thisArg, new Object[] {get(realm, ctx, o, k), k, o});
          } else {
            continue;
          }
          if (r.elems == out && r.isDenseFast()) out[k] = v;
          else createDataProperty(r, k, v);
        }
        return r;
      }
      JsObject r = sc == null ? arrayCreate(realm, n) : construct(ctx, sc, new Object[] {Ops.num((double) n)});
      Indexes idx = Indexes.of(o, n);
      for (long k = 0; k < n; k++) {
        k = idx.next(k, n);
        if (k < n && has(o, k)) createDataProperty(r, k, f.invoke(ctx, thisArg, new Object[] {get(realm, ctx, o, k), index(k), o}));
      }
      return r;
    });
    realm.method(proto, "filter", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "filter");
      Object thisArg = Arg.get(args, 1);
      JsFunction sc = speciesConstructor(realm, ctx, o);
      JsObject r = sc == null ? realm.newArray() : construct(ctx, sc, new Object[] {0});
      Indexes idx = Indexes.of(o, n);
      long to = 0;
      for (long k = 0; k < n; k++) {
        Object v;
        if (!(o instanceof JsArray a && k < a.length && k < a.elems.length && (v = a.elems[(int) k]) != JsArray.HOLE)) {
          k = idx.next(k, n);
          if (k >= n || !has(o, k)) continue;
          v = get(realm, ctx, o, k);
        }
        if (Ops.toBoolean(f.invoke(ctx, thisArg, new Object[] {v, index(k), o}))) {
          if (r instanceof JsArray ra && sc == null && ra.length == to && ra.isDenseFast()) ra.push(v);
          else createDataProperty(r, to, v);
          to++;
        }
      }
      return r;
    });
    realm.method(proto, "some", 1, (ctx, self, args) -> someEvery(realm, ctx, self, args, true));
    realm.method(proto, "every", 1, (ctx, self, args) -> someEvery(realm, ctx, self, args, false));
    realm.method(proto, "find", 1, (ctx, self, args) -> find(realm, ctx, self, args, false));
    realm.method(proto, "findIndex", 1, (ctx, self, args) -> find(realm, ctx, self, args, true));
    realm.method(proto, "reduce", 1, (ctx, self, args) -> reduce(realm, ctx, self, args, false));
    realm.method(proto, "reduceRight", 1, (ctx, self, args) -> reduce(realm, ctx, self, args, true));
    realm.method(proto, "sort", 1, (ctx, self, args) -> ArraySort.sort(realm, ctx, self, Arg.get(args, 0)));
    realm.method(proto, "fill", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      long from = Ops.relativeIndex(Arg.get(args, 1), n, 0);
      long to = Ops.relativeIndex(Arg.get(args, 2), n, n);
      Object v = Arg.get(args, 0);
      if (isPlainDense(o)) {
        Arrays.fill(((JsArray) o).elems, (int) Math.min(from, to), (int) to, v);
        return o;
      }
      for (long k = from; k < to; k++) set(realm, ctx, o, k, v);
      return o;
    });
    realm.method(proto, "flat", 0, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      double depth = 1;
      Object d = Arg.get(args, 0);
      if (d != Ops.UNDEFINED) {
        depth = Ops.toInteger(d);
        if (depth < 0) depth = 0;
      }
      JsObject r = speciesCreate(realm, ctx, o, 0);
      flatten(realm, ctx, r, o, n, 0, depth, null, null);
      return r;
    });
    realm.method(proto, "flatMap", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      long n = length(realm, ctx, o);
      JsFunction f = callback(args, "flatMap");
      JsObject r = speciesCreate(realm, ctx, o, 0);
      flatten(realm, ctx, r, o, n, 0, 1, f, Arg.get(args, 1));
      return r;
    });
    NativeFunction values = realm.method(proto, "values", 0, (ctx, self, args) -> IteratorBuiltins.arrayIterator(realm, Ops.toObject(realm, self), 0));
    realm.method(proto, "keys", 0, (ctx, self, args) -> IteratorBuiltins.arrayIterator(realm, Ops.toObject(realm, self), 1));
    realm.method(proto, "entries", 0, (ctx, self, args) -> IteratorBuiltins.arrayIterator(realm, Ops.toObject(realm, self), 2));
    proto.defineOwn(JsSymbol.ITERATOR, values, Shape.HIDDEN);
    realm.intrinsic("ArrayValues", values);

    JsObject unscopables = new JsObject((JsObject) null);
    for (String k : new String[] {"at", "copyWithin", "entries", "fill", "find", "findIndex", "flat", "flatMap", "includes", "keys", "values"}) {
      unscopables.defineOwn(k, true, Shape.DEFAULT);
    }
    proto.defineOwn(JsSymbol.UNSCOPABLES, unscopables, Shape.CONFIGURABLE);
  }

  // ------------------------------------------------------------------ the longer methods

  private static Object construct(Realm realm, Object[] args, JsObject proto) {
    if (args.length == 1 && (args[0] instanceof Integer || args[0] instanceof Double)) {
      double d = Ops.toNumber(args[0]);
      long n = (long) d;
      if (d != n || n < 0 || n > MAX_ARRAY) throw Errors.rangeError("Invalid array length");
      if (n > Integer.MAX_VALUE - 8) throw Errors.rangeError("Invalid array length");
      JsArray a = new JsArray(proto);
      a.truncate((int) n);
      return a;
    }
    return new JsArray(proto, args.clone(), args.length);
  }

  private static Object from(Realm realm, Context ctx, JsFunction arrayCtor, Object self, Object[] args) {
    Object items = Arg.get(args, 0);
    Object mapFn = Arg.get(args, 1);
    Object thisArg = Arg.get(args, 2);
    JsFunction mapper = null;
    if (mapFn != Ops.UNDEFINED) {
      if (!(mapFn instanceof JsFunction mf)) throw Errors.typeError(Arg.describe(mapFn) + " is not a function");
      mapper = mf;
    }
    JsFunction c = self instanceof JsFunction f && f.isConstructor() && f != arrayCtor ? f : null;
    if (items == null || items == Ops.UNDEFINED) throw Errors.typeError(Ops.toString(items) + " is not iterable");
    Object using = Props.get(realm, items, JsSymbol.ITERATOR, ctx);
    if (using != Ops.UNDEFINED && using != null) {
      if (!(using instanceof JsFunction uf)) throw Errors.typeError(Arg.describe(using) + " is not a function");
      JsObject a = c == null ? realm.newArray() : construct(ctx, c, Ops.NO_ARGS);
      long[] k = {0};
      JsFunction m = mapper;
      IteratorBuiltins.forEach(realm, ctx, items, uf, v -> {
        Object mv = m == null ? v : m.invoke(ctx, thisArg, new Object[] {v, index(k[0])});
        createDataProperty(a, k[0]++, mv);
      });
      setLength(realm, ctx, a, k[0]);
      return a;
    }
    Object o = Ops.toObject(realm, items);
    long n = length(realm, ctx, o);
    JsObject a = c == null ? arrayCreate(realm, n) : construct(ctx, c, new Object[] {Ops.num((double) n)});
    for (long k = 0; k < n; k++) {
      Object v = get(realm, ctx, o, k);
      createDataProperty(a, k, mapper == null ? v : mapper.invoke(ctx, thisArg, new Object[] {v, index(k)}));
    }
    setLength(realm, ctx, a, n);
    return a;
  }

  private static Object splice(Realm realm, Context ctx, Object self, Object[] args) {
    Object o = Ops.toObject(realm, self);
    long n = length(realm, ctx, o);
    long start = Ops.relativeIndex(Arg.get(args, 0), n, 0);
    long deleteCount;
    if (args.length == 0) deleteCount = 0;
    else if (args.length == 1) deleteCount = n - start;
    else deleteCount = (long) Math.min(Math.max(Ops.toInteger(args[1]), 0), n - start);
    int ic = Math.max(args.length - 2, 0);
    if (n + ic - deleteCount > MAX_SAFE) throw Errors.typeError("Invalid array length");
    JsFunction sc = speciesConstructor(realm, ctx, o);
    if (sc == null && isPlainDense(o) && n - deleteCount + ic < Integer.MAX_VALUE - 8) {
      JsArray a = (JsArray) o;
      int s = (int) start;
      int dc = (int) deleteCount;
      JsArray removed = new JsArray(realm.arrayPrototype, Arrays.copyOfRange(a.elems, s, s + dc), dc);
      int newLen = (int) n - dc + ic;
      if (ic != dc) {
        a.ensureCapacity(newLen);
        System.arraycopy(a.elems, s + dc, a.elems, s + ic, (int) n - s - dc);
        if (newLen < n) Arrays.fill(a.elems, newLen, (int) n, JsArray.HOLE);
      }
      if (ic > 0) System.arraycopy(args, 2, a.elems, s, ic);
      a.length = newLen;
      return removed;
    }
    JsObject removed = sc == null ? arrayCreate(realm, deleteCount) : construct(ctx, sc, new Object[] {Ops.num((double) deleteCount)});
    for (long k = 0; k < deleteCount; k++) {
      if (has(o, start + k)) createDataProperty(removed, k, get(realm, ctx, o, start + k));
    }
    setLength(realm, ctx, removed, deleteCount);
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
    for (int j = 0; j < ic; j++) set(realm, ctx, o, start + j, args[j + 2]);
    setLength(realm, ctx, o, n - deleteCount + ic);
    return removed;
  }

  private static boolean isConcatSpreadable(Context ctx, Object v) {
    if (!(v instanceof JsObject o)) return false;
    Object s = o.get(JsSymbol.IS_CONCAT_SPREADABLE, o, ctx);
    if (s != Ops.UNDEFINED) return Ops.toBoolean(s);
    return o instanceof JsArray;
  }

  private static long flatten(Realm realm, Context ctx, JsObject target, Object source, long n, long start, double depth,
      JsFunction mapper, Object thisArg) {
    long to = start;
    Indexes idx = Indexes.of(source, n);
    for (long k = 0; k < n; k++) {
      k = idx.next(k, n);
      if (k >= n || !has(source, k)) continue;
      Object v = get(realm, ctx, source, k);
      if (mapper != null) v = mapper.invoke(ctx, thisArg, new Object[] {v, index(k), source});
      if (depth > 0 && v instanceof JsArray inner) {
        to = flatten(realm, ctx, target, inner, length(realm, ctx, inner), to, depth - 1, null, null);
      } else {
        if (to >= MAX_SAFE) throw Errors.typeError("Invalid array length");
        createDataProperty(target, to++, v);
      }
    }
    return to;
  }

  private static Object someEvery(Realm realm, Context ctx, Object self, Object[] args, boolean some) {
    Object o = Ops.toObject(realm, self);
    long n = length(realm, ctx, o);
    JsFunction f = callback(args, some ? "some" : "every");
    Object thisArg = Arg.get(args, 1);
    Indexes idx = Indexes.of(o, n);
    for (long k = 0; k < n; k++) {
      Object v;
      if (!(o instanceof JsArray a && k < a.length && k < a.elems.length && (v = a.elems[(int) k]) != JsArray.HOLE)) {
        k = idx.next(k, n);
        if (k >= n || !has(o, k)) continue;
        v = get(realm, ctx, o, k);
      }
      if (Ops.toBoolean(f.invoke(ctx, thisArg, new Object[] {v, index(k), o})) == some) return some;
    }
    return !some;
  }

  private static Object find(Realm realm, Context ctx, Object self, Object[] args, boolean wantIndex) {
    Object o = Ops.toObject(realm, self);
    long n = length(realm, ctx, o);
    JsFunction f = callback(args, wantIndex ? "findIndex" : "find");
    Object thisArg = Arg.get(args, 1);
    for (long k = 0; k < n; k++) {
      Object v = get(realm, ctx, o, k);
      if (Ops.toBoolean(f.invoke(ctx, thisArg, new Object[] {v, index(k), o}))) return wantIndex ? index(k) : v;
    }
    return wantIndex ? -1 : Ops.UNDEFINED;
  }

  /** Array.prototype.join, with cycles joined as empty strings (as engines do). */
  static String join(Realm realm, Context ctx, Object o, Object sepArg) {
    long n = length(realm, ctx, o);
    String sep = sepArg == Ops.UNDEFINED ? "," : Ops.toString(sepArg, ctx);
    if (!Cycles.enter(o)) return "";
    try {
      StringBuilder sb = new StringBuilder();
      Indexes idx = Indexes.of(o, n);
      for (long k = 0; k < n; k++) {
        if (k > 0) sb.append(sep);
        long nk = idx.next(k, n);
        if (nk > k) {
          // Absent elements join as empty strings.
          if ((nk - k) * sep.length() + sb.length() > (1 << 30)) throw Errors.rangeError("Invalid string length");
          for (long j = k + 1; j <= nk && j < n; j++) sb.append(sep);
          k = nk;
          if (k >= n) break;
        }
        Object v;
        if (o instanceof JsArray a && k < a.length && k < a.elems.length && (v = a.elems[(int) k]) != JsArray.HOLE) {
          // fast read
        } else {
          v = get(realm, ctx, o, k);
        }
        if (v instanceof String s) sb.append(s);
        else if (v instanceof Integer i) sb.append(i.intValue());
        else if (v != null && v != Ops.UNDEFINED) sb.append(Ops.toString(v, ctx));
        checkStringLength(sb);
      }
      return sb.toString();
    } finally {
      Cycles.exit(o);
    }
  }

  static void checkStringLength(StringBuilder sb) {
    if (sb.length() > (1 << 30)) throw Errors.rangeError("Invalid string length");
  }

  /** The arrays being joined on this thread, to cut cycles. */
  static final class Cycles {
    private static final ThreadLocal<List<Object>> STACK = ThreadLocal.withInitial(ArrayList::new);

    static boolean enter(Object o) {
      List<Object> s = STACK.get();
      for (Object x : s) if (x == o) return false;
      s.add(o);
      return true;
    }

    static void exit(Object o) {
      List<Object> s = STACK.get();
      if (!s.isEmpty() && s.get(s.size() - 1) == o) s.remove(s.size() - 1);
      else s.remove(o);
    }
  }

  private static Object reduce(Realm realm, Context ctx, Object self, Object[] args, boolean right) {
    Object o = Ops.toObject(realm, self);
    long n = length(realm, ctx, o);
    JsFunction f = callback(args, right ? "reduceRight" : "reduce");
    Indexes idx = Indexes.of(o, n);
    long k = right ? n - 1 : 0;
    Object acc;
    if (args.length >= 2) {
      acc = args[1];
    } else {
      boolean found = false;
      acc = Ops.UNDEFINED;
      while (right ? k >= 0 : k < n) {
        k = right ? idx.prev(k) : idx.next(k, n);
        if (right ? k < 0 : k >= n) break;
        if (has(o, k)) {
          acc = get(realm, ctx, o, k);
          found = true;
          k += right ? -1 : 1;
          break;
        }
        k += right ? -1 : 1;
      }
      if (!found) throw Errors.typeError("Reduce of empty array with no initial value");
    }
    if (right) {
      for (; k >= 0; k--) {
        k = idx.prev(k);
        if (k >= 0 && has(o, k)) acc = f.invoke(ctx, Ops.UNDEFINED, new Object[] {acc, get(realm, ctx, o, k), index(k), o});
      }
    } else {
      for (; k < n; k++) {
        Object v;
        if (o instanceof JsArray a && k < a.length && k < a.elems.length && (v = a.elems[(int) k]) != JsArray.HOLE) {
          acc = f.invoke(ctx, Ops.UNDEFINED, new Object[] {acc, v, (int) k, o});
          continue;
        }
        k = idx.next(k, n);
        if (k < n && has(o, k)) acc = f.invoke(ctx, Ops.UNDEFINED, new Object[] {acc, get(realm, ctx, o, k), index(k), o});
      }
    }
    return acc;
  }

  /** IsStrictlyEqual (NaN is never equal to itself). */
  static boolean strictEquals(Object a, Object b) {
    if (a instanceof Integer x && b instanceof Integer y) return x.intValue() == y.intValue();
    if (a instanceof Double d && d.isNaN()) return false;
    return Ops.strictEquals(a, b);
  }
}
