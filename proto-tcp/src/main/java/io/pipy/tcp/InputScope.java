package io.pipy.tcp;

import io.netty.util.concurrent.FastThreadLocal;

/**
 * Which input source the event being dispatched on this worker came from, so that a writer that
 * gets congested knows whose {@link Tap} to close: the socket whose read it is handling (a proxy's
 * client when bytes go upstream, the upstream connection when they come back). Sources
 * {@link #enter} their tap around each dispatch; events produced outside any dispatch (timers,
 * promise reactions) have no source and are not held back.
 *
 * <p>One instance per worker thread; a worker is one thread, so this is the worker's state. Code
 * that lives on one worker looks it up once ({@link #current()}) and keeps it.
 */
final class InputScope {

  private static final FastThreadLocal<InputScope> SCOPES = new FastThreadLocal<>() {
    @Override
    protected InputScope initialValue() {
      return new InputScope();
    }
  };

  private Tap tap;

  private InputScope() {
  }

  /** The scope of the calling thread. */
  static InputScope current() {
    return SCOPES.get();
  }

  /** The tap of the input being dispatched, or null. */
  Tap tap() {
    return tap;
  }

  /** Marks {@code source} as the input being dispatched; returns what to give {@link #exit}. */
  Tap enter(Tap source) {
    Tap previous = tap;
    tap = source;
    return previous;
  }

  /** Ends a dispatch begun by {@link #enter}. */
  void exit(Tap previous) {
    tap = previous;
  }
}
