package io.pipy.engine.core;

import io.pipy.api.KeepAlive;
import io.pipy.api.Worker;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptPromise;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The script class {@code Timeout}: {@code new Timeout(seconds)} starts a timer at once;
 * {@code wait()} gives a promise fulfilled with the Timeout when it fires (rejected with it when
 * cancelled), {@code restart(seconds?)} starts it over, {@code cancel()} stops it.
 *
 * <p>Pipy 1.5 swaps the two forms of {@code restart}: without an argument it fails with
 * "requires 1 or more arguments", with one it ignores the new duration. We do what the method
 * plainly means: {@code restart()} keeps the duration, {@code restart(t)} takes the new one.
 */
final class TimeoutClass {

  private TimeoutClass() {
  }

  static final HostClass<Timeout> CLASS = HostClass.builder("Timeout", Timeout.class)
      .constructor((ctx, args) -> {
        if (args.length < 1) throw new ScriptError("Timeout: requires 1 or more arguments");
        return new Timeout(ctx.worker(), seconds(args[0]));
      })
      .method("wait", 0, (ctx, t, args) -> t.waitFor())
      .method("restart", 1, (ctx, t, args) -> {
        if (args.length > 0 && !Args.absent(args[0])) t.duration = seconds(args[0]);
        t.restart();
        return null;
      })
      .method("cancel", 0, (ctx, t, args) -> {
        t.cancel();
        return null;
      })
      .build();

  private static double seconds(Object v) {
    if (v instanceof Number n) return n.doubleValue();
    throw ScriptError.typeError("Timeout: argument #1 expects a number");
  }

  /** One timer of a worker; used on that worker's thread only. */
  static final class Timeout {
    private enum State { PENDING, FIRED, CANCELED }

    private final Worker worker;
    private double duration;
    private State state = State.PENDING;
    private ScheduledFuture<?> timer;
    private KeepAlive keepAlive;
    private final List<ScriptPromise.Deferred> waiters = new ArrayList<>();

    Timeout(Worker worker, double duration) {
      this.worker = worker;
      this.duration = duration;
      schedule();
    }

    private void schedule() {
      if (timer != null) timer.cancel(false);
      // A pending timer keeps the process alive, as a pending setTimeout keeps node alive.
      if (keepAlive == null) keepAlive = worker.keepAlive("Timeout");
      long micros = Math.max(0, (long) (duration * 1e6));
      ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
      self[0] = worker.executor().schedule(() -> {
        if (timer == self[0]) fire();
      }, micros, TimeUnit.MICROSECONDS);
      timer = self[0];
    }

    private void fire() {
      timer = null;
      state = State.FIRED;
      settleWaiters();
      releaseKeepAlive();
    }

    Object waitFor() {
      ScriptPromise.Deferred d = worker.scripts().newPromise();
      if (state == State.FIRED) {
        d.resolve(this);
      } else if (state == State.CANCELED) {
        d.reject(this);
      } else {
        waiters.add(d);
      }
      return d.promise();
    }

    void restart() {
      state = State.PENDING;
      schedule();
    }

    void cancel() {
      state = State.CANCELED;
      if (timer != null) {
        timer.cancel(false);
        timer = null;
      }
      settleWaiters();
      releaseKeepAlive();
    }

    private void settleWaiters() {
      if (waiters.isEmpty()) return;
      List<ScriptPromise.Deferred> ws = new ArrayList<>(waiters);
      waiters.clear();
      for (ScriptPromise.Deferred d : ws) {
        if (state == State.FIRED) d.resolve(this);
        else d.reject(this);
      }
    }

    private void releaseKeepAlive() {
      if (keepAlive != null) {
        keepAlive.close();
        keepAlive = null;
      }
    }
  }
}
