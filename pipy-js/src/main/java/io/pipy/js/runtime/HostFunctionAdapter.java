package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;

/** A module's {@link HostFunction} as a script function. */
public final class HostFunctionAdapter extends JsFunction {

  private final HostFunction fn;

  public HostFunctionAdapter(Realm realm, HostFunction fn) {
    super(realm, realm.functionPrototype());
    this.fn = fn;
    defineNameAndLength(fn.name(), fn.arity());
  }

  @Override
  public Object invoke(Context ctx, Object thisValue, Object[] args) {
    try {
      return realm.fromHost(fn.call(ctx == null ? realm.defaultContext() : ctx, thisValue, args));
    } catch (ScriptError e) {
      throw Errors.from(e);
    } catch (ScriptException e) {
      throw Errors.from(e);
    }
  }
}
