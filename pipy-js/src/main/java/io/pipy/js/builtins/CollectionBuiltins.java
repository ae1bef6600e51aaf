package io.pipy.js.builtins;

import io.pipy.js.runtime.Realm;

/** Map, Set, WeakMap and WeakSet. */
public final class CollectionBuiltins {

  private CollectionBuiltins() {
  }

  static void install(Realm realm) {
    // Being written on its own branch; see the pjs-runtime issue.
  }
}
