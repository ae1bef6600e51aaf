package io.pipy.api;

import io.pipy.api.script.ScriptError;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import java.util.function.Function;

/** The script arguments of one filter call, and where it was made. */
public interface FilterConfig {

  /** The number of arguments passed. */
  int argCount();

  /** Argument {@code index}, or {@link Undefined#INSTANCE} if not passed. */
  Object arg(int index);

  /** The location of the call in the script. */
  SourceLocation location();

  /** The worker whose scripts are loading. */
  Worker worker();

  /**
   * A reference to the layout named {@code name} in the calling module, resolved when the
   * module has finished loading (for the 0.50 style {@code demuxHTTP('request')}).
   */
  LayoutRef layoutNamed(String name);

  /**
   * A sub-pipeline from a script argument: a layout name (string), a builder function
   * ({@code $=>$.filter()...}) or a pipeline object made by the script.
   *
   * @throws io.pipy.api.script.ScriptError if the argument is none of those
   */
  LayoutRef layoutOf(Object arg);

  /**
   * A pipeline layout of another script module, for {@code use()} and {@code chain()}: the
   * layout named {@code name} in module {@code file}, or that module's entrance pipeline
   * ({@code pipeline()} without a name) when {@code name} is {@code null}. The module is loaded
   * first if it is not yet (paths as Pipy resolves them: normalized, relative to the working
   * directory or the repo root). Returns {@code null} when the loaded module has no such layout.
   *
   * @throws io.pipy.api.script.ScriptError if the module cannot be loaded, or if this script
   *     binding cannot load other modules (the default)
   */
  default LayoutRef moduleLayout(String file, String name) {
    throw new ScriptError("loading pipelines from module '" + file + "' is not supported by this script binding");
  }

  /**
   * Finds a layout of the calling module by name while streams run, for filters that choose a
   * sub-pipeline by a name computed per stream ({@code link(() => 'name')}). The function
   * returns {@code null} for unknown names, and is only called after the module has loaded.
   * By default nothing is found.
   */
  default Function<String, PipelineLayout> layoutLookup() {
    return name -> null;
  }
}
