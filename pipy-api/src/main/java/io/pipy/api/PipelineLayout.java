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
}
