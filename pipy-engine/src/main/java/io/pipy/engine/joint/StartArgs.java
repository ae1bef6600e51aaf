package io.pipy.engine.joint;

import io.pipy.api.script.ScriptArray;

/** Startup arguments as Pipy passes a script value to a pipeline's onStart: an array is spread, anything else is the one argument. */
final class StartArgs {

  private StartArgs() {
  }

  static Object[] of(Object value) {
    if (value instanceof ScriptArray a) {
      Object[] args = new Object[a.length()];
      for (int i = 0; i < args.length; i++) args[i] = a.get(i);
      return args;
    }
    return new Object[] {value};
  }
}
