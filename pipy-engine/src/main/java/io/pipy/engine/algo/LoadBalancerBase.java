package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.Inbound;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The common part of {@code algo.RoundRobinLoadBalancer}, {@code algo.HashingLoadBalancer} and
 * {@code algo.LeastWorkLoadBalancer}: picking a target ({@link #select}) and lending it to a
 * borrower for as long as the borrower lives ({@link #borrow}, script names {@code next} and
 * {@code borrow}).
 *
 * <p>A borrower (by default the stream's inbound connection) keeps the target it got until it
 * closes (an {@link Inbound} that reports its close) or is garbage collected, or its target
 * turns unhealthy; then the target is {@link #deselect deselected} and its resource goes back to
 * a per-target pool for the next borrower. The same resource object then serves the next
 * borrower, so a {@code muxHTTP()} keyed by it reuses the upstream connection, as in Pipy.
 * Without a borrower every call picks afresh. Unhealthy targets are those a {@link Cache} (given at
 * construction or per call) maps to a truthy value.
 */
public abstract class LoadBalancerBase {

  /** What a borrower gets: the target's id. */
  public static final class Resource {
    private final String id;

    Resource(String id) {
      this.id = id;
    }

    /** The target's id. */
    public String id() {
      return id;
    }

    @Override
    public String toString() {
      return "[object LoadBalancerResource]";
    }
  }

  private static final class Session {
    Resource resource;
  }

  private final Cache unhealthy;
  private final WeakIdentityMap<Session> sessions = new WeakIdentityMap<>();
  private final Map<String, ArrayDeque<Resource>> idle = new HashMap<>();

  protected LoadBalancerBase(Cache unhealthy) {
    this.unhealthy = unhealthy;
  }

  /** Picks a target for {@code key} (undefined: no key), or returns null if none is available. */
  public abstract String select(Object key, Cache unhealthy);

  /** Tells the balancer a borrower gave {@code id} back. */
  public abstract void deselect(String id);

  /** Whether {@code target} is healthy by the constructor's cache and {@code extra}. */
  protected final boolean isHealthy(String target, Cache extra) {
    if (unhealthy != null && Values.truthy(unhealthy.find(target))) return false;
    return extra == null || !Values.truthy(extra.find(target));
  }

  /**
   * The resource lent to {@code borrower} (a new pick if it has none or its target turned
   * unhealthy), or a fresh pick when {@code borrower} is null; null if no target is available.
   */
  public Resource borrow(Object borrower, Object targetKey, Cache extraUnhealthy) {
    for (Session gone : sessions.expunge()) close(gone);
    if (borrower == null) {
      String id = select(targetKey, extraUnhealthy);
      return id == null ? null : new Resource(id);
    }
    Session s = sessions.get(borrower);
    if (s == null) {
      s = new Session();
      sessions.put(borrower, s);
      // Pipy gives the target back the moment the inbound goes away (reference counting);
      // waiting for the garbage collector would keep targets lent to closed connections.
      if (borrower instanceof Inbound in) {
        in.onClose(() -> release(borrower));
        if (sessions.get(borrower) != s) { // closed already: a pick, but nobody holds it
          String id = select(targetKey, extraUnhealthy);
          if (id == null) return null;
          deselect(id);
          return new Resource(id);
        }
      }
    } else if (s.resource != null && !isHealthy(s.resource.id, extraUnhealthy)) {
      close(s);
      s = new Session();
      sessions.put(borrower, s);
    }
    if (s.resource != null) return s.resource;
    String id = select(targetKey, extraUnhealthy);
    if (id == null) return null;
    ArrayDeque<Resource> pool = idle.get(id);
    Resource r = pool == null ? null : pool.pollLast();
    if (r == null) r = new Resource(id);
    s.resource = r;
    return r;
  }

  /** Ends the lending of {@code borrower}'s resource now, as if the borrower were gone. */
  public void release(Object borrower) {
    Session s = sessions.remove(borrower);
    if (s != null) close(s);
  }

  private void close(Session s) {
    Resource r = s.resource;
    s.resource = null;
    if (r != null) {
      deselect(r.id);
      idle.computeIfAbsent(r.id, k -> new ArrayDeque<>()).addLast(r);
    }
  }

  /** How many borrowers hold a session. */
  int sessionCount() {
    return sessions.size();
  }

  /** Reads a targets argument: an array of ids (weight 1) or an object of id to weight. */
  static void forEachTarget(Context ctx, Object targets, java.util.function.ObjIntConsumer<String> each) {
    if (targets instanceof ScriptArray a) {
      for (int i = 0; i < a.length(); i++) each.accept(str(ctx, a.get(i)), 1);
    } else if (targets instanceof ScriptObject o) {
      for (String k : o.keys()) each.accept(k, Values.toInt(toInt32(o.get(k)), 0));
    }
  }

  static Object toInt32(Object v) {
    double d = Values.toNumber(v);
    if (Double.isNaN(d) || Double.isInfinite(d)) return 0;
    return (int) (long) d;
  }

  static String str(Context ctx, Object v) {
    if (v instanceof CharSequence s) return s.toString();
    if (ctx != null) return ctx.worker().scripts().toStringValue(ctx, v);
    return v instanceof Number n ? JsNumbers.toString(n.doubleValue()) : String.valueOf(v);
  }

  static Cache cacheArg(String where, Object[] args, int i) {
    Object v = Args.get(args, i);
    if (Args.absent(v)) return null;
    if (v instanceof Cache c) return c;
    throw Args.expects(where, i, "an algo.Cache");
  }

  static Object targetsArg(String where, Object[] args, int i) {
    Object v = Args.get(args, i);
    if (Args.absent(v)) return null;
    if (v instanceof ScriptObject) return v;
    throw Args.expects(where, i, "an array or an object");
  }

  private static Object lend(Context ctx, LoadBalancerBase lb, Object[] args, String where) {
    Object borrower = Args.get(args, 0);
    if (Args.absent(borrower)) {
      borrower = ctx == null ? null : ctx.inbound();
    } else if (borrower instanceof CharSequence || borrower instanceof Number || borrower instanceof Boolean) {
      throw Args.expects(where, 0, "an object");
    }
    Object key = Args.get(args, 1);
    if (key == null) key = Undefined.INSTANCE;
    Resource r = lb.borrow(borrower, key, cacheArg(where, args, 2));
    return r;
  }

  /**
   * Adds the members every balancer shares to {@code b}. Each subclass gets members of its own
   * (rather than inheriting one base declaration) because a script engine may tie a method to
   * the first class it met it in.
   */
  static <T extends LoadBalancerBase> HostClass.Builder<T> shared(HostClass.Builder<T> b) {
    return b
        .method("next", 3, (ctx, lb, args) -> lend(ctx, lb, args, "next"))
        .method("borrow", 3, (ctx, lb, args) -> lend(ctx, lb, args, "borrow"))
        .method("select", 2, (ctx, lb, args) -> {
          Object key = Args.get(args, 0);
          if (key == null) key = Undefined.INSTANCE;
          String id = lb.select(key, cacheArg("select", args, 1));
          return id == null ? Undefined.INSTANCE : id;
        })
        .method("deselect", 1, (ctx, lb, args) -> {
          Object t = Args.get(args, 0);
          if (!Args.absent(t)) lb.deselect(str(ctx, t));
          return Undefined.INSTANCE;
        });
  }

  /** The script members every balancer shares, as a class of their own (for Java callers and tests). */
  public static final HostClass<LoadBalancerBase> CLASS =
      shared(HostClass.builder("LoadBalancerBase", LoadBalancerBase.class)).build();

  /** How scripts see a lent resource: its {@code id}. */
  public static final HostClass<Resource> RESOURCE_CLASS =
      HostClass.builder("LoadBalancerBase.Resource", Resource.class)
          .getter("id", Resource::id)
          .build();
}
