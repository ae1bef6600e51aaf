package io.pipy.engine.algo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The amount behind every {@link Quota} made with the same {@code key} option, shared by all
 * workers. Updated with compare-and-set; quotas with waiting consumers are told of growth on
 * their own workers.
 */
final class SharedQuota {

  private static final ConcurrentHashMap<String, SharedQuota> ALL = new ConcurrentHashMap<>();

  private final AtomicLong current = new AtomicLong();
  private volatile double initial;
  private volatile double max;
  private volatile double produceStep;
  private volatile double per;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final Set<Quota> subscribers = ConcurrentHashMap.newKeySet();

  private SharedQuota(double initial, double max, double produceStep, double per) {
    this.initial = initial;
    this.max = max;
    this.produceStep = produceStep;
    this.per = per;
    current.set(Double.doubleToRawLongBits(initial));
  }

  /** The shared amount for {@code key}; a later quota of the same key updates its settings. */
  static SharedQuota get(String key, double initial, double max, double produceStep, double per) {
    SharedQuota[] made = new SharedQuota[1];
    SharedQuota q = ALL.computeIfAbsent(key, k -> made[0] = new SharedQuota(initial, max, produceStep, per));
    if (made[0] == null) q.init(initial, max, produceStep, per);
    return q;
  }

  private void init(double newInitial, double newMax, double newStep, double newPer) {
    double oldInitial = initial;
    initial = newInitial;
    max = newMax;
    produceStep = newStep;
    per = newPer;
    while (true) {
      long bits = current.get();
      double old = Double.longBitsToDouble(bits);
      double v = old;
      if (newInitial > oldInitial) v += newInitial - oldInitial;
      if (v > newMax) v = newMax;
      if (current.compareAndSet(bits, Double.doubleToRawLongBits(v))) {
        if (v > old) notifySubscribers();
        break;
      }
    }
  }

  double initial() {
    return initial;
  }

  double current() {
    return Double.longBitsToDouble(current.get());
  }

  void produce(double value) {
    if (!(value > 0)) return;
    double cap = max;
    while (true) {
      long bits = current.get();
      double v = Math.min(cap, Double.longBitsToDouble(bits) + value);
      if (current.compareAndSet(bits, Double.doubleToRawLongBits(v))) break;
    }
    notifySubscribers();
  }

  double consume(double value, ScheduledExecutorService executor) {
    if (!(value > 0)) return 0;
    double taken;
    while (true) {
      long bits = current.get();
      double old = Double.longBitsToDouble(bits);
      taken = Math.max(0, Math.min(value, old));
      if (current.compareAndSet(bits, Double.doubleToRawLongBits(old - taken))) break;
    }
    scheduleProducing(executor);
    return taken;
  }

  private void scheduleProducing(ScheduledExecutorService executor) {
    double p = per;
    if (p <= 0 || executor == null) return;
    if (!scheduled.compareAndSet(false, true)) return;
    executor.schedule(() -> {
      scheduled.set(false);
      while (true) {
        long bits = current.get();
        double old = Double.longBitsToDouble(bits);
        double step = produceStep;
        double target = initial;
        double v;
        boolean more = false;
        if (step > 0 && step < target - old) {
          v = old + step;
          more = true;
        } else {
          v = Math.max(old, target);
        }
        if (current.compareAndSet(bits, Double.doubleToRawLongBits(v))) {
          if (more) scheduleProducing(executor);
          break;
        }
      }
      notifySubscribers();
    }, Math.max(1, (long) (p * 1000)), TimeUnit.MILLISECONDS);
  }

  void subscribe(Quota q) {
    subscribers.add(q);
  }

  void unsubscribe(Quota q) {
    subscribers.remove(q);
  }

  private void notifySubscribers() {
    for (Quota q : subscribers) {
      ScheduledExecutorService ex = q.executor();
      if (ex == null) {
        q.onProduce();
      } else {
        try {
          ex.execute(q::onProduce);
        } catch (java.util.concurrent.RejectedExecutionException e) {
          subscribers.remove(q);
        }
      }
    }
  }
}
