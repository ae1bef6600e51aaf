package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code algo.HashingLoadBalancer}: the target for a key is the key's {@link Hashing hash}
 * modulo the number of targets, so Pipy and this engine map a key to the same target index. An
 * unhealthy pick yields nothing (it does not fall over to another target).
 */
public final class HashingLoadBalancer extends LoadBalancerBase {

  private final List<String> targets = new ArrayList<>();

  /** A balancer over {@code targets} (may be empty). */
  public HashingLoadBalancer(List<String> targets, Cache unhealthy) {
    super(unhealthy);
    this.targets.addAll(targets);
  }

  static HashingLoadBalancer construct(Context ctx, Object[] args) {
    String where = "new algo.HashingLoadBalancer";
    Object t = targetsArg(where, args, 0);
    HashingLoadBalancer lb = new HashingLoadBalancer(List.of(), cacheArg(where, args, 1));
    lb.set(ctx, t);
    return lb;
  }

  /** Replaces the targets: an array of ids, or the keys of an object. */
  public void set(Context ctx, Object t) {
    if (t == null) return;
    targets.clear();
    if (t instanceof ScriptArray a) {
      for (int i = 0; i < a.length(); i++) targets.add(str(ctx, a.get(i)));
    } else if (t instanceof ScriptObject o) {
      for (String k : o.keys()) targets.add(k);
    }
  }

  /** Appends a target. */
  public void add(String target) {
    targets.add(target);
  }

  @Override
  public String select(Object key, Cache unhealthy) {
    if (targets.isEmpty()) return null;
    long h = Hashing.hash(key);
    String s = targets.get((int) Long.remainderUnsigned(h, targets.size()));
    return isHealthy(s, unhealthy) ? s : null;
  }

  @Override
  public void deselect(String id) {
  }

  /** How scripts see {@code algo.HashingLoadBalancer}. */
  public static final HostClass<HashingLoadBalancer> CLASS =
      shared(HostClass.builder("HashingLoadBalancer", HashingLoadBalancer.class))
          .constructor(HashingLoadBalancer::construct)
          .method("set", 1, (ctx, lb, args) -> {
            Args.require("HashingLoadBalancer.set", args, 1);
            lb.set(ctx, targetsArg("HashingLoadBalancer.set", args, 0));
            return Undefined.INSTANCE;
          })
          .method("add", 1, (ctx, lb, args) -> {
            Args.require("HashingLoadBalancer.add", args, 1);
            lb.add(Args.string("HashingLoadBalancer.add", args, 0));
            return Undefined.INSTANCE;
          })
          .build();
}
