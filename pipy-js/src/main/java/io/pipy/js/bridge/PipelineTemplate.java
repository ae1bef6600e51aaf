package io.pipy.js.bridge;

import io.pipy.api.LayoutRef;
import io.pipy.api.PipelineLayout;
import io.pipy.js.runtime.JsObject;

/**
 * What {@code pipeline($=>$...)} returns in the pipeline style: a layout scripts can start
 * ({@code spawn}, {@code process}) or hand to {@code pipy.listen} and joint filters.
 */
final class PipelineTemplate extends JsObject implements LayoutRef {

  final PipelineLayout layout;

  PipelineTemplate(JsObject proto, PipelineLayout layout) {
    super(proto);
    this.layout = layout;
  }

  @Override
  public PipelineLayout layout() {
    return layout;
  }

  @Override
  public String describe() {
    return layout.name() == null ? "(anonymous)" : layout.name();
  }

  @Override
  public String className() {
    return "PipelineTemplate";
  }
}
