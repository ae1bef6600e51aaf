package io.pipy.engine.joint;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;

/**
 * {@code pipeNext()} (pipeline style): inside a pipeline started by {@code pipe([...])} (or a
 * sub-pipeline of it), continues with the next pipeline of that chain; after the last one, or
 * outside any chain, events pass straight through. Startup arguments are not passed on (the API
 * has none yet).
 */
final class PipeNext extends Chain {

  private PipeNext() {
    super(null, "pipeNext");
  }

  private PipeNext(PipeNext prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return new PipeNext();
  }

  @Override
  protected Filter duplicate() {
    return new PipeNext(this);
  }
}
