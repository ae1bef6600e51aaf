package io.pipy.js.interp;

import io.pipy.api.Context;
import io.pipy.js.runtime.Fiber;

/**
 * A fiber variable ({@code var $x} at the top of a file): each pipeline context has its own
 * value, starting from the value the variable had when the context was created.
 */
final class FiberRef extends Ref {
  private final ModuleScope module;
  private final int slot;

  FiberRef(String name, ModuleScope module, int slot) {
    super(name);
    this.module = module;
    this.slot = slot;
  }

  private Object[] data(Frame f) {
    Context ctx = f.ctx;
    Object fb = ctx.fiber();
    Fiber fiber;
    if (fb instanceof Fiber x && x.owner() == ctx) fiber = x;
    else fiber = adopt(f, ctx, fb);
    return fiber.data(module.id(), module.fiberCount());
  }

  /** Gives {@code ctx} a fiber of its own: a copy of the one it inherited, or of the realm's root. */
  private static Fiber adopt(Frame f, Context ctx, Object inherited) {
    Fiber from = inherited instanceof Fiber x ? x : f.realm.rootFiber(ctx);
    if (from.owner() == ctx) {
      ctx.fiber(from); // the loading context uses the root fiber itself
      return from;
    }
    Fiber mine = from.copyFor(ctx);
    ctx.fiber(mine);
    return mine;
  }

  @Override
  Object get(Frame f, int pos) {
    return data(f)[slot];
  }

  @Override
  void set(Frame f, Object value, int pos) {
    data(f)[slot] = value;
  }

  @Override
  void init(Frame f, Object value) {
    data(f)[slot] = value;
  }
}
