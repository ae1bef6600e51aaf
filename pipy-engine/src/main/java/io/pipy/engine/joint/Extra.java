package io.pipy.engine.joint;

import io.pipy.api.Registry;

/** Registration of the filters not yet listed in {@link JointFiltersModule}. */
final class Extra {
  private Extra() {
  }

  static void install(Registry registry) {
  }
}
