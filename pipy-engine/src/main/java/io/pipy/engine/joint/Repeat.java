package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Values;

/**
 * {@code repeat(condition)} (pipeline style): runs the input through a sub-pipeline that shares
 * the context, outputting what it outputs, and records the input. When the sub-pipeline ends,
 * {@code condition} is called with its {@code StreamEnd}: if true (or a promise that fulfils
 * with a true value), a new sub-pipeline is started and given the recorded input again; if
 * false, that {@code StreamEnd} is output and the filter is done. A repetition asked for from
 * within a repetition that is still starting runs in a later task, so a sub-pipeline that ends
 * at once cannot recurse without bound.
 */
final class Repeat extends JointFilter {

  private final ScriptFunction condition;

  private Pipeline sub;
  private int attempt;
  private EventQueue recorded;
  private boolean starting;
  private boolean ended;

  private Repeat(ScriptFunction condition) {
    this.condition = condition;
  }

  private Repeat(Repeat prototype) {
    super(prototype);
    this.condition = prototype.condition;
  }

  static Filter create(FilterConfig config) {
    ScriptFunction f = Opts.function("repeat", "condition", config.arg(0));
    if (f == null) throw io.pipy.api.script.ScriptError.typeError("repeat(): argument 1 must be a function");
    return new Repeat(f);
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new Repeat(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (ended) {
      Events.drop(event);
      return;
    }
    if (recorded == null) recorded = new EventQueue();
    if (sub == null) start();
    recorded.add(Events.copy(event));
    if (sub != null) {
      sub.input(event);
    } else {
      Events.drop(event);
    }
  }

  private void start() {
    int a = ++attempt;
    sub = startSub(0, false, e -> fromSub(a, e));
  }

  private void fromSub(int a, Event e) {
    if (a != attempt) {
      Events.drop(e);
      return;
    }
    if (!(e instanceof StreamEnd end)) {
      output(e);
      return;
    }
    Pipeline p = sub;
    sub = null;
    attempt++;
    release(p);
    Object r = call(condition, end);
    if (r == FAILED) return;
    if (r instanceof ScriptPromise promise) {
      await(promise, v -> decide(Values.truthy(v), end));
    } else {
      decide(Values.truthy(r), end);
    }
  }

  private void decide(boolean again, StreamEnd end) {
    if (!again) {
      ended = true;
      recorded.clear();
      finish(end);
      return;
    }
    if (starting) {
      int gen = generation;
      pause();
      worker().executor().execute(() -> {
        if (gen != generation) return;
        restart();
        if (gen == generation) resume();
      });
    } else {
      restart();
    }
  }

  private void restart() {
    starting = true;
    try {
      start();
      Pipeline p = sub;
      recorded.copyTo(e -> {
        if (sub == p) {
          p.input(e);
        } else {
          Events.drop(e);
        }
      });
    } finally {
      starting = false;
    }
  }

  @Override
  protected void onReset() {
    Pipeline p = sub;
    sub = null;
    release(p);
    if (recorded != null) recorded.clear();
    starting = false;
    ended = false;
  }
}
