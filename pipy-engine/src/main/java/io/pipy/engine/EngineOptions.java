package io.pipy.engine;

import java.util.List;
import java.util.Objects;

/**
 * What the launcher asks of the engine.
 *
 * @param scriptName the script's path as the user gave it, or {@code "<eval>"}
 * @param scriptSource the script text
 * @param threads the number of workers, at least 1
 * @param reusePort whether each worker binds its own listening sockets ({@code --reuse-port})
 * @param printGraph whether to log pipeline graphs at start-up (off with {@code --no-graph})
 * @param ioTransport {@code "auto"}, {@code "epoll"}, {@code "io_uring"} or {@code "nio"}
 * @param arguments script arguments ({@code pipy.argv} after the script name)
 * @param classLoader where to look for modules and the script language
 * @param handleSignals whether SIGINT/SIGTERM shut the engine down gracefully (the launcher
 *     sets it; embedded engines leave process-wide signal handling alone)
 */
public record EngineOptions(String scriptName, String scriptSource, int threads, boolean reusePort,
    boolean printGraph, String ioTransport, List<String> arguments, ClassLoader classLoader,
    boolean handleSignals) {

  /** Options for an embedded engine: no signal handling. */
  public EngineOptions(String scriptName, String scriptSource, int threads, boolean reusePort,
      boolean printGraph, String ioTransport, List<String> arguments, ClassLoader classLoader) {
    this(scriptName, scriptSource, threads, reusePort, printGraph, ioTransport, arguments, classLoader, false);
  }

  /** Validates and copies. */
  public EngineOptions {
    Objects.requireNonNull(scriptName, "scriptName");
    Objects.requireNonNull(scriptSource, "scriptSource");
    if (threads < 1) throw new IllegalArgumentException("threads: " + threads + " (expected: 1 or more)");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(classLoader, "classLoader");
    Objects.requireNonNull(ioTransport, "ioTransport");
  }
}
