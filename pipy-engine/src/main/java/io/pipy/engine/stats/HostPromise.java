package io.pipy.engine.stats;

import io.pipy.api.Context;
import io.pipy.api.Worker;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A promise made by Java code for a script: a thenable with {@code then} and {@code catch}, so
 * scripts can chain it and {@code await} it. Settled on its worker's thread; reactions run as
 * microtasks of that worker, never inside the call that settles it.
 *
 * <p>It exists because the script-value contract has no way for Java code to make a native
 * script promise (see the report of the {@code algo} issue).
 */
public final class HostPromise implements ScriptPromise {

  private final Worker worker;
  private final List<Consumer<Object>> onFulfilled = new ArrayList<>();
  private final List<Consumer<Object>> onRejected = new ArrayList<>();
  private int state; // 0 pending, 1 fulfilled, 2 rejected
  private Object value;

  /** A pending promise of {@code worker}. */
  public HostPromise(Worker worker) {
    this.worker = worker;
  }

  /** Fulfils the promise (on the worker's thread). */
  public void resolve(Object v) {
    if (state != 0) return;
    if (v instanceof ScriptPromise p && v != this) {
      p.then(this::resolve, this::reject);
      return;
    }
    settle(1, v);
  }

  /** Rejects the promise (on the worker's thread). */
  public void reject(Object error) {
    if (state != 0) return;
    settle(2, error);
  }

  private void settle(int s, Object v) {
    state = s;
    value = v;
    List<Consumer<Object>> list = new ArrayList<>(s == 1 ? onFulfilled : onRejected);
    onFulfilled.clear();
    onRejected.clear();
    if (!list.isEmpty()) worker.microtask(() -> list.forEach(c -> c.accept(v)));
  }

  @Override
  public void then(Consumer<Object> fulfilled, Consumer<Object> rejected) {
    if (state == 0) {
      onFulfilled.add(fulfilled);
      onRejected.add(rejected);
    } else {
      Object v = value;
      Consumer<Object> c = state == 1 ? fulfilled : rejected;
      worker.microtask(() -> c.accept(v));
    }
  }

  /** Whether it settled yet. */
  public boolean isSettled() {
    return state != 0;
  }

  private HostPromise chain(Context ctx, ScriptFunction f, ScriptFunction r) {
    HostPromise next = new HostPromise(worker);
    then(v -> react(ctx, f, v, next, true), e -> react(ctx, r, e, next, false));
    return next;
  }

  private static void react(Context ctx, ScriptFunction f, Object v, HostPromise next, boolean ok) {
    if (f == null) {
      if (ok) next.resolve(v);
      else next.reject(v);
      return;
    }
    try {
      next.resolve(f.call1(ctx, v));
    } catch (ScriptException e) {
      next.reject(e.value());
    } catch (ScriptError e) {
      next.reject(e.getMessage());
    }
  }

  private static ScriptFunction fn(Object[] args, int i) {
    return i < args.length && args[i] instanceof ScriptFunction f ? f : null;
  }

  @Override
  public String toString() {
    return "[object Promise]";
  }

  /** How scripts see it: {@code then(onFulfilled, onRejected)}, {@code catch(onRejected)}, {@code finally(f)}. */
  public static final HostClass<HostPromise> CLASS = HostClass.builder("Promise", HostPromise.class)
      .method("then", 2, (ctx, p, args) -> p.chain(ctx, fn(args, 0), fn(args, 1)))
      .method("catch", 1, (ctx, p, args) -> p.chain(ctx, null, fn(args, 0)))
      .method("finally", 1, (ctx, p, args) -> {
        ScriptFunction f = fn(args, 0);
        HostPromise next = new HostPromise(p.worker);
        p.then(v -> {
          if (f != null) f.call(ctx);
          next.resolve(v);
        }, e -> {
          if (f != null) f.call(ctx);
          next.reject(e);
        });
        return next;
      })
      .build();
}
