package io.pipy.engine.stats;

import io.pipy.api.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The metrics one worker's scripts made, by name (a new metric replaces an older one of the
 * same name, as after a reload). Used on that worker's thread only.
 */
public final class MetricSet {

  private final LinkedHashMap<String, Metric> metrics = new LinkedHashMap<>();

  /** Adds {@code m}, replacing a metric of the same name. */
  public void add(Metric m) {
    metrics.put(m.name(), m);
  }

  /** The metric named {@code name}, or null. */
  public Metric get(String name) {
    return metrics.get(name);
  }

  /** Every metric, in creation order. */
  public List<Metric> all() {
    return new ArrayList<>(metrics.values());
  }

  /** Forgets every metric. */
  public void clear() {
    metrics.clear();
  }

  /** Runs collect callbacks, then copies the metrics named in {@code names} (all if null). */
  List<MetricFamily> snapshot(Context ctx, Set<String> names) {
    List<MetricFamily> out = new ArrayList<>();
    for (Metric m : metrics.values()) {
      if (names != null && !names.contains(m.name())) continue;
      m.collectAll(ctx);
      double[] buckets = m instanceof Histogram h ? h.buckets() : null;
      out.add(new MetricFamily(m.name(), m.type(), m.labelNames(), buckets, null, m.snapshot()));
    }
    return out;
  }
}
