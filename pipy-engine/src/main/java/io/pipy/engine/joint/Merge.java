package io.pipy.engine.joint;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;

/**
 * {@code merge('layout', key?, options?)} (Pipy 0.50): each input message is also queued, whole,
 * into a sub-pipeline shared by all streams with the same key (as {@link Mux} shares sessions);
 * the output is the input unchanged and the shared sub-pipeline's output is discarded.
 * Sessions are shared without limit unless {@code maxQueue} says otherwise.
 */
final class Merge extends Mux {

  Merge(String name, Object selector, Object options, int defaultMaxQueue) {
    super(name, selector, options, true, defaultMaxQueue);
  }

  private Merge(Merge prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return build("merge", config, true);
  }

  @Override
  protected Filter duplicate() {
    return new Merge(this);
  }
}
