package io.pipy.engine.algo;

import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The {@code algo} global: its classes, {@code algo.hash()} and {@code algo.uuid()}. */
public final class AlgoNamespace {

  private AlgoNamespace() {
  }

  /** Every host class of {@code algo}, to register. */
  public static final List<HostClass<?>> CLASSES = List.of(
      Cache.CLASS, Quota.CLASS, SharedMap.CLASS, URLRouter.CLASS, LoadBalancerBase.CLASS,
      LoadBalancerBase.RESOURCE_CLASS, HashingLoadBalancer.CLASS, RoundRobinLoadBalancer.CLASS,
      LeastWorkLoadBalancer.CLASS, LoadBalancer.CLASS, LoadBalancer.RESOURCE_CLASS, ResourcePool.CLASS,
      Percentile.CLASS);

  /** {@code algo.hash(value)}: a 53-bit hash, equal to Pipy's for strings and numbers. */
  public static final HostFunction HASH = HostFunction.of("hash", 1,
      (ctx, self, args) -> io.pipy.api.script.Values.number(Hashing.scriptHash(Args.get(args, 0))));

  /** {@code algo.uuid()}: a random version 4 UUID in lower case. */
  public static final HostFunction UUID = HostFunction.of("uuid", 0, (ctx, self, args) -> uuid());

  /** A random version 4 UUID. */
  public static String uuid() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new java.util.UUID(hi, lo).toString();
  }

  /** The namespace object. */
  public static Map<String, Object> namespace() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Cache", Cache.CLASS);
    m.put("Quota", Quota.CLASS);
    m.put("SharedMap", SharedMap.CLASS);
    m.put("URLRouter", URLRouter.CLASS);
    m.put("LoadBalancer", LoadBalancer.CLASS);
    m.put("HashingLoadBalancer", HashingLoadBalancer.CLASS);
    m.put("RoundRobinLoadBalancer", RoundRobinLoadBalancer.CLASS);
    m.put("LeastWorkLoadBalancer", LeastWorkLoadBalancer.CLASS);
    m.put("ResourcePool", ResourcePool.CLASS);
    m.put("Percentile", Percentile.CLASS);
    m.put("hash", HASH);
    m.put("uuid", UUID);
    return m;
  }
}
