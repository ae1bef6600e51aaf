package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Values;

/**
 * Choosing one sub-pipeline per stream from a list of (condition, layout) arms, as
 * {@code branch}, {@code branchMessageStart}, {@code branchMessage} and {@code link} do.
 *
 * <p>Input is held until an evaluation point (each event for {@code branch}, each MessageStart
 * for {@code branchMessageStart}, each whole message for {@code branchMessage}). There the
 * conditions are called in order; the first true one (or an arm without condition) wins, its
 * sub-pipeline is started with the stream's context (shared), gets the held events and then
 * the rest of the input, and its output is this filter's output. An arm may have no layout, in
 * which case events go straight through. When no arm wins, input stays held until the next
 * evaluation point. A condition may return a promise; input is held until it settles.
 *
 * <p>When the sub-pipeline ends its output ({@code StreamEnd}), the filter's output ends with it
 * and later input is dropped.
 */
abstract class Switch extends JointFilter {

  /** One choice: a condition ({@code null}: always) and a sub-pipeline index ({@code -1}: none). */
  record Arm(ScriptFunction condition, int sub) {
  }

  private final Arm[] arms;
  private final int limit;

  private EventQueue pending;
  private boolean decided;
  private boolean bypass;
  private Pipeline chosen;
  private boolean evaluating;

  protected Switch(Arm[] arms, int limit) {
    this.arms = arms;
    this.limit = limit;
  }

  protected Switch(Switch prototype) {
    super(prototype);
    this.arms = prototype.arms;
    this.limit = prototype.limit;
  }

  @Override
  public int subPipelineLimit() {
    return limit;
  }

  /** How many sub-pipelines {@code arms} use (an arm without layout uses none). */
  static int subsOf(Arm[] arms) {
    int n = 0;
    for (Arm a : arms) if (a.sub() >= 0) n++;
    return n;
  }

  /**
   * The arguments for the conditions if {@code event} is an evaluation point, else
   * {@code null}. Called for every event before a choice is made, before the event is held.
   */
  protected abstract Object[] evaluationPoint(Event event);

  /** Forgets what {@link #evaluationPoint} collected. */
  protected void resetEvaluation() {
  }

  @Override
  protected void onEvent(Event event) {
    if (decided) {
      forward(event);
      return;
    }
    Object[] args = evaluationPoint(event);
    if (pending == null) pending = new EventQueue();
    pending.add(event);
    if (args != null && !evaluating) evaluate(0, args);
  }

  /** Whether a sub-pipeline (or the bypass) has been chosen for this stream. */
  protected final boolean decided() {
    return decided;
  }

  private void evaluate(int from, Object[] args) {
    for (int i = from; i < arms.length; i++) {
      Arm arm = arms[i];
      if (arm.condition() != null) {
        Object r = call(arm.condition(), args);
        if (r == FAILED) return;
        if (r instanceof ScriptPromise p) {
          int at = i;
          evaluating = true;
          await(p, v -> {
            evaluating = false;
            if (Values.truthy(v)) {
              choose(at);
            } else {
              evaluate(at + 1, args);
            }
          });
          return;
        }
        if (!Values.truthy(r)) continue;
      }
      choose(i);
      return;
    }
  }

  /** Starts arm {@code i} and sends it everything held so far. */
  private void choose(int i) {
    chooseSub(arms[i].sub());
  }

  /** Starts sub-pipeline {@code sub} ({@code -1}: none) and sends it everything held so far. */
  protected final void chooseSub(int sub) {
    decided = true;
    resetEvaluation();
    if (sub < 0) {
      bypass = true;
    } else {
      chosen = startSub(sub, false, this::fromSub);
    }
    flushPending();
  }

  /** Starts a pipeline of a layout chosen per stream and sends it everything held so far. */
  protected final void chooseLayout(io.pipy.api.PipelineLayout layout) {
    decided = true;
    resetEvaluation();
    chosen = startLayout(layout, context(), this::fromSub);
    flushPending();
  }

  /** Drops everything held (used when a choice is skipped for the events so far). */
  protected final void dropPending() {
    if (pending != null) pending.clear();
  }

  private void flushPending() {
    if (pending == null) return;
    int gen = generation;
    Event e;
    while (gen == generation && (e = pending.poll()) != null) {
      forward(e);
    }
  }

  private void forward(Event e) {
    if (bypass) {
      output(e);
    } else if (chosen != null) {
      chosen.input(e);
    } else {
      Events.drop(e);
    }
  }

  private void fromSub(Event e) {
    if (e instanceof StreamEnd end) {
      Pipeline p = chosen;
      chosen = null;
      closed = true;
      if (pending != null) pending.clear();
      output(end);
      release(p);
    } else {
      output(e);
    }
  }

  @Override
  protected void onReset() {
    Pipeline p = chosen;
    chosen = null;
    release(p);
    if (pending != null) pending.clear();
    decided = false;
    bypass = false;
    evaluating = false;
    resetEvaluation();
  }
}
