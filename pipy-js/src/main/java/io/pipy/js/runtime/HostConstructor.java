package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;
import java.util.Map;

/**
 * A {@link HostClass} as a script constructor: {@code new Message(...)}, static members as own
 * properties, {@code instanceof} by Java type. Its {@code prototype} holds the class's methods,
 * so {@code Message.prototype.toString} and friends exist as in the language.
 */
public final class HostConstructor extends JsFunction {

  private final HostClass<?> hostClass;

  public HostConstructor(Realm realm, HostClass<?> hostClass) {
    super(realm, realm.functionPrototype());
    this.hostClass = hostClass;
    defineNameAndLength(hostClass.name(), 0);
    JsObject prototype = new JsObject(realm.objectPrototype());
    for (HostClass.Member m : hostClass.members()) {
      if (m instanceof HostClass.MethodMember mm) {
        prototype.defineOwn(mm.name(), realm.hostMethod(hostClass, mm), Shape.HIDDEN);
      }
    }
    prototype.defineOwn("constructor", this, Shape.HIDDEN);
    defineOwn("prototype", prototype, 0);
    for (Map.Entry<String, Object> e : hostClass.statics().entrySet()) {
      defineOwn(e.getKey(), realm.fromHost(e.getValue()), Shape.HIDDEN);
    }
  }

  public HostClass<?> hostClass() {
    return hostClass;
  }

  @Override
  public Object invoke(Context ctx, Object thisValue, Object[] args) {
    throw Errors.typeError("Class constructor " + hostClass.name() + " cannot be invoked without 'new'");
  }

  @Override
  public boolean isConstructor() {
    return hostClass.constructor() != null;
  }

  @Override
  public Object construct(Context ctx, Object[] args, JsObject newTarget) {
    if (hostClass.constructor() == null) throw Errors.typeError(hostClass.name() + " is not a constructor");
    try {
      return hostClass.constructor().construct(ctx == null ? realm.defaultContext() : ctx, args);
    } catch (ScriptError e) {
      throw Errors.from(e);
    } catch (ScriptException e) {
      throw Errors.from(e);
    }
  }
}
