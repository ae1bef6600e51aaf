package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.KeepAlive;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code replay(options?)}: like {@code link}, running the input through a sub-pipeline that
 * shares the context and outputting what it outputs, but it also records the input. When the
 * sub-pipeline ends with {@code StreamEnd('Replay')}, that end is not output: the sub-pipeline is
 * released and, after {@code delay} (seconds or a duration string, or a function returning one;
 * default 0), a new one is started and given everything recorded so far, then the rest of the
 * input. Output of a discarded sub-pipeline is dropped. Input arriving while a replay is pending
 * is recorded and goes to the new sub-pipeline.
 */
final class Replay extends JointFilter {

  private final double delay;
  private final ScriptFunction delayFn;

  private Pipeline sub;
  private int attempt;
  private EventQueue recorded;
  private boolean scheduled;
  private ScheduledFuture<?> timer;
  private KeepAlive waiting;

  private Replay(double delay, ScriptFunction delayFn) {
    this.delay = delay;
    this.delayFn = delayFn;
  }

  private Replay(Replay prototype) {
    super(prototype);
    this.delay = prototype.delay;
    this.delayFn = prototype.delayFn;
  }

  static Filter create(FilterConfig config) {
    ScriptObject o = Opts.object("replay", config.arg(0));
    Object d = Opts.get(o, "delay");
    if (d instanceof ScriptFunction f) return new Replay(0, f);
    return new Replay(Opts.seconds("replay", "delay", d, 0), null);
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new Replay(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (recorded == null) recorded = new EventQueue();
    if (sub == null && !scheduled) start();
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
    if (e instanceof StreamEnd end) {
      if (end.error() == StreamEnd.Error.REPLAY) {
        Pipeline p = sub;
        sub = null;
        attempt++;
        release(p);
        schedule();
        return;
      }
      finish(end);
      return;
    }
    output(e);
  }

  private void schedule() {
    double d = delay;
    if (delayFn != null) {
      Object v = call(delayFn);
      if (v == FAILED) return;
      try {
        d = Opts.seconds("replay", "delay", v, 0);
      } catch (RuntimeException ex) {
        fail(ex);
        return;
      }
    }
    scheduled = true;
    int gen = generation;
    // A pending replay is work in progress: it keeps the process running, as Pipy's timer does.
    waiting = worker().keepAlive("replay delay");
    timer = worker().executor().schedule(() -> {
      if (gen != generation) return;
      timer = null;
      scheduled = false;
      stopWaiting();
      replay();
    }, (long) (d * 1000), TimeUnit.MILLISECONDS);
  }

  private void replay() {
    start();
    Pipeline p = sub;
    recorded.copyTo(e -> {
      if (sub == p) {
        p.input(e);
      } else {
        Events.drop(e);
      }
    });
  }

  private void stopWaiting() {
    KeepAlive w = waiting;
    waiting = null;
    if (w != null) w.close();
  }

  @Override
  protected void onReset() {
    Pipeline p = sub;
    sub = null;
    release(p);
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    stopWaiting();
    scheduled = false;
    if (recorded != null) recorded.clear();
  }
}
