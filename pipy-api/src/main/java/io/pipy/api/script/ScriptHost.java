package io.pipy.api.script;

import io.pipy.api.FilterFactory;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Worker;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the engine offers a {@link ScriptRealm} while scripts load: filters by name, globals and
 * host classes from the installed modules, and the sinks for configuration ({@code listen} …).
 */
public interface ScriptHost {

  /** The worker the realm belongs to. */
  Worker worker();

  /**
   * The factory of filter {@code name}.
   *
   * @throws ScriptError if no installed module provides it; the message names the module that
   *     would, when the filter is a known one ({@code unknown filter 'acceptTLS' (module proto-tls
   *     is not installed)})
   */
  FilterFactory filter(String name);

  /** Whether some installed module provides filter {@code name}. */
  boolean hasFilter(String name);

  /**
   * Why a filter Pipy defines is not available, such as {@code "unknown filter 'acceptTLS'
   * (module proto-tls is not installed)"}; {@code null} if it is available or is not a Pipy filter
   * name at all.
   */
  default String unavailableFilter(String filterName) {
    return null;
  }

  /**
   * Superseded by {@link #unavailableFilter(String)}; kept only while branches that still
   * implement it are merged.
   */
  @Deprecated
  default String missingModuleFor(String filterName) {
    return null;
  }

  /** Global values from installed modules, by name. */
  Map<String, Object> globals();

  /** Host classes from installed modules. */
  Collection<HostClass<?>> hostClasses();

  /** A new, empty pipeline layout; {@code name} is {@code null} for anonymous layouts. */
  PipelineLayout newLayout(String name, String module);

  /**
   * Declares a listener: accept streams with {@code protocol} on {@code address:port} and run
   * {@code layout} for each. Nothing is bound until every worker has loaded its scripts.
   *
   * @param where the script location of the call, for error messages
   */
  void listen(String protocol, String address, int port, Map<String, Object> options,
      PipelineLayout layout, SourceLocation where);

  /**
   * Declares a task: run {@code layout} once at start-up ({@code when} empty), every interval
   * ({@code "5s"}, {@code "1m"}; the next run waits for the previous one to end), or on a signal
   * ({@code "SIGHUP"}).
   *
   * @throws ScriptError for a bad interval or signal name
   */
  default void task(String when, PipelineLayout layout, SourceLocation where) {
    throw new ScriptError("task() is not supported by this engine");
  }

  /**
   * Declares a watch: run {@code layout} (no input; its onStart gives the events) whenever the
   * codebase file {@code path} changes, or any file under it when it ends with {@code '/'}.
   *
   * @throws ScriptError for an empty path or one outside the codebase
   */
  default void watch(String path, PipelineLayout layout, SourceLocation where) {
    throw new ScriptError("watch() is not supported by this engine");
  }

  /** Declares a pipeline to run when the process is asked to shut down; shutdown waits for it. */
  default void onExit(PipelineLayout layout, SourceLocation where) {
    throw new ScriptError("exit() is not supported by this engine");
  }

  /**
   * Asks the process to exit with {@code status}, as {@code pipy.exit(status)} does: listeners
   * stop and exit pipelines run first.
   */
  default void exit(int status) {
    throw new ScriptError("pipy.exit() is not supported by this engine");
  }

  /**
   * The codebase root: the folder of the main script (the working directory for {@code -e}).
   * Script paths such as {@code pipy.load('/config.json')} resolve against it.
   */
  default java.nio.file.Path codebase() {
    return java.nio.file.Path.of("").toAbsolutePath();
  }

  /** Arguments after the script name on the command line ({@code pipy.argv} without the first two). */
  List<String> arguments();

  /** The product version, such as {@code "0.1.0"}. */
  String version();
}
