package io.pipy.js.bridge;

import io.pipy.api.LayoutRef;
import io.pipy.api.PipelineLayout;
import io.pipy.api.script.SourceLocation;

/** A sub-pipeline given by name, resolved once its module has finished loading. */
final class NamedLayoutRef implements LayoutRef {
  final String name;
  final SourceLocation where;
  PipelineLayout resolved;

  NamedLayoutRef(String name, SourceLocation where) {
    this.name = name;
    this.where = where;
  }

  @Override
  public PipelineLayout layout() {
    if (resolved == null) throw new IllegalStateException("pipeline layout '" + name + "' is not resolved yet");
    return resolved;
  }

  @Override
  public String describe() {
    return name;
  }
}
