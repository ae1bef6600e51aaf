package io.pipy.js.builtins;

import io.pipy.js.runtime.Realm;

/** Promise. */
public final class PromiseBuiltins {

  private PromiseBuiltins() {
  }

  static void install(Realm realm) {
    // Being written on its own branch; see the pjs-runtime issue.
  }
}
