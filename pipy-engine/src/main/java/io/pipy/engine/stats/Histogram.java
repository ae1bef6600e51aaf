package io.pipy.engine.stats;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import io.pipy.engine.algo.Args;
import io.pipy.engine.algo.JsNumbers;
import io.pipy.engine.algo.Percentile;
import java.util.List;

/**
 * {@code stats.Histogram(name, buckets, labelNames?)}: counts samples into buckets by upper
 * bound (ascending; samples above the last bound count only in {@code count} and {@code sum},
 * so end the buckets with {@code Infinity} to catch everything), plus their count and sum. Its
 * {@code value} is the per-bucket counts followed by count and sum; {@code percentile} is an
 * {@code algo.Percentile} over the same buckets.
 */
public final class Histogram extends Metric {

  private final double[] buckets;
  private final Percentile percentile;
  private double sum;
  private double count;

  /** A root histogram. */
  public Histogram(String name, double[] buckets, List<String> labelNames, ScriptRuntime runtime) {
    super(name, labelNames, runtime);
    this.buckets = buckets.clone();
    this.percentile = new Percentile(buckets);
  }

  private Histogram(Histogram parent, String label) {
    super(parent, label);
    this.buckets = parent.buckets;
    this.percentile = new Percentile(parent.buckets);
  }

  static Histogram construct(Context ctx, Object[] args) {
    String where = "new stats.Histogram";
    Args.require(where, args, 2);
    String name = Args.string(where, args, 0);
    ScriptArray b = Args.array(where, args, 1);
    if (b == null) throw Args.expects(where, 1, "an array");
    if (b.length() == 0) throw new ScriptError(where + ": buckets must not be empty");
    Histogram h = new Histogram(name, Percentile.numbers(b), labelNamesArg(ctx, where, args, 2), ctx.worker().scripts());
    Stats.local(ctx.worker()).add(h);
    return h;
  }

  /** Counts a sample. */
  public void observe(double n) {
    touch();
    sum += n;
    count++;
    percentile.observe(n);
  }

  /** The bucket bounds. */
  public double[] buckets() {
    return buckets.clone();
  }

  /** The percentile estimator over this histogram's samples. */
  public Percentile percentile() {
    return percentile;
  }

  /** The number of samples. */
  public double count() {
    return count;
  }

  /** The sum of samples. */
  public double sum() {
    return sum;
  }

  @Override
  public String type() {
    return encodeType(buckets);
  }

  /** Pipy's type string: {@code Histogram[1,5,"Inf"]}. */
  static String encodeType(double[] buckets) {
    StringBuilder sb = new StringBuilder("Histogram[");
    for (int i = 0; i < buckets.length; i++) {
      if (i > 0) sb.append(',');
      double d = buckets[i];
      if (Double.isNaN(d)) sb.append("\"NaN\"");
      else if (Double.isInfinite(d)) sb.append(d > 0 ? "\"Inf\"" : "\"-Inf\"");
      else sb.append(JsNumbers.toString(d));
    }
    return sb.append(']').toString();
  }

  @Override
  public String prometheusType() {
    return "histogram";
  }

  @Override
  public int dimensions() {
    return buckets.length + 2;
  }

  @Override
  public double value(int i) {
    int n = buckets.length;
    if (i >= 0 && i < n) return percentile.get(i);
    if (i == n) return count;
    if (i == n + 1) return sum;
    return 0;
  }

  @Override
  public void setValue(int i, double v) {
    touch();
    int n = buckets.length;
    if (i >= 0 && i < n) percentile.set(i, (long) v);
    else if (i == n) count = v;
    else if (i == n + 1) sum = v;
  }

  @Override
  public void zero() {
    touch();
    sum = 0;
    count = 0;
    percentile.reset();
  }

  @Override
  protected Metric newSub(String label) {
    return new Histogram(this, label);
  }

  /** How scripts see {@code stats.Histogram}. */
  public static final HostClass<Histogram> CLASS = shared(HostClass.builder("Histogram", Histogram.class))
      .constructor(Histogram::construct)
      .getter("percentile", Histogram::percentile)
      .method("observe", 1, (ctx, h, args) -> {
        Args.require("Histogram.observe", args, 1);
        h.observe(Args.number("Histogram.observe", args, 0));
        return Undefined.INSTANCE;
      })
      .build();
}
