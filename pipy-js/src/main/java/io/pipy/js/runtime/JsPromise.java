package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.Log;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code Promise} object and the promise abstract operations of ECMAScript 2020: resolving
 * functions (with thenable assimilation through a job), reactions, capabilities for promise
 * subclasses, and the host's rejection tracking.
 *
 * <p>Every reaction runs as a job of the realm ({@link Realm#enqueueJob}), never synchronously.
 * A promise rejected with no handler attached by the time the job queue has drained is reported
 * (see {@link #onUnhandledRejection}), without failing anything.
 *
 * <p>Java code waits on a script promise through {@link ScriptPromise#then}; to make a promise
 * in Java and settle it later, use {@link PromiseHandle}.
 */
public final class JsPromise extends JsObject implements ScriptPromise {

  /** The state of a promise. */
  public enum State { PENDING, FULFILLED, REJECTED }

  /** What runs, as a job, once a promise settles. */
  public interface Reaction {
    void run(boolean fulfilled, Object value);
  }

  public final Realm realm;
  private State state = State.PENDING;
  private Object result = Undefined.INSTANCE;
  private boolean handled;
  private List<Reaction> reactions = new ArrayList<>(2);

  /** A pending promise with prototype {@code proto}. */
  public JsPromise(Realm realm, JsObject proto) {
    super(proto);
    this.realm = realm;
  }

  /** A pending promise with the realm's {@code Promise.prototype}. */
  public JsPromise(Realm realm) {
    this(realm, realm.intrinsic("PromisePrototype"));
  }

  /** A promise already resolved with {@code value} (which may be a thenable). */
  public static JsPromise resolved(Realm realm, Context ctx, Object value) {
    JsPromise p = new JsPromise(realm);
    new Resolvers(p).resolve(ctx, value);
    return p;
  }

  /** A promise already rejected with {@code reason}. */
  public static JsPromise rejected(Realm realm, Object reason) {
    JsPromise p = new JsPromise(realm);
    p.reject(reason);
    return p;
  }

  @Override
  public String className() {
    return "Promise";
  }

  public State state() {
    return state;
  }

  /** The fulfillment value or rejection reason; undefined while pending. */
  public Object result() {
    return result;
  }

  public boolean isHandled() {
    return handled;
  }

  // ------------------------------------------------------------------ settling

  /** FulfillPromise. Does nothing unless pending. */
  public void fulfill(Object value) {
    if (state != State.PENDING) return;
    settle(State.FULFILLED, value);
  }

  /** RejectPromise. Does nothing unless pending. */
  public void reject(Object reason) {
    if (state != State.PENDING) return;
    settle(State.REJECTED, reason);
    if (!handled) Support.of(realm).track(this);
  }

  private void settle(State s, Object value) {
    List<Reaction> rs = reactions;
    reactions = null;
    state = s;
    result = value;
    boolean fulfilled = s == State.FULFILLED;
    for (Reaction r : rs) realm.enqueueJob(() -> r.run(fulfilled, value));
  }

  /**
   * The body of a promise resolve function: fulfils with non-thenables, rejects on a
   * self-resolution or a throwing {@code then} getter, and otherwise schedules a job that calls
   * the thenable's {@code then} with fresh resolving functions.
   */
  void resolveWith(Context ctx, Object resolution) {
    if (resolution == this) {
      reject(realm.newError(io.pipy.api.script.ScriptError.Kind.TYPE_ERROR, "Chaining cycle detected for promise #<Promise>"));
      return;
    }
    if (!(resolution instanceof JsObject obj)) {
      fulfill(resolution);
      return;
    }
    Object then;
    try {
      then = obj.get("then", obj, ctx);
    } catch (JsThrow t) {
      reject(t.value(realm));
      return;
    }
    if (!(then instanceof JsFunction thenFn)) {
      fulfill(resolution);
      return;
    }
    realm.enqueueJob(() -> {
      Resolvers r = new Resolvers(this);
      try {
        thenFn.invoke(ctx, obj, new Object[] {r.resolveFunction(ctx), r.rejectFunction()});
      } catch (JsThrow t) {
        r.reject(t.value(realm));
      }
    });
  }

  /** A pair of resolving functions sharing one "already resolved" flag. */
  public static final class Resolvers {
    private final JsPromise promise;
    private boolean alreadyResolved;

    public Resolvers(JsPromise promise) {
      this.promise = promise;
    }

    public JsPromise promise() {
      return promise;
    }

    public boolean alreadyResolved() {
      return alreadyResolved;
    }

    /** Resolves, unless this pair already resolved or rejected; true if it did. */
    public boolean resolve(Context ctx, Object value) {
      if (alreadyResolved) return false;
      alreadyResolved = true;
      promise.resolveWith(ctx, value);
      return true;
    }

    /** Rejects, unless this pair already resolved or rejected; true if it did. */
    public boolean reject(Object reason) {
      if (alreadyResolved) return false;
      alreadyResolved = true;
      promise.reject(reason);
      return true;
    }

    /** The resolve function as a script function. */
    public JsFunction resolveFunction(Context ctx) {
      return new NativeFunction(promise.realm, "", 1, (c, self, args) -> {
        resolve(c != null ? c : ctx, args.length > 0 ? args[0] : Undefined.INSTANCE);
        return Undefined.INSTANCE;
      }, null);
    }

    /** The reject function as a script function. */
    public JsFunction rejectFunction() {
      return new NativeFunction(promise.realm, "", 1, (c, self, args) -> {
        reject(args.length > 0 ? args[0] : Undefined.INSTANCE);
        return Undefined.INSTANCE;
      }, null);
    }
  }

  // ------------------------------------------------------------------ reactions

  /**
   * PerformPromiseThen's core: runs {@code reaction} as a job once settled (at once as a job if
   * already settled). {@code handlesRejection} marks the promise handled.
   */
  public void addReaction(Reaction reaction, boolean handlesRejection) {
    if (state == State.PENDING) {
      reactions.add(reaction);
    } else {
      if (state == State.REJECTED && !handled && handlesRejection) Support.of(realm).untrack(this);
      boolean fulfilled = state == State.FULFILLED;
      Object value = result;
      realm.enqueueJob(() -> reaction.run(fulfilled, value));
    }
    if (handlesRejection) handled = true;
  }

  /** PerformPromiseThen with script handlers; {@code capability} may be null. */
  public void then(Context ctx, Object onFulfilled, Object onRejected, Capability capability) {
    addReaction(new ScriptReaction(realm, ctx, onFulfilled, onRejected, capability), true);
  }

  /** A reaction calling script handlers and settling a derived promise. */
  static final class ScriptReaction implements Reaction {
    final Realm realm;
    final Context ctx;
    final Object onFulfilled;
    final Object onRejected;
    final Capability capability;

    ScriptReaction(Realm realm, Context ctx, Object onFulfilled, Object onRejected, Capability capability) {
      this.realm = realm;
      this.ctx = ctx;
      this.onFulfilled = onFulfilled;
      this.onRejected = onRejected;
      this.capability = capability;
    }

    @Override
    public void run(boolean fulfilled, Object value) {
      Object handler = fulfilled ? onFulfilled : onRejected;
      if (!(handler instanceof JsFunction f)) {
        if (capability == null) return;
        if (fulfilled) capability.resolve(ctx, value);
        else capability.reject(ctx, value);
        return;
      }
      Object r;
      try {
        r = f.invoke(ctx, Undefined.INSTANCE, new Object[] {value});
      } catch (JsThrow t) {
        if (capability == null) throw t;
        capability.reject(ctx, t.value(realm));
        return;
      }
      if (capability != null) capability.resolve(ctx, r);
    }
  }

  // ------------------------------------------------------------------ ScriptPromise (Java callers)

  /**
   * Registers Java reactions. Exactly one of them runs, as a promise job, once this promise
   * settles (either may be null). A non-null {@code onRejected} marks the promise handled. The
   * realm's job queue is drained by a worker microtask, so reactions run even when no script
   * is running.
   */
  @Override
  public void then(Consumer<Object> onFulfilled, Consumer<Object> onRejected) {
    addReaction((fulfilled, value) -> {
      Consumer<Object> c = fulfilled ? onFulfilled : onRejected;
      if (c == null) return;
      try {
        c.accept(value);
      } catch (JsThrow t) {
        realm.reportUncaught(t);
      } catch (RuntimeException e) {
        Log.error("uncaught exception in a promise reaction: " + e);
      }
    }, onRejected != null);
    Support.of(realm).scheduleDrain();
  }

  // ------------------------------------------------------------------ capabilities

  /**
   * A PromiseCapability: a promise made by some constructor plus its resolve and reject
   * functions. For the realm's own {@code Promise} no script functions are made unless asked for.
   */
  public static final class Capability {
    public final Object promise;
    private final Resolvers resolvers;
    private Object resolveFn;
    private Object rejectFn;

    private Capability(Object promise, Resolvers resolvers, Object resolveFn, Object rejectFn) {
      this.promise = promise;
      this.resolvers = resolvers;
      this.resolveFn = resolveFn;
      this.rejectFn = rejectFn;
    }

    /** A capability for a new plain promise of {@code realm}. */
    public static Capability of(Realm realm) {
      JsPromise p = new JsPromise(realm);
      return new Capability(p, new Resolvers(p), null, null);
    }

    /** NewPromiseCapability(C). */
    public static Capability of(Realm realm, Context ctx, Object constructor) {
      if (constructor == realm.intrinsicOrNull("Promise")) return of(realm);
      if (!(constructor instanceof JsFunction c) || !c.isConstructor()) {
        throw Errors.typeError(describe(constructor) + " is not a constructor");
      }
      Object[] fns = {Undefined.INSTANCE, Undefined.INSTANCE};
      NativeFunction executor = new NativeFunction(realm, "", 2, (cx, self, args) -> {
        if (fns[0] != Undefined.INSTANCE || fns[1] != Undefined.INSTANCE) {
          throw Errors.typeError("Promise executor has already been invoked with non-undefined arguments");
        }
        fns[0] = args.length > 0 ? args[0] : Undefined.INSTANCE;
        fns[1] = args.length > 1 ? args[1] : Undefined.INSTANCE;
        return Undefined.INSTANCE;
      }, null);
      Object promise = c.construct(ctx, new Object[] {executor}, c);
      if (!(fns[0] instanceof JsFunction)) throw Errors.typeError("Promise resolve function is not callable");
      if (!(fns[1] instanceof JsFunction)) throw Errors.typeError("Promise reject function is not callable");
      return new Capability(promise, null, fns[0], fns[1]);
    }

    public void resolve(Context ctx, Object value) {
      if (resolvers != null) resolvers.resolve(ctx, value);
      else ((JsFunction) resolveFn).invoke(ctx, Undefined.INSTANCE, new Object[] {value});
    }

    public void reject(Context ctx, Object reason) {
      if (resolvers != null) resolvers.reject(reason);
      else ((JsFunction) rejectFn).invoke(ctx, Undefined.INSTANCE, new Object[] {reason});
    }

    /** The resolve function as a script value. */
    public JsFunction resolveFunction(Context ctx) {
      if (resolveFn == null) resolveFn = resolvers.resolveFunction(ctx);
      return (JsFunction) resolveFn;
    }

    /** The reject function as a script value. */
    public JsFunction rejectFunction() {
      if (rejectFn == null) rejectFn = resolvers.rejectFunction();
      return (JsFunction) rejectFn;
    }
  }

  static String describe(Object v) {
    if (v instanceof JsFunction f) return f.displayName();
    if (v instanceof JsObject) return "#<Object>";
    if (v instanceof String s) return "\"" + s + "\"";
    try {
      return Ops.toString(v);
    } catch (JsThrow e) {
      return String.valueOf(v);
    }
  }

  // ------------------------------------------------------------------ unhandled rejections

  /**
   * Replaces how this realm reports rejections nobody handled once the job queue drained
   * (the default logs an error). {@code null} restores the default.
   */
  public static void onUnhandledRejection(Realm realm, Consumer<Object> reporter) {
    Support.of(realm).reporter = reporter;
  }

  /** Per-realm promise bookkeeping, kept as a hidden intrinsic of the realm. */
  static final class Support extends JsObject {
    private static final String KEY = "%PromiseSupport%";
    final Realm realm;
    final LinkedHashSet<JsPromise> unhandled = new LinkedHashSet<>();
    boolean checkQueued;
    boolean drainScheduled;
    Consumer<Object> reporter;

    private Support(Realm realm) {
      super((JsObject) null);
      this.realm = realm;
    }

    static Support of(Realm realm) {
      JsObject o = realm.intrinsicOrNull(KEY);
      if (o instanceof Support s) return s;
      Support s = new Support(realm);
      realm.intrinsic(KEY, s);
      return s;
    }

    void track(JsPromise p) {
      unhandled.add(p);
      if (!checkQueued) {
        checkQueued = true;
        realm.enqueueJob(this::check);
      }
    }

    void untrack(JsPromise p) {
      unhandled.remove(p);
    }

    /** Runs as the last job: re-queues itself while other jobs are waiting. */
    private void check() {
      if (realm.hasPendingJobs()) {
        realm.enqueueJob(this::check);
        return;
      }
      checkQueued = false;
      List<JsPromise> list = new ArrayList<>(unhandled);
      unhandled.clear();
      for (JsPromise p : list) {
        if (!p.handled) report(p.result);
      }
    }

    private void report(Object reason) {
      if (reporter != null) {
        reporter.accept(reason);
        return;
      }
      String where = "";
      String what;
      if (reason instanceof JsError e) {
        what = realm.describeThrown(e);
        if (e.location() != null) where = e.location() + ": ";
      } else {
        String s;
        try {
          s = Display.format(reason);
        } catch (RuntimeException ex) {
          s = String.valueOf(reason);
        }
        what = s;
      }
      Log.error("Uncaught (in promise) " + where + what);
    }

    /** Makes sure queued jobs run soon even when no script call will drain them. */
    void scheduleDrain() {
      if (drainScheduled) return;
      Context c;
      try {
        c = realm.defaultContext();
      } catch (RuntimeException e) {
        c = null;
      }
      if (c == null || c.worker() == null) return;
      drainScheduled = true;
      c.worker().microtask(() -> {
        drainScheduled = false;
        realm.drainJobs();
      });
    }
  }
}
