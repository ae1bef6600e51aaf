package io.pipy.js.runtime;

import io.pipy.api.Context;

/** The result of {@code Function.prototype.bind}. */
public final class BoundFunction extends JsFunction {

  final JsFunction target;
  private final Object boundThis;
  private final Object[] boundArgs;

  public BoundFunction(Realm realm, JsFunction target, Object boundThis, Object[] boundArgs) {
    super(realm, target.proto());
    this.target = target;
    this.boundThis = boundThis;
    this.boundArgs = boundArgs;
  }

  private Object[] merge(Object[] args) {
    if (boundArgs.length == 0) return args;
    Object[] all = new Object[boundArgs.length + args.length];
    System.arraycopy(boundArgs, 0, all, 0, boundArgs.length);
    System.arraycopy(args, 0, all, boundArgs.length, args.length);
    return all;
  }

  @Override
  public Object invoke(Context ctx, Object thisValue, Object[] args) {
    return target.invoke(ctx, boundThis, merge(args));
  }

  @Override
  public boolean isConstructor() {
    return target.isConstructor();
  }

  @Override
  public Object construct(Context ctx, Object[] args, JsObject newTarget) {
    return target.construct(ctx, merge(args), newTarget == this ? target : newTarget);
  }
}
