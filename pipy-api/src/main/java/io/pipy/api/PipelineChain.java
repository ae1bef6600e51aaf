package io.pipy.api;

import java.util.Arrays;

/**
 * The rest of a chain of pipelines that a pipeline runs in, with the startup arguments the chain
 * hands along. This is what Pipy's module chains ({@code chain([...])} and {@code chain()}) and
 * pipeline-style chains ({@code pipe([...])} and {@code pipeNext()}) are made of: the pipeline
 * that continues the chain is the {@link #next()} layout, started with {@link #rest(Object[])}.
 *
 * <p>A pipeline's sub-pipelines inherit its chain ({@link Filter#subPipeline} passes it on), so a
 * filter anywhere below a chained pipeline — inside demuxHTTP's per-request pipelines, say — can
 * continue it. Immutable; shared freely between pipelines.
 */
public final class PipelineChain {

  private static final Object[] NO_ARGS = new Object[0];

  private final PipelineLayout[] layouts;
  private final int index;
  private final Object[] args;

  private PipelineChain(PipelineLayout[] layouts, int index, Object[] args) {
    this.layouts = layouts;
    this.index = index;
    this.args = args == null ? NO_ARGS : args;
  }

  /**
   * The chain made of {@code layouts} from position {@code from} on (which may be past the end:
   * a chain that only carries {@code args}). The array is copied.
   */
  public static PipelineChain of(PipelineLayout[] layouts, int from, Object[] args) {
    if (from < 0) throw new IllegalArgumentException("from < 0");
    return new PipelineChain(layouts.clone(), Math.min(from, layouts.length), args);
  }

  /** The layout that continues the chain, or {@code null} after its last pipeline. */
  public PipelineLayout next() {
    return index < layouts.length ? layouts[index] : null;
  }

  /** The chain for the pipeline of {@link #next()}: what comes after it, carrying {@code args}. */
  public PipelineChain rest(Object[] args) {
    return new PipelineChain(layouts, Math.min(index + 1, layouts.length), args);
  }

  /** The startup arguments handed along the chain (never {@code null}; not to be modified). */
  public Object[] args() {
    return args;
  }

  @Override
  public String toString() {
    return "PipelineChain" + Arrays.asList(layouts).subList(index, layouts.length) + " args=" + args.length;
  }
}
