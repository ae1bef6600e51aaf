package io.pipy.api.script;

import io.pipy.api.ContextTemplate;

/**
 * One worker's instance of the script language: its own globals and loaded modules. Used only
 * on that worker's thread.
 */
public interface ScriptRealm extends ScriptRuntime {

  /**
   * Loads and runs the main script. Configuration calls it makes ({@code pipy().listen(...)}) go
   * to the realm's {@link ScriptHost}.
   *
   * @param file the script's path as the user gave it, or a name such as {@code "<eval>"}
   * @param source the script text
   * @throws ScriptException for syntax errors and uncaught errors, with their location
   */
  void runMain(String file, String source);

  /** Where new contexts get their context variables from, once scripts are loaded. */
  ContextTemplate contextTemplate();

  /** Whether the realm has queued work (promise reactions) not yet run. */
  boolean hasPendingJobs();
}
