package io.pipy.engine.stats;

import io.pipy.api.Context;
import io.pipy.api.Log;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import io.pipy.engine.algo.Args;
import java.util.List;

/**
 * {@code stats.Gauge(name, labelNames?, onCollect?)}: a number that {@code set}, {@code increase}
 * and {@code decrease} move. {@code onCollect(gauge)} runs on the gauge's worker before every
 * read of the metrics, so it can set the value then.
 */
public final class Gauge extends Metric {

  private final ScriptFunction onCollect;
  private double value;

  /** A root gauge. */
  public Gauge(String name, List<String> labelNames, ScriptFunction onCollect, ScriptRuntime runtime) {
    super(name, labelNames, runtime);
    this.onCollect = onCollect;
  }

  private Gauge(Gauge parent, String label) {
    super(parent, label);
    this.onCollect = null;
  }

  static Gauge construct(Context ctx, Object[] args) {
    String where = "new stats.Gauge";
    Args.require(where, args, 1);
    String name = Args.string(where, args, 0);
    List<String> labels = labelNamesArg(ctx, where, args, 1);
    Gauge g = new Gauge(name, labels, Args.function(where, args, 2), ctx.worker().scripts());
    Stats.local(ctx.worker()).add(g);
    return g;
  }

  /** Sets the value. */
  public void set(double n) {
    touch();
    value = n;
  }

  /** Adds {@code n}. */
  public void increase(double n) {
    touch();
    value += n;
  }

  /** Subtracts {@code n}. */
  public void decrease(double n) {
    touch();
    value -= n;
  }

  @Override
  protected void collect(Context ctx) {
    if (onCollect == null) return;
    try {
      onCollect.call1(ctx, this);
    } catch (ScriptException e) {
      Log.error(e.report());
    } catch (RuntimeException e) {
      Log.error("stats.Gauge '" + name() + "': onCollect failed: " + e.getMessage());
    }
  }

  @Override
  public String type() {
    return "Gauge";
  }

  @Override
  public String prometheusType() {
    return "gauge";
  }

  @Override
  public double value(int i) {
    return value;
  }

  @Override
  public void setValue(int i, double v) {
    touch();
    value = v;
  }

  @Override
  public void zero() {
    touch();
    value = 0;
  }

  @Override
  protected Metric newSub(String label) {
    return new Gauge(this, label);
  }

  /** How scripts see {@code stats.Gauge}. */
  public static final HostClass<Gauge> CLASS = shared(HostClass.builder("Gauge", Gauge.class))
      .constructor(Gauge::construct)
      .method("set", 1, (ctx, g, args) -> {
        Args.require("Gauge.set", args, 1);
        g.set(Args.number("Gauge.set", args, 0));
        return Undefined.INSTANCE;
      })
      .method("increase", 1, (ctx, g, args) -> {
        g.increase(Args.number("Gauge.increase", args, 0, 1));
        return Undefined.INSTANCE;
      })
      .method("decrease", 1, (ctx, g, args) -> {
        g.decrease(Args.number("Gauge.decrease", args, 0, 1));
        return Undefined.INSTANCE;
      })
      .build();
}
