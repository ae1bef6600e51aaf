package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code algo.Quota}: an amount that consumers take from and that grows back.
 *
 * <p>{@code new algo.Quota(initial, {per, produce, max, key})}: after something is consumed and
 * {@code per} seconds have passed, the quota grows back towards {@code initial} (all at once, or
 * by {@code produce} per period). {@code max} caps what {@link #produce} can add up to. With
 * {@code key}, every quota of that key in the process shares one amount across workers (the
 * Pipy 1.x form); without it, a quota belongs to the worker whose script made it.
 *
 * <p>Consumers (the throttle filters) that found the quota empty queue up in order and are
 * offered the quota again when it grows: the first that cannot proceed keeps its place and
 * stops the round, so nobody is overtaken.
 */
public final class Quota {

  /** Something waiting for quota. */
  public interface Consumer {
    /** Takes what it needs; returns false if it still has to wait (and keeps its place). */
    boolean onConsume(Quota quota);
  }

  private final double initial;
  private final double max;
  private final double per;
  private final double produceStep;
  private final ScheduledExecutorService executor;
  private final SharedQuota shared;
  private double current;
  private boolean scheduled;
  private ScheduledFuture<?> timer;
  /** Waiting consumers in arrival order; a set, so joining and leaving cost the same however many wait. */
  private final java.util.LinkedHashSet<Consumer> consumers = new java.util.LinkedHashSet<>();
  private boolean producing;

  /**
   * A quota of {@code initial}, growing back after {@code per} seconds (0: never by itself) by
   * {@code produceStep} (0: all the way), capped at {@code max}; timers run on {@code executor}
   * (may be null when {@code per} is 0). {@code key} (may be null) shares the amount process-wide.
   */
  public Quota(double initial, double per, double produceStep, double max, String key,
      ScheduledExecutorService executor) {
    this.initial = initial;
    this.max = max;
    this.per = per;
    this.produceStep = produceStep;
    this.executor = executor;
    this.current = initial;
    this.shared = key == null ? null : SharedQuota.get(key, initial, max, produceStep, per);
  }

  static Quota construct(Context ctx, Object[] args) {
    String where = "new algo.Quota";
    double initial = Args.number(where, args, 0, 0);
    ScriptObject options = Args.object(where, args, 1);
    double per = Args.secondsOption(where, options, "per", 0);
    double produce = Args.numberOption(where, options, "produce", 0);
    double max = Args.numberOption(where, options, "max", Double.POSITIVE_INFINITY);
    String key = Args.stringOption(where, options, "key", null);
    if (per < 0) throw ScriptError.rangeError(where + ": options.per must not be negative");
    ScheduledExecutorService ex = ctx == null ? null : ctx.worker().executor();
    return new Quota(initial, per, produce, max, key, ex);
  }

  /** The initial amount. */
  public double initial() {
    return shared != null ? shared.initial() : initial;
  }

  /** The amount available now. */
  public double current() {
    return shared != null ? shared.current() : current;
  }

  /** Back to the initial amount (waking consumers if that is more). */
  public void reset() {
    if (shared != null) return;
    if (current >= initial) {
      current = initial;
    } else {
      produce(initial - current);
    }
  }

  /** Adds {@code value} (up to {@code max}) and offers the quota to waiting consumers. */
  public void produce(double value) {
    if (shared != null) {
      shared.produce(value);
      return;
    }
    if (!(value > 0)) return;
    current = Math.min(max, current + value);
    onProduce();
  }

  /** Adds {@code value} later, on this quota's worker (for callers inside a reset). */
  public void produceLater(double value) {
    Executor ex = executor;
    if (ex == null) {
      produce(value);
    } else {
      ex.execute(() -> produce(value));
    }
  }

  /** Takes up to {@code value}; returns how much was taken. */
  public double consume(double value) {
    if (shared != null) return shared.consume(value, executor);
    if (!(value > 0)) return 0;
    if (value > current) value = Math.max(0, current);
    current -= value;
    scheduleProducing();
    return value;
  }

  private void scheduleProducing() {
    if (scheduled || per <= 0 || executor == null) return;
    scheduled = true;
    timer = executor.schedule(() -> {
      scheduled = false;
      timer = null;
      double value = initial - current;
      if (produceStep > 0 && produceStep < value) {
        scheduleProducing();
        value = produceStep;
      }
      produce(value);
    }, Math.max(1, (long) (per * 1000)), TimeUnit.MILLISECONDS);
  }

  /** Offers the quota to waiting consumers in order. */
  void onProduce() {
    if (producing) return;
    producing = true;
    try {
      while (!consumers.isEmpty()) {
        Consumer c = consumers.iterator().next();
        if (!c.onConsume(this)) break; // keeps its place at the head
        consumers.remove(c);
        if (current() <= 0) break;
      }
    } finally {
      producing = false;
    }
  }

  /** Queues {@code consumer} (once) to be offered the quota when it grows. */
  public void enqueue(Consumer consumer) {
    if (!consumers.add(consumer)) return;
    if (shared != null) shared.subscribe(this);
  }

  /** Takes {@code consumer} out of the queue. */
  public void dequeue(Consumer consumer) {
    consumers.remove(consumer);
    if (shared != null && consumers.isEmpty()) shared.unsubscribe(this);
  }

  /** How many consumers wait. */
  public int waiting() {
    return consumers.size();
  }

  /** The executor of the worker that made this quota, or null. */
  ScheduledExecutorService executor() {
    return executor;
  }

  /** Stops this quota's timer. */
  public void cancelTimer() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
      scheduled = false;
    }
  }

  @Override
  public String toString() {
    return "[object Quota]";
  }

  /** How scripts see {@code algo.Quota}. */
  public static final HostClass<Quota> CLASS = HostClass.builder("Quota", Quota.class)
      .constructor(Quota::construct)
      .getter("initial", q -> Values.number(q.initial()))
      .getter("current", q -> Values.number(q.current()))
      .method("reset", 0, (ctx, q, args) -> {
        q.reset();
        return Undefined.INSTANCE;
      })
      .method("produce", 1, (ctx, q, args) -> {
        Args.require("Quota.produce", args, 1);
        q.produce(Args.number("Quota.produce", args, 0));
        return Undefined.INSTANCE;
      })
      .method("consume", 1, (ctx, q, args) -> {
        Args.require("Quota.consume", args, 1);
        return Values.number(q.consume(Args.number("Quota.consume", args, 0)));
      })
      .build();
}
