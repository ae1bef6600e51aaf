package io.pipy.js.builtins;

import io.pipy.js.runtime.Realm;

/** Installs every built-in into a fresh realm, in dependency order. */
public final class Builtins {

  private Builtins() {
  }

  public static void install(Realm realm) {
    ObjectBuiltins.install(realm);
    FunctionBuiltins.install(realm);
    SymbolBuiltins.install(realm);
    ErrorBuiltins.install(realm);
    IteratorBuiltins.install(realm);
    ArrayBuiltins.install(realm);
    StringBuiltins.install(realm);
    NumberBuiltins.install(realm);
    MathBuiltins.install(realm);
    JsonBuiltins.install(realm);
    GlobalFunctions.install(realm);
    PipyHelpers.install(realm);
    RegExpBuiltins.install(realm);
    CollectionBuiltins.install(realm);
    PromiseBuiltins.install(realm);
    DateBuiltins.install(realm);
    IntBuiltins.install(realm);
  }
}
