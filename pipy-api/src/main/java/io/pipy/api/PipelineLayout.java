package io.pipy.api;

import java.util.List;

/**
 * The shape of a pipeline: its filter prototypes in order. Built once per worker while scripts
 * load; {@link #instantiate(Context, EventTarget) instantiated} once per stream.
 */
public interface PipelineLayout {

  /** The layout's name ({@code pipeline('name')}), or {@code null} for an anonymous one. */
  String name();

  /** The script file that defined it. */
  String module();

  /** The worker this layout belongs to. */
  Worker worker();

  /** The filter prototypes, in order. */
  List<Filter> filters();

  /** Appends a filter prototype; only while scripts load. */
  void append(Filter prototype);

  /**
   * A pipeline for one stream, with {@code context} and its output going to {@code output}.
   * The caller owns it and must {@link Pipeline#release() release} it when the stream is over.
   */
  Pipeline instantiate(Context context, EventTarget output);

  /**
   * Like {@link #instantiate(Context, EventTarget)}, passing {@code startArgs} to the layout's
   * {@code onStart} handler (as {@code pipeline(...).spawn(args)} does).
   */
  default Pipeline instantiate(Context context, EventTarget output, Object[] startArgs) {
    return instantiate(context, output);
  }

  /**
   * Like {@link #instantiate(Context, EventTarget, Object[])}, the new pipeline running in
   * {@code chain} (may be {@code null}) from the start, so that even the events its
   * {@code onStart} handler makes can continue the chain.
   */
  default Pipeline instantiate(Context context, EventTarget output, PipelineChain chain, Object[] startArgs) {
    return instantiate(context, output, startArgs);
  }

  /**
   * Sets what every new pipeline of this layout starts with ({@code onStart}): a script function
   * called with the pipeline's context, returning events, messages, an array of them or a promise
   * of them; or such a value itself. Input arriving before those events are sent waits.
   */
  default void onStart(Object handler) {
    throw new UnsupportedOperationException("onStart is not supported by " + getClass().getSimpleName());
  }

  /** Sets a script function called (with the pipeline's context) when a pipeline of this layout ends. */
  default void onEnd(Object handler) {
    throw new UnsupportedOperationException("onEnd is not supported by " + getClass().getSimpleName());
  }
}
