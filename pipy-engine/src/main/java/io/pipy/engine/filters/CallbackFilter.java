package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.Log;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import java.util.ArrayDeque;

/**
 * The common machinery of {@code handle*} and {@code replace*}: calling the script callback with
 * {@code (value, counter)} in the stream's context, pausing the stream while a returned promise
 * is pending, and failing the stream when the callback throws.
 *
 * <p>While a promise is pending, input events are queued in order; the event whose callback is
 * pending (for {@code handle*}) is held back. When the promise is fulfilled the held event goes
 * out, then the queue is worked off, which may pause again at the next callback. A rejected
 * promise or a throwing callback ends the stream with a {@code RuntimeError} and drops whatever
 * comes afterwards.
 *
 * <p>The counter is the number of earlier callback calls in this stream, as in Pipy.
 */
abstract class CallbackFilter extends Filter {

  /** The callback, or {@code null} (a constant replacement). */
  protected final ScriptFunction callback;

  private ArrayDeque<Event> queue;
  private Event held;
  /** A script-held Data whose (possibly changed) bytes go out in place of the held event. */
  private Data heldScriptData;
  private boolean waiting;
  private boolean failed;
  private int counter;
  /** Bumped on every reset, so promise reactions from an earlier stream can tell they are stale. */
  private int generation;

  protected CallbackFilter(ScriptFunction callback) {
    this.callback = callback;
  }

  protected CallbackFilter(CallbackFilter proto) {
    super(proto);
    this.callback = proto.callback;
  }

  @Override
  protected final void process(Event event) {
    if (failed) {
      Events.drop(event);
    } else if (waiting) {
      queue().add(event);
    } else {
      handle(event);
    }
  }

  /** Handles one event when the stream is not paused. */
  protected abstract void handle(Event event);

  /**
   * What the callback's result (or the value its promise was fulfilled with) does. Returns
   * {@code false} if the stream failed. By default the result is ignored.
   */
  protected boolean onResult(Object result) {
    return true;
  }

  /**
   * Calls the callback with {@code arg} and the counter. Returns {@code false} if the stream
   * failed (the caller then drops the event it was handling); the stream may be paused
   * afterwards, see {@link #isWaiting()}.
   */
  protected final boolean invoke(Object arg) {
    Object result;
    try {
      result = callback.call(context(), arg, counter++);
    } catch (RuntimeException e) {
      fail(e);
      return false;
    }
    if (result instanceof ScriptPromise p) {
      waiting = true;
      int gen = generation;
      p.then(v -> fulfilled(gen, v), e -> rejected(gen, e));
      return true;
    }
    return onResult(result);
  }

  /**
   * Outputs {@code event} now, or right after the pending promise's result once it is
   * fulfilled (ahead of everything queued meanwhile).
   */
  protected final void defer(Event event) {
    if (waiting) {
      held = event;
    } else {
      output(event);
    }
  }

  /**
   * Outputs the bytes {@code scriptData} holds now, or once the pending promise is fulfilled:
   * the Data a callback was given, so that changes the callback made to it are seen downstream,
   * as in Pipy ("if you alter the event object itself, the change will be visible on the
   * output"). The script keeps its object; what goes out is a duplicate of it.
   */
  protected final void deferScriptData(Data scriptData) {
    if (waiting) {
      heldScriptData = scriptData;
    } else {
      output(scriptData.retainedDuplicate());
    }
  }

  /** Whether the stream is paused on a promise. */
  protected final boolean isWaiting() {
    return waiting;
  }

  /** Whether the stream has failed. */
  protected final boolean isFailed() {
    return failed;
  }

  /** Ends the stream with an error for {@code error}: logged, and nothing more goes out. */
  protected final void fail(RuntimeException error) {
    if (failed) return;
    failed = true;
    dropPending();
    failStream(error);
  }

  private void fulfilled(int gen, Object value) {
    if (gen != generation || failed) return;
    waiting = false;
    if (!onResult(value) || gen != generation) return;
    Event h = held;
    held = null;
    if (h != null) output(h);
    Data sd = heldScriptData;
    heldScriptData = null;
    if (sd != null) output(sd.retainedDuplicate());
    while (gen == generation && !waiting && !failed && queue != null) {
      Event e = queue.poll();
      if (e == null) break;
      handle(e);
    }
  }

  private void rejected(int gen, Object error) {
    if (gen != generation || failed) return;
    failed = true;
    waiting = false;
    dropPending();
    Log.error((location() == null ? "" : location() + ": ") + name() + ": promise rejected: "
        + worker().scripts().toDisplayString(error));
    output(StreamEnd.thrown(error));
  }

  private ArrayDeque<Event> queue() {
    if (queue == null) queue = new ArrayDeque<>();
    return queue;
  }

  private void dropPending() {
    heldScriptData = null; // the script's own object: never released here
    if (held != null) {
      Events.drop(held);
      held = null;
    }
    if (queue != null) {
      Event e;
      while ((e = queue.poll()) != null) Events.drop(e);
    }
  }

  @Override
  protected void reset() {
    generation++;
    dropPending();
    waiting = false;
    failed = false;
    counter = 0;
  }
}
