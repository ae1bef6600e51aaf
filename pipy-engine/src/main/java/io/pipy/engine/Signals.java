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

  static void install(Engine engine) {
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal.handle(new Signal(name), s -> engine.signal(s.getName()));
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // Signals are a platform feature; without them the default handling (exit) remains.
        Log.debug("cannot handle SIG" + name + ": " + e.getMessage());
      }
    }
  }
}
