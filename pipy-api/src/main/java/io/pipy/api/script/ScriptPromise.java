package io.pipy.api.script;

import java.util.function.Consumer;

/**
 * A script promise as Java code sees it. Reactions run as microtasks on the worker's thread,
 * after the current task, never synchronously inside {@code then}.
 */
public interface ScriptPromise {

  /** Registers reactions; exactly one of them runs once the promise settles. */
  void then(Consumer<Object> onFulfilled, Consumer<Object> onRejected);

  /**
   * A pending promise made by Java code ({@link ScriptRuntime#newPromise()}) and the means to
   * settle it. Settle it once, on the worker's thread; later calls are ignored.
   */
  interface Deferred {
    /** The promise, as a script value to hand to scripts. */
    Object promise();

    /** Fulfils the promise with {@code value} (a promise or thenable is followed). */
    void resolve(Object value);

    /** Rejects the promise with {@code reason}. */
    void reject(Object reason);
  }
}
