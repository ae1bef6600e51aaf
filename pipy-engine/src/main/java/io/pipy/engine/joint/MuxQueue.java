package io.pipy.engine.joint;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;

/** {@code muxQueue(...)}: the same as {@link Mux} (as in Pipy since 0.99). */
final class MuxQueue extends Mux {

  MuxQueue(String name, Object selector, Object options, int defaultMaxQueue) {
    super(name, selector, options, false, defaultMaxQueue);
  }

  private MuxQueue(MuxQueue prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return build("muxQueue", config, false);
  }

  @Override
  protected Filter duplicate() {
    return new MuxQueue(this);
  }
}
