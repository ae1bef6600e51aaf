package io.pipy.api;

/**
 * Makes filter prototypes for one script-visible filter name. Registered by a
 * {@link PipyModule}; called while scripts load, once per use of the name per worker.
 */
public interface FilterFactory {

  /** The script name, such as {@code "serveHTTP"}. Unique across installed modules. */
  String name();

  /**
   * A prototype configured from the script arguments. Validate arguments here and throw
   * {@link io.pipy.api.script.ScriptError} for bad ones: the user sees the call's location.
   * Arguments that are functions are evaluated per stream by the filter, not here.
   */
  Filter create(FilterConfig config);
}
