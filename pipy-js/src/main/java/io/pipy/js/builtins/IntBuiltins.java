package io.pipy.js.builtins;

import io.pipy.js.runtime.Realm;

/** Pipy's Int (64-bit integers). */
public final class IntBuiltins {

  private IntBuiltins() {
  }

  static void install(Realm realm) {
    // Being written on its own branch; see the pjs-runtime issue.
  }
}
