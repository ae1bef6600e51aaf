package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Undefined;

/**
 * A callable script object: script closures, built-ins, host functions and bound functions.
 * {@link #invoke} is the internal call (script exceptions propagate as {@link JsThrow});
 * {@link ScriptFunction#call} is for Java code outside the language (exceptions arrive as
 * {@link io.pipy.api.script.ScriptException}, queued promise jobs run before it returns).
 */
public abstract class JsFunction extends JsObject implements ScriptFunction {

  public final Realm realm;

  protected JsFunction(Realm realm, JsObject proto) {
    super(proto);
    this.realm = realm;
  }

  protected JsFunction(Realm realm, Shape shape, Object[] slots) {
    super(shape, slots);
    this.realm = realm;
  }

  /** Calls the function. {@code ctx} may be null: the realm's default context is used. */
  public abstract Object invoke(Context ctx, Object thisValue, Object[] args);

  /** Whether {@code new} may be applied. */
  public boolean isConstructor() {
    return false;
  }

  /** [[Construct]] with {@code newTarget} (the function {@code new} was applied to, for subclasses). */
  public Object construct(Context ctx, Object[] args, JsObject newTarget) {
    throw Errors.typeError(displayName() + " is not a constructor");
  }

  @Override
  public String className() {
    return "Function";
  }

  /** The value of the own {@code name} property when it is a string, else "". */
  @Override
  public String name() {
    Object n = getOwnRaw("name");
    return n instanceof CharSequence s ? s.toString() : "";
  }

  /** The name for messages: "f" or "(anonymous)". */
  public String displayName() {
    String n = name();
    return n.isEmpty() ? "(anonymous)" : n;
  }

  /** Defines the standard {@code length} and {@code name} properties. */
  protected final void defineNameAndLength(String name, int length) {
    defineOwn("length", length, Shape.CONFIGURABLE);
    defineOwn("name", name, Shape.CONFIGURABLE);
  }

  // ------------------------------------------------------------------ ScriptFunction

  @Override
  public Object call(Context caller, Object... args) {
    return realm.callFromHost(this, caller, Undefined.INSTANCE, args);
  }

  @Override
  public Object call(Context caller) {
    return realm.callFromHost(this, caller, Undefined.INSTANCE, Ops.NO_ARGS);
  }

  @Override
  public Object call1(Context caller, Object arg) {
    return realm.callFromHost(this, caller, Undefined.INSTANCE, new Object[] {arg});
  }

  @Override
  public Object callWithThis(Context caller, Object thisValue, Object... args) {
    return realm.callFromHost(this, caller, thisValue, args);
  }

  @Override
  public String toString() {
    return "function " + name() + "() { [native code] }";
  }
}
