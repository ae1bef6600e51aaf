package io.pipy.js.builtins;

import io.pipy.js.runtime.Realm;

/** RegExp and the regular-expression methods. */
public final class RegExpBuiltins {

  private RegExpBuiltins() {
  }

  static void install(Realm realm) {
    // Being written on its own branch; see the pjs-runtime issue.
  }
}
