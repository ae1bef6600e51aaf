package io.pipy.engine.stats;

import io.pipy.api.Log;
import io.pipy.api.Worker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The metrics of every worker, read and summed: what {@code stats.sum()} and the admin
 * service's {@code /metrics} see.
 *
 * <p>Each worker keeps its own {@link MetricSet}, touched only on its thread, so scripts update
 * metrics without any locking. Reading runs a snapshot task on every worker (its event loop
 * runs it between other work), then sums the snapshots by metric name and label values, as
 * Pipy does: counters, gauges and histogram buckets alike are added up.
 */
public final class Stats {

  /** How long a read waits for a worker before leaving it out. */
  public static final long WORKER_TIMEOUT_MILLIS = 5000;

  private static final ConcurrentHashMap<Worker, MetricSet> SETS = new ConcurrentHashMap<>();
  private static final List<Supplier<Collection<MetricFamily>>> SOURCES = new CopyOnWriteArrayList<>();

  private Stats() {
  }

  /** The metric set of {@code worker}; use it on that worker's thread. */
  public static MetricSet local(Worker worker) {
    return SETS.computeIfAbsent(worker, w -> new MetricSet());
  }

  /** Forgets the metrics of {@code worker} (when it stops). */
  public static void forget(Worker worker) {
    SETS.remove(worker);
  }

  /**
   * Adds metrics that Java code keeps (connection counts and the like); {@code source} is
   * called on the reading thread, so what it reads must be safe to read from there.
   */
  public static void addSource(Supplier<Collection<MetricFamily>> source) {
    SOURCES.add(source);
  }

  /** Removes a source added with {@link #addSource}. */
  public static void removeSource(Supplier<Collection<MetricFamily>> source) {
    SOURCES.remove(source);
  }

  /** Snapshots of every worker's metrics named in {@code names} (all if null), summed. */
  public static CompletableFuture<List<MetricFamily>> collect(Set<String> names) {
    List<Worker> workers = new ArrayList<>(SETS.keySet());
    workers.sort(Comparator.comparingInt(Worker::index));
    List<CompletableFuture<List<MetricFamily>>> parts = new ArrayList<>();
    for (Worker w : workers) parts.add(snapshot(w, names));
    return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0])).thenApply(v -> {
      List<List<MetricFamily>> all = new ArrayList<>();
      for (CompletableFuture<List<MetricFamily>> p : parts) all.add(p.join());
      List<MetricFamily> extra = new ArrayList<>();
      for (Supplier<Collection<MetricFamily>> s : SOURCES) {
        try {
          for (MetricFamily f : s.get()) {
            if (names == null || names.contains(f.name())) extra.add(f);
          }
        } catch (RuntimeException e) {
          Log.warn("stats: a metric source failed: " + e);
        }
      }
      all.add(extra);
      return sum(all);
    });
  }

  private static CompletableFuture<List<MetricFamily>> snapshot(Worker w, Set<String> names) {
    MetricSet set = SETS.get(w);
    if (set == null) return CompletableFuture.completedFuture(List.of());
    if (w.inWorkerThread()) {
      return CompletableFuture.completedFuture(set.snapshot(w.newContext(null), names));
    }
    if (w.executor().isShutdown()) {
      SETS.remove(w);
      return CompletableFuture.completedFuture(List.of());
    }
    try {
      return CompletableFuture.supplyAsync(() -> set.snapshot(w.newContext(null), names), w.executor())
          .orTimeout(WORKER_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
          .exceptionally(e -> {
            Log.warn("stats: worker " + w.index() + " did not report its metrics: " + e);
            return List.of();
          });
    } catch (RejectedExecutionException e) {
      SETS.remove(w);
      return CompletableFuture.completedFuture(List.of());
    }
  }

  /** Sums lists of families by name; a family whose shape differs from the first of its name is left out. */
  public static List<MetricFamily> sum(List<List<MetricFamily>> lists) {
    Map<String, MetricFamily> out = new LinkedHashMap<>();
    for (List<MetricFamily> list : lists) {
      for (MetricFamily f : list) {
        MetricFamily prev = out.get(f.name());
        if (prev == null) {
          out.put(f.name(), new MetricFamily(f.name(), f.type(), f.labelNames(), f.buckets(), f.help(), f.root().copy()));
        } else if (prev.sameShape(f)) {
          out.put(f.name(), prev.plus(f));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Every metric of every worker, summed, in the Prometheus text format. */
  public static CompletableFuture<String> prometheusAsync(String extraLabels) {
    return collect(null).thenApply(f -> Prometheus.render(f, extraLabels));
  }

  /**
   * Every metric of every worker, summed, in the Prometheus text format: what {@code GET
   * /metrics} returns. Waits for the workers; do not call it on a worker thread that another
   * worker could be waiting for.
   */
  public static String prometheus() {
    try {
      return prometheusAsync(null).get(WORKER_TIMEOUT_MILLIS + 1000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading metrics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read metrics: " + e, e);
    }
  }
}
