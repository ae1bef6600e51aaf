package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.Log;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/**
 * {@code algo.Percentile}: counts samples into buckets (each bucket holds samples up to its
 * upper bound and above the previous one; samples above the last bound are not counted) and
 * estimates percentiles by linear interpolation within the bucket where the percentile falls.
 */
public final class Percentile {

  private final double[] bounds;
  private final long[] counts;
  private long total;

  /** Buckets with these upper bounds, ascending (a warning is logged otherwise). */
  public Percentile(double[] bounds) {
    this.bounds = bounds.clone();
    this.counts = new long[bounds.length];
    double last = -Double.MAX_VALUE;
    for (int i = 0; i < bounds.length; i++) {
      if (i > 0 && bounds[i] <= last) {
        Log.warn("buckets are not in ascending order: changed from " + JsNumbers.toString(last) + " to "
            + JsNumbers.toString(bounds[i]) + " at #" + i);
      }
      last = bounds[i];
    }
  }

  static Percentile construct(Context ctx, Object[] args) {
    ScriptArray a = Args.array("new algo.Percentile", args, 0);
    if (a == null) throw Args.expects("new algo.Percentile", 0, "an array");
    return new Percentile(numbers(a));
  }

  /** The numbers of a script array. */
  public static double[] numbers(ScriptArray a) {
    double[] b = new double[a.length()];
    for (int i = 0; i < b.length; i++) b[i] = Values.toNumber(a.get(i));
    return b;
  }

  /** Forgets every sample. */
  public void reset() {
    java.util.Arrays.fill(counts, 0);
    total = 0;
  }

  /** The number of buckets. */
  public int size() {
    return bounds.length;
  }

  /** The upper bound of bucket {@code i}. */
  public double bound(int i) {
    return bounds[i];
  }

  /** The count of bucket {@code i} (0 out of range). */
  public long get(int i) {
    return i >= 0 && i < counts.length ? counts[i] : 0;
  }

  /** Sets the count of bucket {@code i}. */
  public void set(int i, long count) {
    if (i >= 0 && i < counts.length) {
      total += count - counts[i];
      counts[i] = count;
    }
  }

  /** Counts {@code sample} into its bucket. */
  public void observe(double sample) {
    for (int i = 0; i < bounds.length; i++) {
      if (sample <= bounds[i]) {
        counts[i]++;
        total++;
        return;
      }
    }
  }

  /** The estimated value below which {@code percentage} percent of samples fall. */
  public double calculate(int percentage) {
    if (percentage <= 0) return 0;
    long want = total * percentage / 100;
    long count = 0;
    for (int i = 0; i < bounds.length; i++) {
      count += counts[i];
      if (count >= want) {
        double last = i > 0 ? bounds[i - 1] : 0;
        return bounds[i] - (bounds[i] - last) * (count - want) / (double) counts[i];
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /** Cumulative count up to and including bucket {@code i}. */
  public long cumulative(int i) {
    long sum = 0;
    for (int j = 0; j <= i && j < counts.length; j++) sum += counts[j];
    return sum;
  }

  /** How scripts see {@code algo.Percentile}. */
  public static final HostClass<Percentile> CLASS = HostClass.builder("Percentile", Percentile.class)
      .constructor(Percentile::construct)
      .method("reset", 0, (ctx, p, args) -> {
        p.reset();
        return Undefined.INSTANCE;
      })
      .method("observe", 1, (ctx, p, args) -> {
        Args.require("Percentile.observe", args, 1);
        p.observe(Args.number("Percentile.observe", args, 0));
        return Undefined.INSTANCE;
      })
      .method("calculate", 1, (ctx, p, args) -> {
        Args.require("Percentile.calculate", args, 1);
        return Values.number(p.calculate((int) Args.number("Percentile.calculate", args, 0)));
      })
      .build();
}
