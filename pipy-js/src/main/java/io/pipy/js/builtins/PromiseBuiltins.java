package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptError;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsError;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsPromise;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.List;

/** Promise (ECMAScript 2020) and AggregateError. The algorithms live in {@link JsPromise}. */
public final class PromiseBuiltins {

  private PromiseBuiltins() {
  }

  static void install(Realm realm) {
    installAggregateError(realm);
    JsObject proto = new JsObject(realm.objectPrototype());
    realm.intrinsic("PromisePrototype", proto);
    NativeFunction ctor = new NativeFunction(realm, "Promise", 1, (ctx, self, args) -> {
      throw Errors.typeError("Promise constructor cannot be invoked without 'new'");
    }, (ctx, args, nt) -> {
      Object executor = Arg.get(args, 0);
      if (!(executor instanceof JsFunction exec)) throw Errors.typeError("Promise resolver " + describe(executor) + " is not a function");
      JsObject p = proto;
      if (nt != null) {
        Object np = nt.get("prototype", nt, ctx);
        if (np instanceof JsObject po) p = po;
      }
      JsPromise promise = new JsPromise(realm, p);
      JsPromise.Resolvers r = new JsPromise.Resolvers(promise);
      try {
        exec.invoke(ctx, Ops.UNDEFINED, new Object[] {r.resolveFunction(ctx), r.rejectFunction()});
      } catch (JsThrow t) {
        r.reject(t.value(realm));
      }
      return promise;
    });
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    proto.defineOwn(JsSymbol.TO_STRING_TAG, "Promise", Shape.CONFIGURABLE);
    ctor.defineAccessor(JsSymbol.SPECIES, realm.function("get [Symbol.species]", 0, (ctx, self, args) -> self),
        Ops.UNDEFINED, Shape.CONFIGURABLE);
    realm.global.defineOwn("Promise", ctor, Shape.HIDDEN);
    realm.intrinsic("Promise", ctor);

    // ---------------------------------------------------------------- prototype
    realm.method(proto, "then", 2, (ctx, self, args) -> {
      if (!(self instanceof JsPromise p)) {
        throw Errors.typeError("Method Promise.prototype.then called on incompatible receiver " + describe(self));
      }
      Object c = speciesConstructor(realm, ctx, p, ctor);
      JsPromise.Capability cap = JsPromise.Capability.of(realm, ctx, c);
      p.then(ctx, Arg.get(args, 0), Arg.get(args, 1), cap);
      return cap.promise;
    });
    realm.method(proto, "catch", 1, (ctx, self, args) ->
        invoke(realm, ctx, self, "then", Ops.UNDEFINED, Arg.get(args, 0)));
    realm.method(proto, "finally", 1, (ctx, self, args) -> {
      if (!(self instanceof JsObject p)) throw Errors.typeError("Method Promise.prototype.finally called on a non-object");
      Object c = speciesConstructor(realm, ctx, p, ctor);
      Object onFinally = Arg.get(args, 0);
      if (!(onFinally instanceof JsFunction fin)) return invoke(realm, ctx, p, "then", onFinally, onFinally);
      NativeFunction thenFinally = realm.function("", 1, (cx, s, a) -> {
        Object value = Arg.get(a, 0);
        Object result = fin.invoke(cx, Ops.UNDEFINED, Ops.NO_ARGS);
        Object promise = promiseResolve(realm, cx, c, result);
        NativeFunction valueThunk = realm.function("", 0, (c2, s2, a2) -> value);
        return invoke(realm, cx, promise, "then", valueThunk);
      });
      NativeFunction catchFinally = realm.function("", 1, (cx, s, a) -> {
        Object reason = Arg.get(a, 0);
        Object result = fin.invoke(cx, Ops.UNDEFINED, Ops.NO_ARGS);
        Object promise = promiseResolve(realm, cx, c, result);
        NativeFunction thrower = realm.function("", 0, (c2, s2, a2) -> {
          throw new JsThrow(reason);
        });
        return invoke(realm, cx, promise, "then", thrower);
      });
      return invoke(realm, ctx, p, "then", thenFinally, catchFinally);
    });

    // ---------------------------------------------------------------- statics
    realm.method(ctor, "resolve", 1, (ctx, self, args) -> {
      if (!(self instanceof JsObject)) throw Errors.typeError("PromiseResolve called on non-object");
      return promiseResolve(realm, ctx, self, Arg.get(args, 0));
    });
    realm.method(ctor, "reject", 1, (ctx, self, args) -> {
      JsPromise.Capability cap = JsPromise.Capability.of(realm, ctx, self);
      cap.reject(ctx, Arg.get(args, 0));
      return cap.promise;
    });
    realm.method(ctor, "all", 1, (ctx, self, args) -> combinator(realm, ctx, self, Arg.get(args, 0), Kind.ALL));
    realm.method(ctor, "allSettled", 1, (ctx, self, args) -> combinator(realm, ctx, self, Arg.get(args, 0), Kind.ALL_SETTLED));
    realm.method(ctor, "any", 1, (ctx, self, args) -> combinator(realm, ctx, self, Arg.get(args, 0), Kind.ANY));
    realm.method(ctor, "race", 1, (ctx, self, args) -> combinator(realm, ctx, self, Arg.get(args, 0), Kind.RACE));
  }

  private enum Kind { ALL, ALL_SETTLED, ANY, RACE }

  static String describe(Object v) {
    return CollectionBuiltins.describe(v);
  }

  /** Invoke(o, name, args). */
  static Object invoke(Realm realm, Context ctx, Object o, String name, Object... args) {
    Object f = Props.get(realm, o, name, ctx);
    if (!(f instanceof JsFunction fn)) throw Errors.typeError(describe(f) + " is not a function");
    return fn.invoke(ctx, o, args);
  }

  /** SpeciesConstructor(o, dflt). */
  static Object speciesConstructor(Realm realm, Context ctx, JsObject o, JsFunction dflt) {
    Object c = o.get("constructor", o, ctx);
    if (c == Ops.UNDEFINED) return dflt;
    if (!(c instanceof JsObject co)) throw Errors.typeError("The .constructor property is not an object");
    Object s = co.get(JsSymbol.SPECIES, co, ctx);
    if (s == Ops.UNDEFINED || s == null) return dflt;
    if (s instanceof JsFunction f && f.isConstructor()) return f;
    throw Errors.typeError("object.constructor[Symbol.species] is not a constructor");
  }

  /** PromiseResolve(C, x). */
  static Object promiseResolve(Realm realm, Context ctx, Object c, Object x) {
    if (x instanceof JsPromise p) {
      Object xc = p.get("constructor", p, ctx);
      if (xc == c) return x;
    }
    JsPromise.Capability cap = JsPromise.Capability.of(realm, ctx, c);
    cap.resolve(ctx, x);
    return cap.promise;
  }

  private static Object combinator(Realm realm, Context ctx, Object c, Object iterable, Kind kind) {
    JsPromise.Capability cap = JsPromise.Capability.of(realm, ctx, c);
    try {
      Object resolveFn = Props.get(realm, c, "resolve", ctx);
      if (!(resolveFn instanceof JsFunction promiseResolve)) throw Errors.typeError("Promise resolve or reject function is not callable");
      List<Object> values = new ArrayList<>();
      int[] remaining = {1};
      Runnable finish = () -> {
        if (--remaining[0] != 0) return;
        if (kind == Kind.ANY) {
          cap.reject(ctx, aggregateError(realm, realm.newArray(values.toArray()), "All promises were rejected"));
        } else {
          cap.resolve(ctx, realm.newArray(values.toArray()));
        }
      };
      IteratorBuiltins.forEach(realm, ctx, iterable, value -> {
        int index = values.size();
        Object next = promiseResolve.invoke(ctx, c, new Object[] {value});
        if (kind == Kind.RACE) {
          invoke(realm, ctx, next, "then", cap.resolveFunction(ctx), cap.rejectFunction());
          return;
        }
        values.add(Ops.UNDEFINED);
        remaining[0]++;
        boolean[] called = {false};
        JsFunction onFulfilled;
        JsFunction onRejected;
        switch (kind) {
          case ALL -> {
            onFulfilled = element(realm, called, values, index, finish, v -> v);
            onRejected = cap.rejectFunction();
          }
          case ALL_SETTLED -> {
            onFulfilled = element(realm, called, values, index, finish, v -> settled(realm, "fulfilled", "value", v));
            onRejected = element(realm, called, values, index, finish, v -> settled(realm, "rejected", "reason", v));
          }
          default -> {
            onFulfilled = cap.resolveFunction(ctx);
            onRejected = element(realm, called, values, index, finish, v -> v);
          }
        }
        invoke(realm, ctx, next, "then", onFulfilled, onRejected);
      });
      if (kind != Kind.RACE) finish.run();
    } catch (JsThrow t) {
      cap.reject(ctx, t.value(realm));
    }
    return cap.promise;
  }

  private static JsFunction element(Realm realm, boolean[] called, List<Object> values, int index, Runnable finish,
      java.util.function.Function<Object, Object> wrap) {
    return realm.function("", 1, (ctx, self, args) -> {
      if (called[0]) return Ops.UNDEFINED;
      called[0] = true;
      values.set(index, wrap.apply(Arg.get(args, 0)));
      finish.run();
      return Ops.UNDEFINED;
    });
  }

  private static JsObject settled(Realm realm, String status, String key, Object v) {
    JsObject o = realm.newObject();
    o.defineOwn("status", status, Shape.DEFAULT);
    o.defineOwn(key, v, Shape.DEFAULT);
    return o;
  }

  // ---------------------------------------------------------------- AggregateError

  static JsError aggregateError(Realm realm, JsArray errors, String message) {
    JsObject proto = realm.intrinsic("AggregateErrorPrototype");
    JsError e = new JsError(proto);
    e.defineOwn("message", message, Shape.HIDDEN);
    e.defineOwn("errors", errors, Shape.HIDDEN);
    e.setStack(io.pipy.js.interp.Interp.currentLocation(realm), realm.backtrace());
    return e;
  }

  private static void installAggregateError(Realm realm) {
    if (realm.intrinsicOrNull("AggregateError") != null) return;
    JsObject errorProto = realm.errorPrototype(ScriptError.Kind.ERROR);
    JsObject proto = new JsObject(errorProto);
    NativeFunction.Ctor make = (ctx, args, nt) -> {
      JsObject p = proto;
      if (nt != null && nt.get("prototype", nt, ctx) instanceof JsObject np) p = np;
      JsError e = new JsError(p);
      if (Arg.present(args, 1)) e.defineOwn("message", Ops.toString(args[1], ctx), Shape.HIDDEN);
      Object options = Arg.get(args, 2);
      if (options instanceof JsObject o && o.hasProperty("cause")) e.defineOwn("cause", o.get("cause", o, ctx), Shape.HIDDEN);
      List<Object> errors = new ArrayList<>();
      IteratorBuiltins.forEach(realm, ctx, Arg.get(args, 0), errors::add);
      e.defineOwn("errors", realm.newArray(errors.toArray()), Shape.HIDDEN);
      e.setStack(io.pipy.js.interp.Interp.currentLocation(realm), realm.backtrace());
      return e;
    };
    NativeFunction ctor = new NativeFunction(realm, "AggregateError", 2, (ctx, self, args) -> make.construct(ctx, args, null), make);
    JsObject errorCtor = realm.intrinsicOrNull("Error");
    if (errorCtor != null) ctor.setProto(errorCtor);
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    proto.defineOwn("name", "AggregateError", Shape.HIDDEN);
    proto.defineOwn("message", "", Shape.HIDDEN);
    realm.global.defineOwn("AggregateError", ctor, Shape.HIDDEN);
    realm.intrinsic("AggregateError", ctor);
    realm.intrinsic("AggregateErrorPrototype", proto);
  }
}
