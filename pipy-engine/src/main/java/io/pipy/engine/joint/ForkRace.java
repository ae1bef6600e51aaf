package io.pipy.engine.joint;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;

/** {@code forkRace(startupValues?)}: {@link Fork} whose output is that of the first sub-pipeline to output anything. */
final class ForkRace extends Fork {

  ForkRace(Object init) {
    super(Mode.RACE, init);
  }

  private ForkRace(ForkRace prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return build(config, Mode.RACE);
  }

  @Override
  protected Filter duplicate() {
    return new ForkRace(this);
  }
}
