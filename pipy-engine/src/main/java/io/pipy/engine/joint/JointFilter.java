package io.pipy.engine.joint;

import io.pipy.api.Context;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Filter;
import io.pipy.api.Log;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineChain;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import java.util.function.Consumer;

/**
 * What the joint filters share: a per-stream generation number that makes callbacks from an
 * earlier stream harmless, input that can be paused (held in order) while a promise settles,
 * starting and releasing sub-pipelines, and ending the stream.
 *
 * <p>Rules every subclass follows:
 * <ul>
 *   <li>Sub-pipelines are started with {@link #startSub} or {@link #startLayout}, whose output
 *       target drops anything that arrives after this filter moved on to another stream.</li>
 *   <li>Each sub-pipeline is released exactly once, with {@link #release(Pipeline)}: when it is
 *       done, or in {@link #onReset()}. A field holding it is cleared <em>before</em> anything
 *       is output, since output may reset this filter.</li>
 *   <li>After calling {@link #output(Event)} or feeding a sub-pipeline, code that goes on
 *       touching fields first checks that {@link #generation} has not changed.</li>
 * </ul>
 */
abstract class JointFilter extends Filter {

  /** What {@link #call} returns when the callback threw (the stream is already failed). */
  static final Object FAILED = new Object();

  /** Bumped whenever this instance stops serving its stream (reset, failure, end). */
  protected int generation;
  /** The output has ended: all input is dropped until reset. */
  protected boolean closed;

  private boolean paused;
  private EventQueue held;

  protected JointFilter() {
  }

  protected JointFilter(JointFilter prototype) {
    super(prototype);
  }

  @Override
  protected final void process(Event event) {
    if (closed) {
      Events.drop(event);
      return;
    }
    if (paused) {
      held().add(event);
      return;
    }
    onEvent(event);
  }

  /** Processes one input event while the filter is neither closed nor paused. */
  protected abstract void onEvent(Event event);

  /** Releases every sub-pipeline and held event and forgets per-stream state. */
  protected abstract void onReset();

  @Override
  protected final void reset() {
    generation++;
    closed = false;
    paused = false;
    if (held != null) held.clear();
    onReset();
  }

  private EventQueue held() {
    if (held == null) held = new EventQueue();
    return held;
  }

  // ---- Pausing input ----

  /** Holds input from now on, in order, until {@link #resume()}. */
  protected final void pause() {
    paused = true;
  }

  /** Whether input is being held. */
  protected final boolean paused() {
    return paused;
  }

  /** Stops holding input and processes what was held. */
  protected final void resume() {
    paused = false;
    drain();
  }

  private void drain() {
    int gen = generation;
    while (!paused && !closed && gen == generation && held != null) {
      Event e = held.poll();
      if (e == null) break;
      onEvent(e);
    }
  }

  /**
   * Holds input until {@code promise} settles, then runs {@code then} with its value and
   * processes the held input. A rejection ends the stream with the rejection value.
   */
  protected final void await(ScriptPromise promise, Consumer<Object> then) {
    paused = true;
    int gen = generation;
    promise.then(value -> {
      if (gen != generation || closed) return;
      paused = false;
      try {
        then.accept(value);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      if (gen == generation) drain();
    }, error -> {
      if (gen != generation || closed) return;
      paused = false;
      rejected(error);
    });
  }

  /** Ends the stream because a promise was rejected with {@code error}. */
  protected final void rejected(Object error) {
    String shown;
    try {
      shown = worker().scripts().toDisplayString(error);
    } catch (RuntimeException e) {
      shown = String.valueOf(error);
    }
    Log.error((location() == null ? "" : location() + ": ") + name() + ": promise rejected: " + shown);
    finish(StreamEnd.thrown(error));
  }

  // ---- Callbacks ----

  /**
   * Calls {@code fn} on behalf of this stream. A throw fails the stream (logged, RuntimeError
   * output) and returns {@link #FAILED}.
   */
  protected final Object call(ScriptFunction fn, Object... args) {
    try {
      return fn.call(context(), args);
    } catch (RuntimeException e) {
      fail(e);
      return FAILED;
    }
  }

  /** {@code value} itself, or what it returns when it is a function (called with no arguments). */
  protected final Object eval(Object value) {
    return value instanceof ScriptFunction f ? call(f) : value;
  }

  // ---- Ending ----

  /** Ends this filter's output with {@code end}: releases everything and drops further input. */
  protected final void finish(StreamEnd end) {
    closeDown();
    output(end);
  }

  /** Ends the stream with an error for {@code error}, logged the standard way. */
  protected final void fail(RuntimeException error) {
    if (closed) return;
    closeDown();
    failStream(error);
  }

  private void closeDown() {
    generation++;
    paused = false;
    if (held != null) held.clear();
    onReset();
    closed = true;
  }

  // ---- Sub-pipelines ----

  /** {@code target}, but dropping whatever reaches it after this instance moved on. */
  protected final EventTarget guarded(EventTarget target) {
    int gen = generation;
    return e -> {
      if (gen != generation) {
        Events.drop(e);
      } else {
        target.input(e);
      }
    };
  }

  /** Starts sub-pipeline {@code index} (see {@link Filter#subPipeline}), its output guarded. */
  protected final Pipeline startSub(int index, boolean cloneContext, EventTarget out) {
    return subPipeline(index, cloneContext, guarded(out));
  }

  /**
   * Starts sub-pipeline {@code index} like {@link #startSub(int, boolean, EventTarget)}, passing
   * {@code args} to its layout's onStart (as {@code fork} hands each sub-pipeline its startup value).
   */
  protected final Pipeline startSub(int index, boolean cloneContext, EventTarget out, Object[] args) {
    Context ctx = cloneContext ? context().cloneShallow() : context();
    return startLayout(subPipelines().get(index).layout(), ctx, out, pipeline().chain(), args);
  }

  /**
   * Starts a pipeline of {@code layout} with {@code context}, its output guarded; like a
   * sub-pipeline, it runs in this pipeline's chain.
   */
  protected final Pipeline startLayout(PipelineLayout layout, Context context, EventTarget out) {
    return startLayout(layout, context, out, pipeline().chain(), NO_ARGS);
  }

  /** Starts a pipeline of {@code layout} in {@code chain}, passing {@code args} to its onStart. */
  protected final Pipeline startLayout(PipelineLayout layout, Context context, EventTarget out, PipelineChain chain, Object[] args) {
    return layout.instantiate(context, guarded(out), chain, args);
  }

  static final Object[] NO_ARGS = new Object[0];

  /** Releases a sub-pipeline this filter started; {@code null} is ignored. */
  protected static void release(Pipeline p) {
    if (p != null) p.release();
  }
}
