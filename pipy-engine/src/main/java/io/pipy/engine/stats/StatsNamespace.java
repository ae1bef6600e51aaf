package io.pipy.engine.stats;

import io.pipy.api.Context;
import io.pipy.api.Worker;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.engine.algo.Args;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code stats} global: {@code Counter}, {@code Gauge}, {@code Histogram} and {@code sum()}. */
public final class StatsNamespace {

  private StatsNamespace() {
  }

  /** Every host class of {@code stats}, to register. */
  public static final List<HostClass<?>> CLASSES = List.of(
      Metric.CLASS, Counter.CLASS, Gauge.CLASS, Histogram.CLASS);

  /**
   * {@code stats.sum(names)}: a promise of an object mapping each name to a metric holding the
   * sum of that metric over all workers.
   */
  public static final HostFunction SUM = HostFunction.of("sum", 1, (ctx, self, args) -> {
    ScriptArray a = Args.array("stats.sum", args, 0);
    if (a == null) throw Args.expects("stats.sum", 0, "an array");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < a.length(); i++) names.add(String.valueOf(a.get(i)));
    Worker worker = ctx.worker();
    ScriptPromise.Deferred p = worker.scripts().newPromise();
    Stats.collect(names).whenComplete((families, error) -> worker.executor().execute(() -> {
      if (error != null) {
        p.reject(worker.scripts().newError(ScriptError.Kind.ERROR, "stats.sum: " + error.getMessage()));
      } else {
        p.resolve(toObject(ctx, worker.scripts(), families));
      }
    }));
    return p.promise();
  });

  /** Summed families as script metrics, by name. */
  static ScriptObject toObject(Context ctx, ScriptRuntime rt, List<MetricFamily> families) {
    ScriptObject out = rt.newObject();
    for (MetricFamily f : families) {
      Metric m;
      if (f.buckets() != null) m = new Histogram(f.name(), f.buckets(), f.labelNames(), rt);
      else if ("Gauge".equals(f.type())) m = new Gauge(f.name(), f.labelNames(), null, rt);
      else m = new Counter(f.name(), f.labelNames(), rt);
      m.load(f.root());
      out.set(f.name(), m);
    }
    return out;
  }

  /** The namespace object. */
  public static Map<String, Object> namespace() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Counter", Counter.CLASS);
    m.put("Gauge", Gauge.CLASS);
    m.put("Histogram", Histogram.CLASS);
    m.put("sum", SUM);
    return m;
  }
}
