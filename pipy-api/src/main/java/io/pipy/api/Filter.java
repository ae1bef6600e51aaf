package io.pipy.api;

import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stage of a pipeline. A script call such as {@code .serveHTTP(handler)} creates a
 * <em>prototype</em> once per worker; every pipeline instance gets its own
 * {@link #duplicate() duplicate} of it, so a filter keeps per-stream state in plain fields.
 *
 * <h2>Events and buffers</h2>
 * {@link #process(Event)} receives each input event in order. An event given to
 * {@link #output(Event)} is handed on to the next filter (or out of the pipeline) and belongs to
 * it from then on: a filter that outputs a {@link Data} must not touch it afterwards, and a
 * filter that drops a {@code Data} must {@link Data#release() release} it. A filter that wants
 * to keep bytes and pass them on outputs a {@link Data#retainedDuplicate()}. Script values are
 * never released; see {@link Data} for how bytes become script values.
 *
 * <h2>Joint filters</h2>
 * A filter that runs sub-pipelines declares how many it takes with
 * {@link #subPipelineLimit()}; the script attaches them with {@code .to(...)} or by layout name,
 * and the filter starts one with {@link #subPipeline(int, boolean, EventTarget)}.
 *
 * <h2>Life cycle</h2>
 * Prototype: constructed by a {@link FilterFactory}, then configured and given sub-pipelines.
 * Instance: {@link #duplicate()}, bound to its pipeline, fed events, then {@link #reset()} when
 * the pipeline is recycled, after which it may serve another stream. {@link #reset()} must drop
 * every per-stream reference and release any {@link Data} still held.
 *
 * <p>All calls happen on the owning worker's thread.
 */
public abstract class Filter implements EventTarget {

  private String name;
  private SourceLocation location;
  private List<LayoutRef> subPipelines;

  private Pipeline pipeline;
  private EventTarget downstream = EventTarget.DISCARD;

  /** A prototype. */
  protected Filter() {
    this.name = getClass().getSimpleName();
    this.subPipelines = new ArrayList<>(0);
  }

  /** An instance with the configuration of {@code prototype}; use it in {@link #duplicate()}. */
  protected Filter(Filter prototype) {
    this.name = prototype.name;
    this.location = prototype.location;
    this.subPipelines = prototype.subPipelines;
  }

  /** A new instance with this filter's configuration and fresh per-stream state. */
  protected abstract Filter duplicate();

  /** Processes one input event. */
  protected abstract void process(Event event);

  /**
   * Forgets per-stream state so the instance can serve another stream: cancel timers, release
   * held {@link Data}, drop references to sub-pipelines (releasing them).
   */
  protected void reset() {
  }

  /** How many sub-pipelines this filter accepts: 0 for plain filters. */
  public int subPipelineLimit() {
    return 0;
  }

  /** Hands {@code event} to the next filter, or out of the pipeline after the last one. */
  protected final void output(Event event) {
    downstream.input(event);
  }

  @Override
  public final void input(Event event) {
    process(event);
  }

  /** The pipeline this instance serves. */
  protected final Pipeline pipeline() {
    return pipeline;
  }

  /** The context of the stream this instance serves. */
  protected final Context context() {
    return pipeline.context();
  }

  /** The worker this instance runs on. */
  protected final Worker worker() {
    return pipeline.context().worker();
  }

  private static final Object[] NO_START_ARGS = new Object[0];

  /**
   * Starts sub-pipeline {@code index} with this stream's context (shared) or a shallow clone of
   * it, sending its output to {@code output}. It runs in this pipeline's
   * {@link Pipeline#chain() chain}. The caller owns the result and must
   * {@link Pipeline#release() release} it.
   */
  protected final Pipeline subPipeline(int index, boolean cloneContext, EventTarget output) {
    Context ctx = pipeline.context();
    PipelineChain chain = pipeline.chain();
    PipelineLayout layout = subPipelines.get(index).layout();
    ctx = cloneContext ? ctx.cloneShallow() : ctx;
    return chain == null ? layout.instantiate(ctx, output) : layout.instantiate(ctx, output, chain, NO_START_ARGS);
  }

  /**
   * Reports an error a script callback raised, with its location, and ends the stream with a
   * {@code RuntimeError} as Pipy does. The worker carries on.
   */
  protected final void failStream(RuntimeException error) {
    if (error instanceof ScriptException se) {
      Log.error(se.report());
      output(StreamEnd.thrown(se.value()));
    } else if (error instanceof ScriptError se) {
      // A misuse the filter detected (a callback returned the wrong kind of value...): the
      // script author sees the message and where the filter is, not a Java class name, and
      // the stream's StreamEnd carries an Error with that message.
      String msg = se.getMessage();
      if (!msg.startsWith(name + ":")) msg = name + ": " + msg;
      if (location != null) msg = location + ": " + msg;
      Log.error(msg);
      output(StreamEnd.thrown(pipeline.context().worker().scripts().newError(se.kind(), msg)));
    } else {
      // A bug in Java code rather than in the script: logged with its class name, so it can be told apart.
      Log.error((location == null ? "" : location + ": ") + "in " + name + ": " + error);
      output(StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR));
    }
  }

  // ---- Used by the configuration builder and the engine. ----

  /** Names the prototype and records where the script created it. Called by the script binding. */
  public final void configure(String name, SourceLocation location) {
    this.name = name;
    this.location = location;
  }

  /** The script name of this filter, such as {@code "serveHTTP"}. */
  public final String name() {
    return name;
  }

  /** Where the script created this filter, or {@code null}. */
  public final SourceLocation location() {
    return location;
  }

  /**
   * Attaches the next sub-pipeline ({@code .to(...)} or a layout name argument).
   *
   * @throws IllegalStateException if the filter takes no more sub-pipelines
   */
  public final void addSubPipeline(LayoutRef layout) {
    if (subPipelines.size() >= subPipelineLimit()) {
      throw new IllegalStateException(subPipelineLimit() == 0
          ? "filter '" + name + "' takes no sub-pipeline"
          : "filter '" + name + "' takes at most " + subPipelineLimit() + " sub-pipeline(s)");
    }
    subPipelines.add(layout);
  }

  /** The sub-pipelines attached so far, in order. */
  public final List<LayoutRef> subPipelines() {
    return Collections.unmodifiableList(subPipelines);
  }

  /** One line for the startup pipeline graph; by default the filter's name. */
  public String describe() {
    return name;
  }

  /**
   * Makes an instance of this prototype for {@code owner}, sending output to {@code downstream}.
   * Called by the engine.
   */
  public final Filter instantiate(Pipeline owner, EventTarget downstream) {
    Filter f = duplicate();
    if (f == this || f.getClass() != getClass()) {
      throw new IllegalStateException(getClass().getName() + ".duplicate() must return a new " + getClass().getSimpleName());
    }
    f.pipeline = owner;
    f.downstream = downstream;
    return f;
  }

  /** Points this instance's output somewhere else; used by the engine for the last filter. */
  public final void redirect(EventTarget downstream) {
    this.downstream = downstream;
  }

  /** Resets this instance for reuse. Called by the engine when its pipeline is recycled. */
  public final void recycle() {
    reset();
  }
}
