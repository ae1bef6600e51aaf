package io.pipy.engine.stats;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import io.pipy.engine.algo.Args;
import java.util.List;

/** {@code stats.Counter(name, labelNames?)}: a number that {@code increase(n = 1)} and {@code decrease(n = 1)} move. */
public final class Counter extends Metric {

  private double value;

  /** A root counter. */
  public Counter(String name, List<String> labelNames, ScriptRuntime runtime) {
    super(name, labelNames, runtime);
  }

  private Counter(Counter parent, String label) {
    super(parent, label);
  }

  static Counter construct(Context ctx, Object[] args) {
    String where = "new stats.Counter";
    Args.require(where, args, 1);
    String name = Args.string(where, args, 0);
    Counter c = new Counter(name, labelNamesArg(ctx, where, args, 1), ctx.worker().scripts());
    Stats.local(ctx.worker()).add(c);
    return c;
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
  public String type() {
    return "Counter";
  }

  @Override
  public String prometheusType() {
    return "counter";
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
    return new Counter(this, label);
  }

  /** How scripts see {@code stats.Counter}. */
  public static final HostClass<Counter> CLASS = shared(HostClass.builder("Counter", Counter.class))
      .constructor(Counter::construct)
      .method("increase", 1, (ctx, c, args) -> {
        c.increase(Args.number("Counter.increase", args, 0, 1));
        return Undefined.INSTANCE;
      })
      .method("decrease", 1, (ctx, c, args) -> {
        c.decrease(Args.number("Counter.decrease", args, 0, 1));
        return Undefined.INSTANCE;
      })
      .build();
}
