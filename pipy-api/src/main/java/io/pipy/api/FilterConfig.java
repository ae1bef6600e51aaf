package io.pipy.api;

import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;

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
}
