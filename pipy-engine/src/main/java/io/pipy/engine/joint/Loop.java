package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;

/**
 * {@code loop($=>$...)}: runs the input through a sub-pipeline (sharing the context) whose output
 * is both this filter's output and fed back into the sub-pipeline's input. Output produced while
 * the sub-pipeline is still busy with an input is fed back in a later task of the worker, in
 * order, and so is everything it outputs after that until the backlog is clear. When the
 * sub-pipeline ends ({@code StreamEnd}), after what it output before, the output ends with it
 * (once: Pipy also feeds the end back in, which can output it again).
 */
final class Loop extends JointFilter {

  private Pipeline sub;
  private int feeding;
  private EventQueue backlog;
  private boolean scheduled;

  private Loop() {
  }

  private Loop(Loop prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    Loop l = new Loop();
    if (!Opts.absent(config.arg(0))) l.addSubPipeline(config.layoutOf(config.arg(0)));
    return l;
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new Loop(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (sub == null) sub = startSub(0, false, this::fromSub);
    feed(event);
  }

  private void feed(Event e) {
    Pipeline p = sub;
    if (p == null) {
      Events.drop(e);
      return;
    }
    feeding++;
    try {
      p.input(e);
    } finally {
      feeding--;
    }
  }

  private void fromSub(Event e) {
    if (feeding > 0 || backlog != null && !backlog.isEmpty()) {
      // Output made while the sub-pipeline is busy (and anything after it, the end included, so
      // that order holds) goes round in a later task, as in Pipy.
      if (backlog == null) backlog = new EventQueue();
      backlog.add(e);
      if (!scheduled) {
        scheduled = true;
        int gen = generation;
        worker().executor().execute(() -> {
          if (gen != generation) return;
          scheduled = false;
          flush();
        });
      }
      return;
    }
    deliver(e);
  }

  /** Outputs {@code e} and feeds it back; an end ends this filter. */
  private void deliver(Event e) {
    if (e instanceof StreamEnd end) {
      finish(end);
      return;
    }
    int gen = generation;
    output(Events.copy(e));
    if (gen != generation) {
      Events.drop(e);
      return;
    }
    feed(e);
  }

  /**
   * Delivers what was held when this task was scheduled; what the sub-pipeline outputs meanwhile
   * waits for the next task, so a loop that never settles still yields to other work.
   */
  private void flush() {
    EventQueue batch = backlog;
    backlog = new EventQueue();
    int gen = generation;
    Event e;
    while (gen == generation && (e = batch.poll()) != null) deliver(e);
    batch.clear();
  }

  @Override
  protected void onReset() {
    Pipeline p = sub;
    sub = null;
    release(p);
    if (backlog != null) backlog.clear();
    scheduled = false;
    feeding = 0;
  }
}
