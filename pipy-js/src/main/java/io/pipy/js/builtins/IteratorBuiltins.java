package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.function.Consumer;

/**
 * %IteratorPrototype%, array iterators ({@code values}, {@code keys}, {@code entries}) and the
 * iteration helper built-ins use to consume iterables.
 */
public final class IteratorBuiltins {

  private IteratorBuiltins() {
  }

  /** An iterator over an array-like: kind 0 values, 1 keys, 2 entries. */
  static final class ArrayIterator extends JsObject {
    Object target;
    int index;
    final int kind;
    boolean done;

    ArrayIterator(JsObject proto, Object target, int kind) {
      super(proto);
      this.target = target;
      this.kind = kind;
    }

    @Override
    public String className() {
      return "Array Iterator";
    }
  }

  static void install(Realm realm) {
    JsObject iterProto = realm.iteratorPrototype;
    iterProto.defineOwn(JsSymbol.ITERATOR, realm.function("[Symbol.iterator]", 0, (ctx, self, args) -> self), Shape.HIDDEN);
    realm.intrinsic("IteratorPrototype", iterProto);

    JsObject arrayIterProto = new JsObject(iterProto);
    NativeFunction next = realm.method(arrayIterProto, "next", 0, (ctx, self, args) -> {
      if (!(self instanceof ArrayIterator it)) throw Errors.typeError("next method called on incompatible receiver");
      if (it.done) return result(realm, Ops.UNDEFINED, true);
      long len;
      if (it.target instanceof JsArray a) len = a.length;
      else if (it.target instanceof String s) len = s.length();
      else len = Ops.toLength(Props.get(realm, it.target, "length", ctx));
      if (it.index >= len) {
        it.done = true;
        it.target = null;
        return result(realm, Ops.UNDEFINED, true);
      }
      int i = it.index++;
      if (it.kind == 1) return result(realm, i, false);
      Object v = it.target instanceof JsArray a ? a.getElement(i, ctx) : Props.getComputed(realm, it.target, i, ctx);
      if (it.kind == 0) return result(realm, v, false);
      return result(realm, realm.newArray(new Object[] {i, v}), false);
    });
    arrayIterProto.defineOwn(JsSymbol.TO_STRING_TAG, "Array Iterator", Shape.CONFIGURABLE);
    realm.intrinsic("ArrayIteratorPrototype", arrayIterProto);
    realm.intrinsic("ArrayIteratorNext", next);
  }

  /** {@code {value, done}}. */
  public static JsObject result(Realm realm, Object value, boolean done) {
    JsObject r = realm.newObject();
    r.defineOwn("value", value, Shape.DEFAULT);
    r.defineOwn("done", done, Shape.DEFAULT);
    return r;
  }

  /** A new array iterator over {@code target} (kind 0 values, 1 keys, 2 entries). */
  public static JsObject arrayIterator(Realm realm, Object target, int kind) {
    return new ArrayIterator(realm.intrinsic("ArrayIteratorPrototype"), target, kind);
  }

  /** Calls {@code action} with each value {@code iterable} yields, closing the iterator on errors. */
  public static void forEach(Realm realm, Context ctx, Object iterable, Consumer<Object> action) {
    if (iterable instanceof JsArray a && isPristineArray(realm, a)) {
      for (int i = 0; i < a.length; i++) action.accept(a.getElement(i, ctx));
      return;
    }
    if (iterable == null || iterable == Ops.UNDEFINED) throw Errors.typeError(iterable + " is not iterable");
    Object method = Props.get(realm, iterable, JsSymbol.ITERATOR, ctx);
    if (!(method instanceof JsFunction m)) throw Errors.typeError(Arg.describe(iterable) + " is not iterable");
    forEach(realm, ctx, iterable, m, action);
  }

  /** Whether iterating {@code a} is known to yield its elements in order (no overridden iteration). */
  static boolean isPristineArray(Realm realm, JsArray a) {
    return a.isDenseFast() && a.proto() == realm.arrayPrototype
        && realm.arrayPrototype.getOwnRaw(JsSymbol.ITERATOR) == realm.intrinsicOrNull("ArrayValues")
        && realm.intrinsic("ArrayIteratorPrototype").getOwnRaw("next") == realm.intrinsicOrNull("ArrayIteratorNext")
        && a.shape.size() == 0;
  }

  /** Iterates with an already fetched {@code @@iterator} method. */
  public static void forEach(Realm realm, Context ctx, Object iterable, JsFunction method, Consumer<Object> action) {
    if (iterable instanceof JsArray a && method == realm.intrinsicOrNull("ArrayValues") && isPristineArray(realm, a)) {
      for (int i = 0; i < a.length; i++) action.accept(a.getElement(i, ctx));
      return;
    }
    Object it = method.invoke(ctx, iterable, Ops.NO_ARGS);
    if (!(it instanceof JsObject ito)) throw Errors.typeError("Result of the Symbol.iterator method is not an object");
    Object next = ito.get("next", ito, ctx);
    while (true) {
      Object r = Ops.call(next, ctx, ito, Ops.NO_ARGS, "iterator.next");
      if (!(r instanceof JsObject ro)) throw Errors.typeError("Iterator result " + Ops.toString(r) + " is not an object");
      if (Ops.toBoolean(ro.get("done", ro, ctx))) return;
      Object v = ro.get("value", ro, ctx);
      try {
        action.accept(v);
      } catch (JsThrow t) {
        closeQuietly(ctx, ito);
        throw t;
      }
    }
  }

  /** IteratorClose after an abrupt completion: the original error wins over one from {@code return}. */
  static void closeQuietly(Context ctx, JsObject iterator) {
    try {
      Object ret = iterator.get("return", iterator, ctx);
      if (ret instanceof JsFunction rf) rf.invoke(ctx, iterator, Ops.NO_ARGS);
    } catch (JsThrow ignored) {
      // the original error wins
    }
  }
}
