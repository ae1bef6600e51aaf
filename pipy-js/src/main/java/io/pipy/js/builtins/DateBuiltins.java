package io.pipy.js.builtins;

import io.pipy.js.runtime.Realm;

/** Date. */
public final class DateBuiltins {

  private DateBuiltins() {
  }

  static void install(Realm realm) {
    // Being written on its own branch; see the pjs-runtime issue.
  }
}
