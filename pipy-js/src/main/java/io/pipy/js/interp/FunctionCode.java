package io.pipy.js.interp;

import io.pipy.js.runtime.JsObject;
import io.pipy.js.syntax.Ast;
import io.pipy.js.syntax.Source;

/**
 * A compiled function: everything about it that does not depend on a particular closure. Made
 * once by the compiler; each evaluation of the function expression makes a {@link Closure}.
 */
final class FunctionCode {
  final String name;
  final Ast.FunctionKind kind;
  final boolean strict;
  final int length;
  final Source source;
  final int pos;
  /** The source offset just past the function's text (for toString). */
  int end;

  /** Initial locals: undefined for vars, the TDZ marker for let/const/class. */
  Object[] localsTemplate = new Object[0];
  /** Initial function-scope environment, or null when nothing in that scope is captured. */
  Object[] envTemplate;
  /** Parameter slots when every parameter is a plain, uncaptured name; else null. */
  int[] simpleParams;
  /**
   * For sloppy functions with a plain parameter list that use {@code arguments}: where each
   * parameter lives (a frame slot, or {@code -slot - 1} for a slot of the function's
   * environment), so the arguments object can alias them. Null otherwise.
   */
  int[] mappedParams;
  /** Binds arguments to parameters in the general case (patterns, defaults, rest, captured). */
  Stmt paramBinder;
  /** Function declarations hoisted to the function's top scope. */
  Stmt hoisted;
  Stmt body;
  /** For expression-bodied arrows: the expression (faster than a return statement). */
  Expr exprBody;
  /** Where to store the arguments object, or null when the function never mentions it. */
  VarWriter argumentsTarget;
  /** Where to store the function itself (named function expressions), or null. */
  VarWriter selfTarget;
  boolean isClassConstructor;
  boolean isDerived;
  /** Whether it has a [[Construct]] (plain functions and class constructors). */
  boolean constructable;
  /** For module code: record the completion value of expression statements. */
  boolean module;
  /** The file this function belongs to. */
  ModuleScope moduleScope;

  FunctionCode(String name, Ast.FunctionKind kind, boolean strict, int length, Source source, int pos) {
    this.name = name;
    this.kind = kind;
    this.strict = strict;
    this.length = length;
    this.source = source;
    this.pos = pos;
  }

  boolean isArrow() {
    return kind == Ast.FunctionKind.ARROW;
  }

  String displayName() {
    if (kind == Ast.FunctionKind.MODULE) return "(module)";
    return name == null || name.isEmpty() ? "(anonymous)" : name;
  }

  /** An instance field: its key (or computed key value) and initializer. */
  static final class FieldInit {
    final Object key;
    final FunctionCode init;
    final Env env;
    final JsObject home;

    /** For a private method or accessor: the function or {@link io.pipy.js.runtime.Accessor} every instance gets; else null. */
    final Object method;
    final int methodFlags;

    FieldInit(Object key, FunctionCode init, Env env, JsObject home) {
      this.key = key;
      this.init = init;
      this.env = env;
      this.home = home;
      this.method = null;
      this.methodFlags = 0;
    }

    FieldInit(Object key, Object method, int flags) {
      this.key = key;
      this.init = null;
      this.env = null;
      this.home = null;
      this.method = method;
      this.methodFlags = flags;
    }
  }
}
