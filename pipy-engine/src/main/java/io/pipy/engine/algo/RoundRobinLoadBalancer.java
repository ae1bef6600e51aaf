package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code algo.RoundRobinLoadBalancer}: smooth weighted round-robin. Each pick goes to the
 * healthy target with the least hits per weight (the earliest added on ties); once the hits of a
 * round add up to the total weight, a new round starts. Weights 2:1:1 pick A, B, C, A in every
 * round. A pick with a key sticks to the target first picked for that key while it exists. A
 * target that comes back from unhealthy rejoins at the current level instead of catching up.
 */
public final class RoundRobinLoadBalancer extends LoadBalancerBase {

  private static final class Target {
    final String id;
    int weight;
    int hits;
    double usage;
    boolean healthy;
    boolean removed;

    Target(String id) {
      this.id = id;
    }
  }

  private final List<Target> targets = new ArrayList<>();
  private final Map<String, Target> byId = new HashMap<>();
  private Cache keyCache;

  /** An empty balancer. */
  public RoundRobinLoadBalancer(Cache unhealthy) {
    super(unhealthy);
  }

  static RoundRobinLoadBalancer construct(Context ctx, Object[] args) {
    String where = "new algo.RoundRobinLoadBalancer";
    Object t = targetsArg(where, args, 0);
    RoundRobinLoadBalancer lb = new RoundRobinLoadBalancer(cacheArg(where, args, 1));
    forEachTarget(ctx, t, lb::set);
    return lb;
  }

  /** Adds {@code id} or changes its weight (negative counts as 0: never picked). */
  public void set(String id, int weight) {
    if (weight < 0) weight = 0;
    double minUsage = -1;
    for (Target t : targets) {
      if (minUsage < 0 || t.usage < minUsage) minUsage = t.usage;
    }
    if (minUsage < 0) minUsage = 0;
    Target t = byId.get(id);
    if (t == null) {
      t = new Target(id);
      targets.add(t);
      byId.put(id, t);
    }
    t.weight = weight;
    t.hits = (int) (weight * minUsage);
    t.usage = minUsage;
    t.healthy = weight > 0;
    t.removed = false;
  }

  /** Replaces all targets by those in {@code all} (array or object of weights), keeping the state of unchanged ones. */
  public void setAll(Context ctx, Object all) {
    if (all == null) return;
    for (Target t : targets) t.removed = true;
    forEachTarget(ctx, all, (id, w) -> {
      Target t = byId.get(id);
      if (t != null && t.weight == Math.max(0, w)) {
        t.removed = false;
      } else {
        set(id, w);
      }
    });
    targets.removeIf(t -> {
      if (t.removed) byId.remove(t.id);
      return t.removed;
    });
  }

  @Override
  public String select(Object key, Cache unhealthy) {
    if (key != Undefined.INSTANCE) {
      if (keyCache == null) keyCache = new Cache();
      Object cached = keyCache.find(key);
      if (cached instanceof String s) {
        if (byId.containsKey(s)) return s;
        keyCache.remove(null, key);
      }
    }
    double min = 0;
    Target p = null;
    int totalWeight = 0;
    int totalHits = 0;
    for (Target t : targets) {
      if (!isHealthy(t.id, unhealthy)) t.healthy = false;
      if (!t.healthy || t.weight == 0) continue;
      totalWeight += t.weight;
      totalHits += t.hits;
      if (p == null || t.usage < min) {
        min = t.usage;
        p = t;
      }
    }
    for (Target t : targets) {
      if (!t.healthy && t.weight > 0 && isHealthy(t.id, unhealthy)) {
        t.healthy = true;
        t.usage = min;
        t.hits = (int) (t.weight * t.usage);
        totalWeight += t.weight;
        totalHits += t.hits;
        if (p == null) p = t;
      }
    }
    if (p == null) return null;
    p.hits++;
    p.usage = (double) p.hits / p.weight;
    totalHits++;
    if (totalHits >= totalWeight) {
      for (Target t : targets) {
        t.hits = 0;
        t.usage = 0;
      }
    }
    if (key != Undefined.INSTANCE) keyCache.set(null, key, p.id);
    return p.id;
  }

  @Override
  public void deselect(String id) {
  }

  /** How scripts see {@code algo.RoundRobinLoadBalancer}. */
  public static final HostClass<RoundRobinLoadBalancer> CLASS =
      shared(HostClass.builder("RoundRobinLoadBalancer", RoundRobinLoadBalancer.class))
          .constructor(RoundRobinLoadBalancer::construct)
          .method("set", 2, (ctx, lb, args) -> {
            String where = "RoundRobinLoadBalancer.set";
            Object a0 = Args.get(args, 0);
            if (a0 instanceof CharSequence s) {
              Args.require(where, args, 2);
              lb.set(s.toString(), (int) Args.number(where, args, 1));
            } else if (a0 instanceof ScriptObject) {
              lb.setAll(ctx, a0);
            } else {
              throw Args.expects(where, 0, "a string or an object");
            }
            return Undefined.INSTANCE;
          })
          .build();
}
