package io.pipy.tcp;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptFunction;
import java.util.function.BiFunction;

/** Java lambdas standing in for script functions in tests. */
final class ScriptFunctions {

  private ScriptFunctions() {
  }

  /** A script function calling {@code body} with the caller's context and the first argument. */
  static ScriptFunction of(BiFunction<Context, Object, Object> body) {
    return new ScriptFunction() {
      @Override
      public Object call(Context caller, Object... args) {
        return body.apply(caller, args.length > 0 ? args[0] : null);
      }

      @Override
      public Object callWithThis(Context caller, Object thisValue, Object... args) {
        return call(caller, args);
      }

      @Override
      public String name() {
        return "test";
      }
    };
  }
}
