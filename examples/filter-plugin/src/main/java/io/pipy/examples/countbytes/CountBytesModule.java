package io.pipy.examples.countbytes;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.FilterFactory;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Values;

/**
 * The plugin's entry point, listed in {@code META-INF/services/io.pipy.api.PipyModule}: the
 * engine finds it on the class path (the distribution puts {@code plugins/*.jar} there) and
 * calls {@link #install(Registry)} once at start-up.
 */
public final class CountBytesModule implements PipyModule {

  /** The script name of the filter. */
  static final String FILTER_NAME = "countBytes";

  /** Called by {@link java.util.ServiceLoader}. */
  public CountBytesModule() {
  }

  @Override
  public String name() {
    return "count-bytes";
  }

  @Override
  public void install(Registry registry) {
    registry.filter(new Factory());
  }

  /** Checks the script's arguments once, when the script loads, and makes the prototype. */
  static final class Factory implements FilterFactory {

    @Override
    public String name() {
      return FILTER_NAME;
    }

    @Override
    public Filter create(FilterConfig config) {
      if (config.argCount() > 1) {
        throw ScriptError.typeError("countBytes: too many arguments: " + config.argCount() + " (expected: at most 1)");
      }
      Object arg = config.arg(0);
      if (Values.isNullish(arg)) return new CountBytes(null, null);
      if (arg instanceof CharSequence s) return new CountBytes(s.toString(), null);
      if (arg instanceof ScriptFunction f) return new CountBytes(null, f);
      throw ScriptError.typeError("countBytes: label: " + Values.typeName(arg) + " (expected: a string or a function)");
    }
  }
}
