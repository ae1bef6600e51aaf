package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Undefined;

/**
 * {@code fork(startupValues?)}: copies every input event into sub-pipelines and outputs the
 * input unchanged; what the sub-pipelines output is discarded.
 *
 * <p>At the first event the argument is evaluated (a function is called with no arguments and
 * may return a promise). An array starts one sub-pipeline per element, each with its own
 * shallow clone of the stream's context, and hands its {@code onStart} the element and its index;
 * anything else starts one sub-pipeline sharing the context, its {@code onStart} getting the value
 * (once: Pipy 1.5 calls it twice). Pipy 0.50's {@code fork('layout', values?)} names the layout
 * first.
 *
 * <p>{@code forkJoin} ({@link ForkJoin}) holds the input until every sub-pipeline has ended, then
 * outputs it; {@code forkRace} ({@link ForkRace}) outputs nothing of its input but the output of
 * the first sub-pipeline to output anything. Both clone the context for a single sub-pipeline
 * too.
 */
class Fork extends JointFilter {

  enum Mode { FORK, JOIN, RACE }

  private final Mode mode;
  private final Object init;

  private boolean started;
  private Pipeline[] branches;
  private int live;
  private int winner = -1;
  private boolean waiting;
  private EventQueue buffer;

  Fork(Mode mode, Object init) {
    this.mode = mode;
    this.init = init;
  }

  Fork(Fork prototype) {
    super(prototype);
    this.mode = prototype.mode;
    this.init = prototype.init;
  }

  static Filter create(FilterConfig config) {
    return build(config, Mode.FORK);
  }

  static Fork build(FilterConfig config, Mode mode) {
    Object a0 = config.arg(0);
    if (a0 instanceof CharSequence name) {
      Fork f = make(mode, config.arg(1));
      f.addSubPipeline(config.layoutNamed(name.toString()));
      return f;
    }
    return make(mode, a0);
  }

  private static Fork make(Mode mode, Object init) {
    return switch (mode) {
      case FORK -> new Fork(mode, init);
      case JOIN -> new ForkJoin(init);
      case RACE -> new ForkRace(init);
    };
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new Fork(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (!started) {
      Object v = init == Undefined.INSTANCE ? init : eval(init);
      if (v == FAILED) {
        Events.drop(event);
        return;
      }
      if (v instanceof ScriptPromise p) {
        await(p, this::start);
        process(event); // held until the promise settles
        return;
      }
      start(v);
      if (closed) {
        Events.drop(event);
        return;
      }
    }
    int gen = generation;
    Pipeline[] bs = branches;
    for (int i = 0; i < bs.length && gen == generation; i++) {
      if (bs[i] != null) bs[i].input(Events.copy(event));
    }
    if (gen != generation || closed) {
      Events.drop(event);
      return;
    }
    if (waiting) {
      buffer.add(event);
    } else if (mode != Mode.RACE) {
      if (event instanceof StreamEnd end) {
        finish(end);
      } else {
        output(event);
      }
    } else {
      Events.drop(event);
    }
  }

  private void start(Object v) {
    started = true;
    if (v instanceof ScriptArray arr) {
      int n = arr.length();
      branches = new Pipeline[n];
      for (int i = 0; i < n; i++) {
        int index = i;
        branches[i] = startSub(0, true, e -> fromBranch(index, e), new Object[] {arr.get(i), i});
      }
    } else {
      branches = new Pipeline[1];
      branches[0] = startSub(0, mode != Mode.FORK, e -> fromBranch(0, e), new Object[] {v});
    }
    live = branches.length;
    if (mode == Mode.JOIN && live > 0) {
      waiting = true;
      buffer = new EventQueue();
    }
  }

  private void fromBranch(int i, Event e) {
    if (mode == Mode.RACE) {
      if (winner < 0) winner = i;
      if (winner == i) {
        if (e instanceof StreamEnd end) {
          finish(end);
        } else {
          output(e);
        }
        return;
      }
    }
    if (e instanceof StreamEnd) {
      Pipeline p = branches[i];
      branches[i] = null;
      live--;
      release(p);
      if (mode == Mode.JOIN && live == 0 && waiting) {
        waiting = false;
        int gen = generation;
        Event held;
        while (gen == generation && (held = buffer.poll()) != null) output(held);
      }
    } else {
      Events.drop(e);
    }
  }

  @Override
  protected void onReset() {
    if (branches != null) {
      Pipeline[] bs = branches;
      branches = null;
      for (Pipeline p : bs) release(p);
    }
    if (buffer != null) buffer.clear();
    started = false;
    live = 0;
    winner = -1;
    waiting = false;
  }
}
