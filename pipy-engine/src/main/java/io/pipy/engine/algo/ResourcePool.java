package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Undefined;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code algo.ResourcePool}: reusable resources per tag. {@code allocate(tag)} hands out a freed
 * resource of that tag, or makes one with {@code allocator(tag)}; {@code free(resource)} puts it
 * back under the tag it was allocated for (freeing something never allocated does nothing).
 */
public final class ResourcePool {

  private final ScriptFunction allocator;
  private final Map<ValueKey, ArrayDeque<Object>> pools = new HashMap<>();
  private final Map<ValueKey, Object> allocated = new HashMap<>();

  /** A pool making resources with {@code allocator}. */
  public ResourcePool(ScriptFunction allocator) {
    this.allocator = allocator;
  }

  static ResourcePool construct(Context ctx, Object[] args) {
    Args.require("new algo.ResourcePool", args, 1);
    ScriptFunction f = Args.function("new algo.ResourcePool", args, 0);
    if (f == null) throw Args.expects("new algo.ResourcePool", 0, "a function");
    return new ResourcePool(f);
  }

  /** A resource for {@code tag}. */
  public Object allocate(Context ctx, Object tag) {
    ArrayDeque<Object> p = pools.get(ValueKey.of(tag));
    Object r;
    if (p == null || p.isEmpty()) {
      r = allocator.call1(ctx, tag);
    } else {
      r = p.pollFirst();
    }
    allocated.put(ValueKey.of(r), tag);
    return r;
  }

  /** Returns {@code resource} to its tag's pool. */
  public void free(Object resource) {
    ValueKey k = ValueKey.of(resource);
    if (!allocated.containsKey(k)) return;
    Object tag = allocated.remove(k);
    pools.computeIfAbsent(ValueKey.of(tag), t -> new ArrayDeque<>()).addLast(resource);
  }

  /** How scripts see {@code algo.ResourcePool}. */
  public static final HostClass<ResourcePool> CLASS = HostClass.builder("ResourcePool", ResourcePool.class)
      .constructor(ResourcePool::construct)
      .method("allocate", 1, (ctx, p, args) -> p.allocate(ctx, Args.get(args, 0)))
      .method("free", 1, (ctx, p, args) -> {
        Args.require("ResourcePool.free", args, 1);
        p.free(args[0]);
        return Undefined.INSTANCE;
      })
      .build();
}
