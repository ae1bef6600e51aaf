package io.pipy.js.bridge;

import io.pipy.api.Filter;
import io.pipy.api.PipelineLayout;
import io.pipy.js.runtime.JsObject;

/**
 * A Configuration ({@code pipy()}) or a sub-pipeline builder ({@code $} in {@code $=>$...}): the
 * layout that filter calls append to, and the last filter (for {@code .to()}). Its methods live on
 * a shared prototype ({@link BuilderPrototype}).
 */
final class Builder extends JsObject {

  final ModuleConfig config;
  final boolean topLevel;
  PipelineLayout current;
  Filter lastFilter;

  Builder(JsObject proto, ModuleConfig config, PipelineLayout current, boolean topLevel) {
    super(proto);
    this.config = config;
    this.current = current;
    this.topLevel = topLevel;
  }

  @Override
  public String className() {
    return topLevel ? "Configuration" : "PipelineBuilder";
  }
}
