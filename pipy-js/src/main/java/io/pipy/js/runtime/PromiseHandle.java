package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.Undefined;

/**
 * A script promise made by Java code and settled later by Java code: how an asynchronous host
 * function hands a {@code Promise} to a script.
 *
 * <pre>{@code
 * PromiseHandle h = PromiseHandle.create(realm);
 * lookUpAsync(name, address -> h.resolve(address), error -> h.reject(ScriptError.typeError(error)));
 * return h.promise();          // the script sees a Promise and can then() or chain it
 * }</pre>
 *
 * <p>Rules:
 * <ul>
 *   <li>Use the handle on the realm's worker thread only (hop there first from other threads).
 *   <li>Only the first {@code resolve}/{@code reject} counts; later calls return false.
 *   <li>{@link #resolve} converts the value with {@link Realm#fromHost}; resolving with a
 *       promise or any other thenable adopts its eventual state, as a script resolve function
 *       does.
 *   <li>The script's reactions run as promise jobs, never inside {@code resolve}/{@code reject}.
 *       If no script call is running to drain the job queue afterwards, a worker microtask is
 *       scheduled that drains it.
 *   <li>A handle rejected before any script attached a handler is reported as an unhandled
 *       rejection once the job queue drains, like any other promise.
 * </ul>
 *
 * <p>The reverse direction &mdash; Java waiting on a script promise &mdash; is
 * {@link io.pipy.api.script.ScriptPromise#then}, which {@link JsPromise} implements.
 */
public final class PromiseHandle {

  private final JsPromise promise;
  private final JsPromise.Resolvers resolvers;

  private PromiseHandle(JsPromise promise) {
    this.promise = promise;
    this.resolvers = new JsPromise.Resolvers(promise);
  }

  /** A new pending promise of {@code realm} and the handle that settles it. */
  public static PromiseHandle create(Realm realm) {
    return new PromiseHandle(new JsPromise(realm));
  }

  /**
   * A script promise for any {@link io.pipy.api.script.ScriptPromise}: a {@link JsPromise} of
   * this realm as it is, anything else adopted through its {@code then}.
   */
  public static JsPromise adopt(Realm realm, io.pipy.api.script.ScriptPromise p) {
    if (p instanceof JsPromise jp && jp.realm == realm) return jp;
    PromiseHandle h = create(realm);
    p.then(h::resolve, h::reject);
    return h.promise();
  }

  /**
   * A script promise settled by a Java future. The future may complete on any thread:
   * {@code workerExecutor} (the worker's event loop) is where the promise is then settled.
   */
  public static JsPromise fromFuture(Realm realm, java.util.concurrent.CompletionStage<?> stage,
      java.util.concurrent.Executor workerExecutor) {
    PromiseHandle h = create(realm);
    stage.whenComplete((value, error) -> workerExecutor.execute(() -> {
      if (error == null) {
        h.resolve(value);
        return;
      }
      Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
          ? error.getCause() : error;
      if (cause instanceof ScriptError se) h.reject(se);
      else h.reject(ScriptError.Kind.ERROR, String.valueOf(cause.getMessage() != null ? cause.getMessage() : cause));
    }));
    return h.promise();
  }

  /** The promise, to return to the script (it is a {@link io.pipy.api.script.ScriptPromise}). */
  public JsPromise promise() {
    return promise;
  }

  /** Whether resolve or reject was already called. */
  public boolean isDone() {
    return resolvers.alreadyResolved();
  }

  /** Resolves with a host or script value; false if already resolved or rejected. */
  public boolean resolve(Object value) {
    return resolve(null, value);
  }

  /** Resolves with {@code ctx} as the context for calling a thenable's {@code then}. */
  public boolean resolve(Context ctx, Object value) {
    Realm realm = promise.realm;
    boolean done = resolvers.resolve(ctx, value == null ? null : realm.fromHost(value));
    if (done) JsPromise.Support.of(realm).scheduleDrain();
    return done;
  }

  /** Rejects with a script value (an Error object, usually); false if already settled. */
  public boolean reject(Object reason) {
    Realm realm = promise.realm;
    Object r = reason instanceof ScriptError e ? realm.newError(e.kind(), e.getMessage())
        : reason == null ? null : realm.fromHost(reason);
    boolean done = resolvers.reject(r);
    if (done) JsPromise.Support.of(realm).scheduleDrain();
    return done;
  }

  /** Rejects with a new Error object of {@code kind}; false if already settled. */
  public boolean reject(ScriptError.Kind kind, String message) {
    return reject(promise.realm.newError(kind, message));
  }

  /** Resolves with undefined. */
  public boolean resolve() {
    return resolve(Undefined.INSTANCE);
  }
}
