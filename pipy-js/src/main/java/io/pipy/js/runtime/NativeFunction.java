package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptError;

/** A built-in function implemented in Java. */
public final class NativeFunction extends JsFunction {

  /** What a call does; {@code self} is the {@code this} value. */
  @FunctionalInterface
  public interface Body {
    Object call(Context ctx, Object self, Object[] args);
  }

  /** What {@code new} does. */
  @FunctionalInterface
  public interface Ctor {
    Object construct(Context ctx, Object[] args, JsObject newTarget);
  }

  private final Body body;
  private final Ctor ctor;

  public NativeFunction(Realm realm, String name, int length, Body body, Ctor ctor) {
    super(realm, realm.functionPrototype());
    this.body = body;
    this.ctor = ctor;
    defineNameAndLength(name, length);
  }

  /** For the bootstrap of Function.prototype itself, before the realm's prototypes exist. */
  NativeFunction(Realm realm, JsObject proto, String name, int length, Body body) {
    super(realm, proto);
    this.body = body;
    this.ctor = null;
    defineNameAndLength(name, length);
  }

  @Override
  public Object invoke(Context ctx, Object thisValue, Object[] args) {
    try {
      return body.call(ctx, thisValue, args);
    } catch (ScriptError e) {
      throw Errors.from(e);
    }
  }

  @Override
  public boolean isConstructor() {
    return ctor != null;
  }

  @Override
  public Object construct(Context ctx, Object[] args, JsObject newTarget) {
    if (ctor == null) return super.construct(ctx, args, newTarget);
    try {
      return ctor.construct(ctx, args, newTarget);
    } catch (ScriptError e) {
      throw Errors.from(e);
    }
  }
}
