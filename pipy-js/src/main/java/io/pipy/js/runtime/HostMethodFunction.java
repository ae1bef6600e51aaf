package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;

/** A method of a {@link HostClass} as a script function; {@code this} must be an instance. */
public final class HostMethodFunction extends JsFunction {

  private final HostClass<?> owner;
  private final HostClass.MethodMember member;

  public HostMethodFunction(Realm realm, HostClass<?> owner, HostClass.MethodMember member) {
    super(realm, realm.functionPrototype());
    this.owner = owner;
    this.member = member;
    defineNameAndLength(member.name(), member.arity());
  }

  @Override
  public Object invoke(Context ctx, Object thisValue, Object[] args) {
    if (!owner.type().isInstance(thisValue)) {
      throw Errors.typeError(owner.name() + ".prototype." + member.name() + " called on an incompatible receiver");
    }
    try {
      return realm.fromHost(member.method().call(ctx == null ? realm.defaultContext() : ctx, thisValue, args));
    } catch (ScriptError e) {
      throw Errors.from(e);
    } catch (ScriptException e) {
      throw Errors.from(e);
    }
  }
}
