package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import java.util.function.Consumer;

/**
 * The iteration protocol (for-of, spread, destructuring). Arrays whose iterator is the built-in
 * one are walked directly; everything else goes through {@code [Symbol.iterator]()}.
 */
final class Iteration {

  private Iteration() {
  }

  /** An iterator in progress. */
  static final class Iterator {
    private final Frame f;
    private final JsArray array;
    private int index;
    private final Object iterator;
    private final Object next;
    boolean done;

    private Iterator(Frame f, JsArray array, Object iterator, Object next) {
      this.f = f;
      this.array = array;
      this.iterator = iterator;
      this.next = next;
    }

    /** The next value, or {@link JsObject#NOT_FOUND} when done. */
    Object step() {
      if (done) return JsObject.NOT_FOUND;
      if (array != null) {
        if (index < array.length) return array.getElement(index++, f.ctx);
        done = true;
        return JsObject.NOT_FOUND;
      }
      Object r = Ops.call(next, f.ctx, iterator, Ops.NO_ARGS, "iterator.next");
      if (!(r instanceof JsObject ro)) {
        done = true;
        throw Errors.typeError("Iterator result " + Ops.toString(r) + " is not an object");
      }
      if (Ops.toBoolean(ro.get("done", ro, f.ctx))) {
        done = true;
        return JsObject.NOT_FOUND;
      }
      return ro.get("value", ro, f.ctx);
    }

    /** Closes the iterator early (break, return, throw in a loop body, or a pattern that stops). */
    void close() {
      if (done || array != null) return;
      done = true;
      Object ret = Props.get(f.realm, iterator, "return", f.ctx);
      if (ret == null || ret == Ops.UNDEFINED) return;
      Object r = Ops.call(ret, f.ctx, iterator, Ops.NO_ARGS, "iterator.return");
      if (!(r instanceof JsObject)) throw Errors.typeError("Iterator result is not an object");
    }

    /** Closes after an exception: errors from return() are suppressed in favour of the original. */
    void closeQuietly() {
      try {
        close();
      } catch (JsThrow ignored) {
        // The original exception wins.
      }
    }
  }

  static Iterator of(Frame f, Object iterable) {
    if (iterable instanceof JsArray a && a.isDenseFast() && a.proto() == f.realm.arrayPrototype && builtinArrayIterator(f, a)) {
      return new Iterator(f, a, null, null);
    }
    if (iterable == null || iterable == Ops.UNDEFINED) {
      throw Errors.typeError(iterable + " is not iterable");
    }
    Object method = Props.get(f.realm, iterable, JsSymbol.ITERATOR, f.ctx);
    if (!(method instanceof JsFunction m)) {
      throw Errors.typeError(Ops.typeof(iterable).equals("object") ? "object is not iterable" : Ops.toString(iterable) + " is not iterable");
    }
    Object it = m.invoke(f.ctx, iterable, Ops.NO_ARGS);
    if (!(it instanceof JsObject)) throw Errors.typeError("Result of the Symbol.iterator method is not an object");
    Object next = Props.get(f.realm, it, "next", f.ctx);
    return new Iterator(f, null, it, next);
  }

  private static boolean builtinArrayIterator(Frame f, JsArray a) {
    Object values = f.realm.intrinsicOrNull("ArrayValues");
    if (values == null) return false;
    return a.shape.size() == 0 && f.realm.arrayPrototype.getOwnRaw(JsSymbol.ITERATOR) == values
        && f.realm.intrinsic("ArrayIteratorPrototype").getOwnRaw("next") == f.realm.intrinsicOrNull("ArrayIteratorNext");
  }

  static void forEach(Frame f, Object iterable, Consumer<Object> action) {
    Iterator it = of(f, iterable);
    while (true) {
      Object v = it.step();
      if (v == JsObject.NOT_FOUND) return;
      try {
        action.accept(v);
      } catch (JsThrow t) {
        it.closeQuietly();
        throw t;
      }
    }
  }
}
