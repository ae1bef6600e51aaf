package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Values;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code wait(condition, options?)}: holds the stream back until {@code condition()} (run in the
 * stream's context) is truthy, or a promise it returns is fulfilled; from then on everything
 * goes through unchanged. Option {@code timeout} (seconds, or a string such as {@code "5s"}):
 * give up waiting that long after the first held event and let everything through.
 *
 * <p>The condition is checked on every input event while waiting (as Pipy 1.x does) and, since
 * there is no notification of context changes here, also every {@value #POLL_MILLIS} ms while
 * events are held (Pipy 0.50 re-checked it whenever anything happened in the context). A
 * rejected promise or a throwing condition ends the stream with a {@code RuntimeError}.
 */
final class Wait extends Filter {

  static final long POLL_MILLIS = 10;

  private final ScriptFunction condition;
  private final double timeout;

  private final ArrayDeque<Event> held = new ArrayDeque<>();
  private boolean fulfilled;
  private boolean failed;
  private boolean promised;
  private ScheduledFuture<?> timer;
  private ScheduledFuture<?> poll;
  private int generation;

  private Wait(ScriptFunction condition, double timeout) {
    this.condition = condition;
    this.timeout = timeout;
  }

  private Wait(Wait proto) {
    super(proto);
    this.condition = proto.condition;
    this.timeout = proto.timeout;
  }

  static Wait create(FilterConfig config) {
    ScriptFunction f = Args.function("wait", "condition", config.arg(0));
    ScriptObject options = Args.options("wait", config.arg(1));
    return new Wait(f, Args.seconds("wait", options, "timeout", 0));
  }

  @Override
  protected Filter duplicate() {
    return new Wait(this);
  }

  @Override
  protected void process(Event event) {
    if (fulfilled) {
      output(event);
      return;
    }
    if (failed) {
      Events.drop(event);
      return;
    }
    if (!promised && check()) {
      fulfill();
      output(event);
      return;
    }
    if (failed) {
      Events.drop(event);
      return;
    }
    if (held.isEmpty() && timeout > 0 && timer == null) {
      int gen = generation;
      timer = worker().executor().schedule(() -> {
        if (gen == generation) fulfill();
      }, (long) (timeout * 1000), TimeUnit.MILLISECONDS);
    }
    held.add(event);
    schedulePoll();
  }

  /** Runs the condition; true when it is met now. */
  private boolean check() {
    Object r;
    try {
      r = condition.call(context());
    } catch (RuntimeException e) {
      fail(e);
      return false;
    }
    if (r instanceof ScriptPromise p) {
      promised = true;
      int gen = generation;
      p.then(v -> {
        if (gen == generation && !failed) fulfill();
      }, e -> {
        if (gen != generation || failed) return;
        dropHeld();
        failed = true;
        Log.error((location() == null ? "" : location() + ": ") + name() + ": promise rejected: "
            + worker().scripts().toDisplayString(e));
        output(StreamEnd.thrown(e));
      });
      return false;
    }
    return Values.truthy(r);
  }

  private void schedulePoll() {
    if (poll != null || promised || fulfilled || failed) return;
    int gen = generation;
    poll = worker().executor().schedule(() -> {
      if (gen != generation) return;
      poll = null;
      if (fulfilled || failed || promised) return;
      if (check()) {
        fulfill();
      } else {
        schedulePoll();
      }
    }, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void fulfill() {
    if (fulfilled) return;
    fulfilled = true;
    cancelTimers();
    int gen = generation;
    Event e;
    while (gen == generation && (e = held.poll()) != null) output(e);
  }

  private void fail(RuntimeException e) {
    failed = true;
    cancelTimers();
    dropHeld();
    failStream(e);
  }

  private void cancelTimers() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    if (poll != null) {
      poll.cancel(false);
      poll = null;
    }
  }

  private void dropHeld() {
    Event e;
    while ((e = held.poll()) != null) Events.drop(e);
  }

  @Override
  protected void reset() {
    generation++;
    cancelTimers();
    dropHeld();
    fulfilled = false;
    failed = false;
    promised = false;
  }
}
