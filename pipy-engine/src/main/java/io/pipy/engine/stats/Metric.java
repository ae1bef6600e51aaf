package io.pipy.engine.stats;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import io.pipy.engine.algo.Args;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A metric of {@code stats}: a value (or, for histograms, a vector of values) with an optional
 * tree of labelled sub-metrics. A metric declared with label names {@code ['method', 'code']}
 * has sub-metrics per method, each with sub-metrics per code; {@code withLabels('GET', '200')}
 * walks (and grows) that tree. A metric or sub-metric shows up in the output once something set
 * its value.
 *
 * <p>Metrics belong to the worker whose script made them and are only touched on its thread;
 * {@link Stats} reads them by running a snapshot task there.
 */
public abstract class Metric {

  private final String name;
  private final ScriptRuntime runtime;
  private final List<String> labelNames;
  private final Metric root;
  private final String label;
  private final int level;
  private final Map<String, Metric> subs = new LinkedHashMap<>();
  private boolean hasValue;

  /** A root metric; {@code runtime} (may be null) makes the script arrays of vector values. */
  protected Metric(String name, List<String> labelNames, ScriptRuntime runtime) {
    this.name = name;
    this.runtime = runtime;
    this.labelNames = List.copyOf(labelNames);
    this.root = null;
    this.label = null;
    this.level = 0;
  }

  /** A sub-metric of {@code parent} for label value {@code label}. */
  protected Metric(Metric parent, String label) {
    this.name = parent.name;
    this.runtime = parent.runtime;
    this.labelNames = parent.labelNames;
    this.root = parent.root == null ? parent : parent.root;
    this.label = label;
    this.level = parent.level + 1;
  }

  /** The metric's name. */
  public final String name() {
    return name;
  }

  /** The label names declared at construction. */
  public final List<String> labelNames() {
    return labelNames;
  }

  /** This sub-metric's label value, or null for the root. */
  public final String label() {
    return label;
  }

  /** The root metric (itself for a root). */
  public final Metric root() {
    return root == null ? this : root;
  }

  /** How deep in the label tree: 0 for the root. */
  public final int level() {
    return level;
  }

  /** Whether the value was ever set. */
  public final boolean hasValue() {
    return hasValue;
  }

  protected final void touch() {
    hasValue = true;
  }

  /** The type as Pipy names it: {@code Counter}, {@code Gauge}, {@code Histogram[1,2,"Inf"]}. */
  public abstract String type();

  /** The Prometheus type: {@code counter}, {@code gauge} or {@code histogram}. */
  public abstract String prometheusType();

  /** How many numbers make up the value. */
  public int dimensions() {
    return 1;
  }

  /** Component {@code i} of the value. */
  public abstract double value(int i);

  /** Sets component {@code i} of the value. */
  public abstract void setValue(int i, double v);

  /** Sets the value to zero (and marks it set). */
  public abstract void zero();

  /** Makes a sub-metric for label value {@code label}. */
  protected abstract Metric newSub(String label);

  /** Runs a collect callback, if the metric has one; called before every snapshot. */
  protected void collect(Context ctx) {
  }

  /** Zeroes this metric and every sub-metric. */
  public final void zeroAll() {
    zero();
    for (Metric m : subs.values()) m.zeroAll();
  }

  /** Forgets every sub-metric and the value. */
  public final void clear() {
    for (Metric m : subs.values()) m.clear();
    subs.clear();
    hasValue = false;
  }

  /** The sub-metrics, in creation order. */
  public final List<Metric> submetrics() {
    return new ArrayList<>(subs.values());
  }

  /**
   * The sub-metric for {@code labels} (the values of the next label names, extra ones ignored),
   * created if needed; null if this metric has no label names left.
   */
  public final Metric withLabels(String... labels) {
    int count = labelNames.size();
    if (level >= count) return null;
    Metric m = this;
    for (int i = 0; i < labels.length && m.level < count; i++) {
      String l = labels[i];
      Metric sub = m.subs.get(l);
      if (sub == null) {
        sub = m.newSub(l);
        m.subs.put(l, sub);
      }
      m = sub;
    }
    return m;
  }

  /** Runs collect callbacks of this metric and its sub-metrics. */
  final void collectAll(Context ctx) {
    collect(ctx);
    for (Metric m : subs.values()) m.collectAll(ctx);
  }

  /** A frozen copy of this metric's tree. */
  final MetricFamily.Node snapshot() {
    int dim = dimensions();
    double[] values = new double[dim];
    for (int i = 0; i < dim; i++) values[i] = value(i);
    MetricFamily.Node n = new MetricFamily.Node(label, values, hasValue);
    for (Metric m : subs.values()) n.subs().put(m.label, m.snapshot());
    return n;
  }

  /** Sets values from {@code node} (a sum) into this tree, creating sub-metrics as needed. */
  final void load(MetricFamily.Node node) {
    int dim = Math.min(dimensions(), node.values().length);
    if (node.hasValue()) {
      for (int i = 0; i < dim; i++) setValue(i, node.values()[i]);
    }
    for (MetricFamily.Node sub : node.subs().values()) {
      Metric m = withLabels(sub.key());
      if (m != null) m.load(sub);
    }
  }

  @Override
  public String toString() {
    return "[object " + getClass().getSimpleName() + "]";
  }

  static String[] labelArgs(Context ctx, Object[] args) {
    String[] out = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      Object v = args[i];
      out[i] = v instanceof CharSequence s ? s.toString()
          : v instanceof Number n ? io.pipy.engine.algo.JsNumbers.toString(n.doubleValue())
          : ctx == null ? String.valueOf(v) : ctx.worker().scripts().toStringValue(ctx, v);
    }
    return out;
  }

  static List<String> labelNamesArg(Context ctx, String where, Object[] args, int i) {
    ScriptArray a = Args.array(where, args, i);
    List<String> out = new ArrayList<>();
    if (a != null) {
      for (int j = 0; j < a.length(); j++) {
        Object v = a.get(j);
        out.add(v instanceof CharSequence s ? s.toString() : labelArgs(ctx, new Object[] {v})[0]);
      }
    }
    return out;
  }

  /**
   * Adds the members every metric shares to {@code b}; each metric class gets members of its own
   * rather than inheriting one base declaration (a script engine may tie a method to the first
   * class it met it in).
   */
  static <T extends Metric> HostClass.Builder<T> shared(HostClass.Builder<T> b) {
    return b
      .getter("name", Metric::name)
      .getter("type", Metric::type)
      .getter("dimensions", Metric::dimensions)
      .getter("label", m -> m.label() == null ? Undefined.INSTANCE : m.label())
      .getter("value", Metric::scriptValue)
      .method("submetrics", 0, (ctx, m, args) -> ctx.worker().scripts().newArray(m.submetrics()))
      .method("withLabels", 0, (ctx, m, args) -> m.withLabels(labelArgs(ctx, args)))
      .method("clear", 0, (ctx, m, args) -> {
        m.clear();
        return Undefined.INSTANCE;
      })
      .method("zero", 0, (ctx, m, args) -> {
        m.zero();
        return Undefined.INSTANCE;
      });
  }

  /** The members every metric shares, as a class of their own (for Java callers and tests). */
  public static final HostClass<Metric> CLASS = shared(HostClass.builder("Metric", Metric.class)).build();

  /** The script value of {@code value}: a number, or an array for vectors. */
  final Object scriptValue() {
    int d = dimensions();
    if (d == 1) return Values.number(value(0));
    List<Object> list = new ArrayList<>(d);
    for (int i = 0; i < d; i++) list.add(Values.number(value(i)));
    return runtime == null ? list : runtime.newArray(list);
  }
}
