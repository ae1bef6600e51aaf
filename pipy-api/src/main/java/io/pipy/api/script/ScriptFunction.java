package io.pipy.api.script;

import io.pipy.api.Context;

/**
 * A script function as Java code sees it.
 *
 * <p>{@code caller} is the context of the pipeline on whose behalf the call is made: context
 * variables ({@code _x}, {@code __inbound}) and fiber variables inside the function resolve
 * against it. It may be {@code null} outside any pipeline (module loading, tasks before their
 * pipeline exists); the function then sees the worker's default context.
 *
 * <p>A call that throws in script raises {@link ScriptException}.
 */
public interface ScriptFunction {

  /** Calls the function with {@code this} undefined. */
  Object call(Context caller, Object... args);

  /** Calls the function with no arguments. Implementations override this to avoid the array. */
  default Object call(Context caller) {
    return call(caller, new Object[0]);
  }

  /** Calls the function with one argument. Implementations override this to avoid the array. */
  default Object call1(Context caller, Object arg) {
    return call(caller, new Object[] {arg});
  }

  /** Calls the function with an explicit {@code this}. */
  Object callWithThis(Context caller, Object thisValue, Object... args);

  /** The function's name, or an empty string. */
  String name();
}
