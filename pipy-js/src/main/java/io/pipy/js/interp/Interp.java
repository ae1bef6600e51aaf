package io.pipy.js.interp;

import io.pipy.api.script.SourceLocation;
import io.pipy.js.runtime.CallFrame;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.Realm;
import io.pipy.js.syntax.Parser;
import io.pipy.js.syntax.Source;

/** The interpreter's entry points for the rest of the language implementation. */
public final class Interp {

  private Interp() {
  }

  /** Parses and compiles a file; throws {@link io.pipy.js.syntax.SyntaxError}. */
  public static Compiler.CompiledModule compile(Source source, ModuleScope module) {
    return Compiler.compile(source, Parser.parseProgram(source), module);
  }

  /** A function that runs the compiled module body when invoked, returning its completion value. */
  public static JsFunction moduleFunction(Realm realm, Compiler.CompiledModule module) {
    return new Closure(realm, realm.functionPrototype(), module.code, null);
  }

  /** The module of the innermost script frame, or null when no script is running. */
  public static ModuleScope currentModule(Realm realm) {
    for (CallFrame f = realm.current; f != null; f = f.caller()) {
      if (f instanceof Frame fr && fr.code.moduleScope != null) return fr.code.moduleScope;
    }
    return null;
  }

  /** Where the innermost script frame is executing, or null. */
  public static SourceLocation currentLocation(Realm realm) {
    CallFrame f = realm.current;
    return f == null ? null : f.location();
  }
}
