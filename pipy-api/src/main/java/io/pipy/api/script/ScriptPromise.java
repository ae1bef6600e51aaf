package io.pipy.api.script;

import java.util.function.Consumer;

/**
 * A script promise as Java code sees it. Reactions run as microtasks on the worker's thread,
 * after the current task, never synchronously inside {@code then}.
 */
public interface ScriptPromise {

  /** Registers reactions; exactly one of them runs once the promise settles. */
  void then(Consumer<Object> onFulfilled, Consumer<Object> onRejected);
}
