package io.pipy.engine.joint;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;

/** {@code forkJoin(startupValues?)}: {@link Fork} that outputs its input once every sub-pipeline has ended. */
final class ForkJoin extends Fork {

  ForkJoin(Object init) {
    super(Mode.JOIN, init);
  }

  private ForkJoin(ForkJoin prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return build(config, Mode.JOIN);
  }

  @Override
  protected Filter duplicate() {
    return new ForkJoin(this);
  }
}
