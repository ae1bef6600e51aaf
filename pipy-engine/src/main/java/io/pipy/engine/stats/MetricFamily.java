package io.pipy.engine.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A frozen copy of one metric and its labelled sub-metrics, taken on the worker that owns it;
 * the unit {@link Stats} sums across workers and renders for Prometheus. Java code (the engine,
 * transports) can also make families of its own and offer them through
 * {@link Stats#addSource}.
 *
 * @param name the metric name
 * @param type {@code Counter}, {@code Gauge} or {@code Histogram[...]} (Pipy's type names)
 * @param labelNames the label names, one per level of the tree
 * @param buckets histogram bucket bounds, or null for counters and gauges
 * @param help a help text for Prometheus, or null
 * @param root the tree of values
 */
public record MetricFamily(String name, String type, List<String> labelNames, double[] buckets, String help, Node root) {

  /**
   * One node of the tree: its label value ({@code null} at the root), its values (one for
   * counters and gauges; per-bucket counts, then count, then sum for histograms) and whether
   * the value was set.
   */
  public record Node(String key, double[] values, boolean hasValue, Map<String, Node> subs) {
    /** A node without sub-nodes yet. */
    public Node(String key, double[] values, boolean hasValue) {
      this(key, values, hasValue, new LinkedHashMap<>());
    }

    Node copy() {
      Node n = new Node(key, values.clone(), hasValue);
      for (Map.Entry<String, Node> e : subs.entrySet()) n.subs.put(e.getKey(), e.getValue().copy());
      return n;
    }

    /** Adds {@code other}'s values into this tree. */
    Node add(Node other) {
      boolean has = hasValue || other.hasValue;
      double[] v = values.clone();
      int n = Math.min(v.length, other.values.length);
      for (int i = 0; i < n; i++) v[i] += other.values[i];
      Node out = new Node(key, v, has);
      for (Map.Entry<String, Node> e : subs.entrySet()) out.subs.put(e.getKey(), e.getValue().copy());
      for (Map.Entry<String, Node> e : other.subs.entrySet()) {
        Node mine = out.subs.get(e.getKey());
        out.subs.put(e.getKey(), mine == null ? e.getValue().copy() : mine.add(e.getValue()));
      }
      return out;
    }
  }

  /** Whether {@code other} has the same shape (type and labels), so the two can be summed. */
  public boolean sameShape(MetricFamily other) {
    return type.equals(other.type) && labelNames.equals(other.labelNames);
  }

  /** The Prometheus type of this family. */
  public String prometheusType() {
    if (buckets != null) return "histogram";
    return "Gauge".equals(type) ? "gauge" : "counter";
  }

  /** This family plus {@code other} (which must have the same shape). */
  public MetricFamily plus(MetricFamily other) {
    return new MetricFamily(name, type, labelNames, buckets, help != null ? help : other.help, root.add(other.root));
  }
}
