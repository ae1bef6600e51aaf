package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code algo.LeastWorkLoadBalancer}: each pick goes to the healthy target with the fewest
 * outstanding borrowers per weight (the earliest added on ties); a borrower that goes away
 * {@link #deselect deselects} its target. A pick with a key sticks to the target first picked
 * for that key.
 */
public final class LeastWorkLoadBalancer extends LoadBalancerBase {

  private static final class Target {
    double weight;
    int hits;
    double usage;
    boolean removed;
  }

  private final Map<String, Target> targets = new LinkedHashMap<>();
  private Cache keyCache;

  /** An empty balancer. */
  public LeastWorkLoadBalancer(Cache unhealthy) {
    super(unhealthy);
  }

  static LeastWorkLoadBalancer construct(Context ctx, Object[] args) {
    String where = "new algo.LeastWorkLoadBalancer";
    Object t = targetsArg(where, args, 0);
    LeastWorkLoadBalancer lb = new LeastWorkLoadBalancer(cacheArg(where, args, 1));
    forEachTarget(ctx, t, lb::set);
    return lb;
  }

  /** Adds {@code id} or changes its weight (negative counts as 0: never picked). */
  public void set(String id, double weight) {
    if (weight < 0) weight = 0;
    Target t = targets.get(id);
    if (t == null) {
      t = new Target();
      targets.put(id, t);
    }
    t.weight = weight;
    t.usage = weight > 0 ? t.hits / weight : 0;
    t.removed = false;
  }

  /** Replaces all targets by those in {@code all}, keeping the state of unchanged ones. */
  public void setAll(Context ctx, Object all) {
    if (all == null) return;
    for (Target t : targets.values()) t.removed = true;
    forEachTarget(ctx, all, (id, w) -> {
      Target t = targets.get(id);
      if (t != null && t.weight == Math.max(0, w)) t.removed = false;
      else set(id, w);
    });
    targets.values().removeIf(t -> t.removed);
  }

  @Override
  public String select(Object key, Cache unhealthy) {
    if (key != Undefined.INSTANCE) {
      if (keyCache == null) keyCache = new Cache();
      Object cached = keyCache.find(key);
      if (cached instanceof String s) return s;
    }
    double min = 0;
    Map.Entry<String, Target> p = null;
    for (Map.Entry<String, Target> e : targets.entrySet()) {
      Target t = e.getValue();
      if (t.weight <= 0) continue;
      if (!isHealthy(e.getKey(), unhealthy)) continue;
      if (p == null || t.usage < min) {
        min = t.usage;
        p = e;
      }
    }
    if (p == null) return null;
    Target t = p.getValue();
    t.hits++;
    t.usage = t.hits / t.weight;
    if (key != Undefined.INSTANCE) keyCache.set(null, key, p.getKey());
    return p.getKey();
  }

  @Override
  public void deselect(String id) {
    if (id == null) return;
    Target t = targets.get(id);
    if (t != null && t.hits > 0) {
      t.hits--;
      t.usage = t.weight > 0 ? t.hits / t.weight : 0;
    }
  }

  /** Outstanding picks of {@code id} (for tests). */
  int hits(String id) {
    Target t = targets.get(id);
    return t == null ? 0 : t.hits;
  }

  /** How scripts see {@code algo.LeastWorkLoadBalancer}. */
  public static final HostClass<LeastWorkLoadBalancer> CLASS =
      shared(HostClass.builder("LeastWorkLoadBalancer", LeastWorkLoadBalancer.class))
          .constructor(LeastWorkLoadBalancer::construct)
          .method("set", 2, (ctx, lb, args) -> {
            String where = "LeastWorkLoadBalancer.set";
            Object a0 = Args.get(args, 0);
            if (a0 instanceof CharSequence s) {
              Args.require(where, args, 2);
              lb.set(s.toString(), Args.number(where, args, 1));
            } else if (a0 instanceof ScriptObject) {
              lb.setAll(ctx, a0);
            } else {
              throw Args.expects(where, 0, "a string or an object");
            }
            return Undefined.INSTANCE;
          })
          .build();
}
