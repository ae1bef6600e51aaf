package io.pipy.engine.stats;

import io.pipy.engine.algo.JsNumbers;
import java.util.List;

/**
 * Metrics in the Prometheus text exposition format (version 0.0.4), as the admin service's
 * {@code /metrics} serves them: a {@code # TYPE} line per metric (and {@code # HELP} when a help
 * text is known), then one sample line per labelled value; histograms as cumulative
 * {@code _bucket{le="..."}} lines ending with {@code le="+Inf"} (added, holding the count, when
 * the last bound is finite), then {@code _count} and {@code _sum}.
 *
 * <p>Pipy itself prints the per-bucket counts without accumulating them, spells the infinite
 * bound {@code Inf} and has no {@code +Inf} bucket unless the script made one; this follows the
 * format instead, so Prometheus computes quantiles correctly. Characters a metric name may not hold become {@code _}; label values are
 * escaped.
 */
public final class Prometheus {

  private Prometheus() {
  }

  /** The text for {@code families}; {@code extraLabels} (such as {@code instance="a"}) go first in every sample, or null. */
  public static String render(List<MetricFamily> families, String extraLabels) {
    StringBuilder sb = new StringBuilder();
    for (MetricFamily f : families) render(sb, f, extraLabels);
    return sb.toString();
  }

  private static void render(StringBuilder sb, MetricFamily f, String extra) {
    String name = sanitize(f.name());
    if (f.help() != null) sb.append("# HELP ").append(name).append(' ').append(escapeHelp(f.help())).append('\n');
    sb.append("# TYPE ").append(name).append(' ').append(f.prometheusType()).append('\n');
    String[] values = new String[f.labelNames().size()];
    node(sb, f, name, extra, f.root(), 0, values);
  }

  private static void node(StringBuilder sb, MetricFamily f, String name, String extra, MetricFamily.Node n,
      int level, String[] labelValues) {
    if (level > labelValues.length) return;
    if (level > 0) labelValues[level - 1] = n.key();
    if (n.hasValue()) {
      double[] v = n.values();
      if (f.buckets() != null) {
        double[] b = f.buckets();
        long cumulative = 0;
        for (int i = 0; i < b.length; i++) {
          cumulative += (long) v[i];
          sb.append(name).append("_bucket");
          labels(sb, f, extra, level, labelValues, le(b[i]));
          sb.append(' ').append(JsNumbers.toString(cumulative)).append('\n');
        }
        if (b.length == 0 || b[b.length - 1] != Double.POSITIVE_INFINITY) {
          // The format wants a +Inf bucket holding every sample; the count is just that.
          sb.append(name).append("_bucket");
          labels(sb, f, extra, level, labelValues, "+Inf");
          sb.append(' ').append(number(v[b.length])).append('\n');
        }
        sb.append(name).append("_count");
        labels(sb, f, extra, level, labelValues, null);
        sb.append(' ').append(number(v[b.length])).append('\n');
        sb.append(name).append("_sum");
        labels(sb, f, extra, level, labelValues, null);
        sb.append(' ').append(number(v[b.length + 1])).append('\n');
      } else {
        sb.append(name);
        labels(sb, f, extra, level, labelValues, null);
        sb.append(' ').append(number(v[0])).append('\n');
      }
    }
    for (MetricFamily.Node sub : n.subs().values()) node(sb, f, name, extra, sub, level + 1, labelValues);
  }

  private static void labels(StringBuilder sb, MetricFamily f, String extra, int level, String[] values, String le) {
    boolean hasExtra = extra != null && !extra.isEmpty();
    if (level == 0 && !hasExtra && le == null) return;
    sb.append('{');
    boolean first = true;
    if (hasExtra) {
      sb.append(extra);
      first = false;
    }
    for (int i = 0; i < level; i++) {
      if (!first) sb.append(',');
      first = false;
      sb.append(sanitize(f.labelNames().get(i))).append("=\"");
      escape(sb, values[i]);
      sb.append('"');
    }
    if (le != null) {
      if (!first) sb.append(',');
      sb.append("le=\"").append(le).append('"');
    }
    sb.append('}');
  }

  private static String le(double bound) {
    if (Double.isInfinite(bound)) return bound > 0 ? "+Inf" : "-Inf";
    return JsNumbers.toString(bound);
  }

  private static String number(double v) {
    if (Double.isInfinite(v)) return v > 0 ? "+Inf" : "-Inf";
    return JsNumbers.toString(v);
  }

  /** {@code name} with characters outside {@code [a-zA-Z0-9_:]} replaced by {@code _}. */
  static String sanitize(String name) {
    StringBuilder sb = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || (i > 0 && c >= '0' && c <= '9');
      if (!ok && sb == null) {
        sb = new StringBuilder(name.length());
        sb.append(name, 0, i);
      }
      if (sb != null) sb.append(ok ? c : '_');
    }
    if (name.isEmpty()) return "_";
    return sb == null ? name : sb.toString();
  }

  private static void escape(StringBuilder sb, String v) {
    if (v == null) return;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '\\': sb.append("\\\\"); break;
        case '"': sb.append("\\\""); break;
        case '\n': sb.append("\\n"); break;
        default: sb.append(c);
      }
    }
  }

  private static String escapeHelp(String h) {
    return h.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
