package io.pipy.engine;

import io.pipy.api.Log;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM as Pipy handles them: the first one starts a graceful shutdown (stop
 * listening, let open streams finish, then exit), a second one exits at once. Installed only by
 * {@link Engine#run()}, so embedding the engine in tests changes no process-wide handler unless
 * asked.
 */
final class Signals {

  private Signals() {
  }

  /**
   * Handles SIGINT and SIGTERM (shutdown; tasks waiting for them run too) and every signal a
   * task waits for ({@code taskSignals}, names without the SIG prefix).
   */
  static void install(Engine engine, java.util.Set<String> taskSignals) {
    java.util.Set<String> all = new java.util.LinkedHashSet<>(java.util.List.of("INT", "TERM"));
    all.addAll(taskSignals);
    for (String name : all) {
      boolean shutdown = name.equals("INT") || name.equals("TERM");
      boolean tasks = taskSignals.contains(name);
      try {
        Signal.handle(new Signal(name), s -> {
          if (tasks) engine.runSignalTasks(name);
          if (shutdown) engine.signal(s.getName());
        });
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // Signals are a platform feature; without them the default handling remains.
        Log.warn("cannot handle SIG" + name + ": " + e.getMessage());
      }
    }
  }
}
