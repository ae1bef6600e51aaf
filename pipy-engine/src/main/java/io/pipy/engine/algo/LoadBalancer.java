package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code algo.LoadBalancer} (Pipy 1.x): load balancing with a resource pool per target.
 *
 * <p>{@code new algo.LoadBalancer(targets, {algorithm, key, weight, capacity})}. Targets are
 * any values; {@code key(target)} names them (the target itself by default), {@code
 * weight(target)} weighs them (1 by default, 0 never picked) and {@code capacity} (a number or a
 * function of the target) bounds how many resources a target hands out before it starts
 * sharing them. Targets sit in a queue ordered by load: every pick adds {@code totalWeight /
 * weight} to the picked target's load. With {@code 'round-robin'} (the default) load only
 * grows, which spreads picks by weight; with {@code 'least-load'} a {@link Resource#free() freed}
 * resource takes its load back off.
 *
 * <p>{@code allocate(tag?, validator?)}: the target whose key is {@code tag}, if any and valid,
 * else the next valid target in the queue; {@code validator} is a function of the target or a
 * {@link Cache} of keys to avoid. {@code schedule(n, validator?)}: the next {@code n} picks, as
 * an array. {@code provision(targets)}: replaces the targets, keeping the pools of those whose
 * key is unchanged.
 */
public final class LoadBalancer {

  /** The balancing algorithm. */
  public enum Algorithm { ROUND_ROBIN, LEAST_LOAD }

  /** One target and its resources. */
  private static final class Pool {
    final LoadBalancer lb;
    final ValueKey key;
    final Object target;
    int capacity;
    double weight = 1;
    double step;
    double load;
    /** Resources ordered by load, least loaded first. */
    final List<Resource> resources = new ArrayList<>();

    Pool(LoadBalancer lb, ValueKey key, Object target) {
      this.lb = lb;
      this.key = key;
      this.target = target;
    }

    Resource allocate() {
      Resource r = resources.isEmpty() ? null : resources.get(0);
      if (r == null || (r.load > 0 && (capacity <= 0 || capacity > resources.size()))) {
        r = new Resource(this);
        resources.add(0, r);
      }
      r.increaseLoad();
      return r;
    }
  }

  /** A resource allocated from a target's pool ({@code LoadBalancerResource}). */
  public static final class Resource {
    private final Pool pool;
    private int load;

    private Resource(Pool pool) {
      this.pool = pool;
    }

    /** The target this resource belongs to. */
    public Object target() {
      return pool.target;
    }

    /** How many allocations share this resource now. */
    public int load() {
      return load;
    }

    void increaseLoad() {
      load++;
      List<Resource> list = pool.resources;
      int i = list.indexOf(this);
      int j = i + 1;
      while (j < list.size() && list.get(j).load <= load) j++;
      if (j != i + 1) {
        list.remove(i);
        list.add(j - 1, this);
      }
    }

    /** Gives one allocation back. */
    public void free() {
      if (load > 0) {
        LoadBalancer lb = pool.lb;
        if (lb.algorithm == Algorithm.LEAST_LOAD && lb.pools.contains(pool)) lb.decreaseLoad(pool);
        load--;
        List<Resource> list = pool.resources;
        int i = list.indexOf(this);
        if (i < 0) return;
        int j = i - 1;
        while (j >= 0 && list.get(j).load > load) j--;
        if (j != i - 1) {
          list.remove(i);
          list.add(j + 1, this);
        }
      }
    }

    @Override
    public String toString() {
      return "[object LoadBalancerResource]";
    }
  }

  private final Algorithm algorithm;
  private final ScriptFunction keyF;
  private final ScriptFunction weightF;
  private final ScriptFunction capacityF;
  private final int capacity;
  private Map<ValueKey, Pool> byKey = new HashMap<>();
  private List<Pool> pools = new ArrayList<>();
  /** Pools ordered by load, least loaded first; equal loads keep their order. */
  private List<Pool> queue = new ArrayList<>();

  /** A balancer with the given options (functions may be null). */
  public LoadBalancer(Algorithm algorithm, ScriptFunction key, ScriptFunction weight, ScriptFunction capacityF,
      int capacity) {
    this.algorithm = algorithm;
    this.keyF = key;
    this.weightF = weight;
    this.capacityF = capacityF;
    this.capacity = capacity;
  }

  static LoadBalancer construct(Context ctx, Object[] args) {
    String where = "new algo.LoadBalancer";
    ScriptArray targets = Args.array(where, args, 0);
    ScriptObject options = Args.object(where, args, 1);
    Algorithm alg = Algorithm.ROUND_ROBIN;
    String a = Args.stringOption(where, options, "algorithm", null);
    if (a != null) {
      switch (a) {
        case "round-robin": alg = Algorithm.ROUND_ROBIN; break;
        case "least-load": alg = Algorithm.LEAST_LOAD; break;
        default: throw new ScriptError(where + ": options.algorithm: invalid enum value '" + a + "'");
      }
    }
    ScriptFunction key = fnOption(where, options, "key");
    ScriptFunction weight = fnOption(where, options, "weight");
    Object cap = Args.option(options, "capacity");
    ScriptFunction capF = null;
    int capN = 0;
    if (cap instanceof ScriptFunction f) capF = f;
    else if (cap instanceof Number n) capN = (int) n.doubleValue();
    else if (!Args.absent(cap)) throw ScriptError.typeError(where + ": options.capacity expects a number or a function");
    LoadBalancer lb = new LoadBalancer(alg, key, weight, capF, capN);
    lb.provision(ctx, targets);
    return lb;
  }

  private static ScriptFunction fnOption(String where, ScriptObject options, String key) {
    Object v = Args.option(options, key);
    if (Args.absent(v)) return null;
    if (v instanceof ScriptFunction f) return f;
    throw ScriptError.typeError(where + ": options." + key + " expects a function");
  }

  /** Replaces the targets (null: none). */
  public void provision(Context ctx, ScriptArray targets) {
    if (targets != null) {
      Map<ValueKey, Pool> newByKey = new HashMap<>();
      List<Pool> newPools = new ArrayList<>();
      List<Pool> newQueue = new ArrayList<>();
      for (int i = 0; i < targets.length(); i++) {
        Object target = targets.get(i);
        Object k = keyF == null ? target : keyF.call1(ctx, target);
        ValueKey key = ValueKey.of(k);
        Pool p = byKey.get(key);
        if (p == null) p = new Pool(this, key, target);
        newByKey.put(key, p);
        newPools.add(p);
        newQueue.add(0, p);
        sortForward(newQueue, p);
        Object w = weightF == null ? Undefined.INSTANCE : weightF.call1(ctx, target);
        Object c = capacityF == null ? (Object) capacity : capacityF.call1(ctx, target);
        p.weight = Math.max(0, w == Undefined.INSTANCE ? 1 : Values.toNumber(w));
        if (Double.isNaN(p.weight)) p.weight = 0;
        p.capacity = c == Undefined.INSTANCE ? 0 : (int) Values.toNumber(c);
      }
      byKey = newByKey;
      pools = newPools;
      queue = newQueue;
    } else {
      byKey = new HashMap<>();
      pools = new ArrayList<>();
      queue = new ArrayList<>();
    }
    double total = 0;
    for (Pool p : pools) total += p.weight;
    for (Pool p : pools) p.step = p.weight > 0 ? total / p.weight : Double.POSITIVE_INFINITY;
    if (algorithm == Algorithm.ROUND_ROBIN) {
      for (Pool p : pools) p.load = 0;
      for (Pool p : pools) {
        p.load = p.step;
        sortForward(queue, p);
      }
    }
  }

  /** The next {@code size} picks. */
  public List<Object> schedule(int size, Predicate<Object> valid) {
    List<Object> out = new ArrayList<>(Math.max(0, size));
    for (int i = 0; i < size; i++) {
      Pool p = next(valid);
      out.add(p == null ? Undefined.INSTANCE : p.target);
    }
    return out;
  }

  /** Allocates a resource of the target keyed {@code tag} (if valid) or of the next valid target; null if none. */
  public Resource allocate(Object tag, Predicate<Object> valid) {
    if (!Args.absent(tag)) {
      Pool p = byKey.get(ValueKey.of(tag));
      if (p != null && (valid == null || valid.test(p.target))) return p.allocate();
    }
    Pool p = next(valid);
    return p == null ? null : p.allocate();
  }

  private Pool next(Predicate<Object> valid) {
    for (Pool p : queue) {
      if (p.weight > 0 && (valid == null || valid.test(p.target))) {
        increaseLoad(p);
        return p;
      }
    }
    return null;
  }

  private void increaseLoad(Pool p) {
    p.load += p.step;
    sortForward(queue, p);
  }

  private void decreaseLoad(Pool p) {
    p.load -= p.step;
    sortBackward(queue, p);
  }

  /** Moves {@code p} back past every pool whose load is not greater than its own. */
  private static void sortForward(List<Pool> q, Pool p) {
    int i = q.indexOf(p);
    int j = i + 1;
    while (j < q.size() && q.get(j).load <= p.load) j++;
    if (j != i + 1) {
      q.remove(i);
      q.add(j - 1, p);
    }
  }

  /** Moves {@code p} forward past every pool whose load is greater than its own. */
  private static void sortBackward(List<Pool> q, Pool p) {
    int i = q.indexOf(p);
    if (i < 0) return;
    int j = i - 1;
    while (j >= 0 && q.get(j).load > p.load) j--;
    if (j != i - 1) {
      q.remove(i);
      q.add(j + 1, p);
    }
  }

  private static Predicate<Object> validator(Context ctx, Object v, String where, int i) {
    if (Args.absent(v)) return null;
    if (v instanceof ScriptFunction f) return t -> Values.truthy(f.call1(ctx, t));
    if (v instanceof Cache c) return null; // handled by the caller with keys
    throw Args.expects(where, i, "a function or an algo.Cache");
  }

  private Predicate<Object> exclusion(Context ctx, Object v, String where, int i) {
    if (v instanceof Cache c) {
      return t -> {
        Object k = keyF == null ? t : keyF.call1(ctx, t);
        return !Values.truthy(c.find(k));
      };
    }
    return validator(ctx, v, where, i);
  }

  /** How scripts see {@code algo.LoadBalancer}. */
  public static final HostClass<LoadBalancer> CLASS = HostClass.builder("LoadBalancer", LoadBalancer.class)
      .constructor(LoadBalancer::construct)
      .method("provision", 1, (ctx, lb, args) -> {
        lb.provision(ctx, Args.array("LoadBalancer.provision", args, 0));
        return Undefined.INSTANCE;
      })
      .method("schedule", 2, (ctx, lb, args) -> {
        Args.require("LoadBalancer.schedule", args, 1);
        int n = (int) Args.number("LoadBalancer.schedule", args, 0);
        if (n < 0) return null;
        List<Object> picks = lb.schedule(n, lb.exclusion(ctx, Args.get(args, 1), "LoadBalancer.schedule", 1));
        return ctx.worker().scripts().newArray(picks);
      })
      .method("allocate", 2, (ctx, lb, args) -> {
        Resource r = lb.allocate(Args.get(args, 0), lb.exclusion(ctx, Args.get(args, 1), "LoadBalancer.allocate", 1));
        return r;
      })
      .build();

  /** How scripts see an allocated resource. */
  public static final HostClass<Resource> RESOURCE_CLASS = HostClass.builder("LoadBalancerResource", Resource.class)
      .getter("target", Resource::target)
      .method("free", 0, (ctx, r, args) -> {
        r.free();
        return Undefined.INSTANCE;
      })
      .build();
}
