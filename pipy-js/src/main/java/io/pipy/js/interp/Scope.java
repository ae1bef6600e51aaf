package io.pipy.js.interp;

import io.pipy.js.runtime.Ops;
import io.pipy.js.syntax.Ast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A lexical scope found by the resolver, with its bindings and (after allocation) its storage. */
final class Scope {

  enum Kind { FUNCTION, BLOCK, CATCH, CLASS, LOOP }

  final Kind kind;
  final Scope parent;
  final Fn fn;
  final Map<String, Binding> bindings = new LinkedHashMap<>();
  final List<Ast.FunctionDecl> functions = new ArrayList<>();
  int envSize;
  boolean allocated;

  Scope(Kind kind, Scope parent, Fn fn) {
    this.kind = kind;
    this.parent = parent;
    this.fn = fn;
    fn.scopes.add(this);
  }

  boolean hasEnv() {
    return envSize > 0;
  }

  Binding lookupOwn(String name) {
    return bindings.get(name);
  }

  /** The initial contents of this scope's environment: TDZ for lexical bindings, undefined otherwise. */
  Object[] envTemplate() {
    if (envSize == 0) return null;
    Object[] t = new Object[envSize];
    for (Binding b : bindings.values()) {
      if (b.inEnv) t[b.slot] = b.isLexical() ? Tdz.VALUE : Ops.UNDEFINED;
    }
    return t;
  }

  /** Local slots of lexical bindings to reset to TDZ whenever the scope is entered. */
  int[] tdzLocals() {
    List<Integer> out = new ArrayList<>();
    for (Binding b : bindings.values()) {
      if (!b.inEnv && b.isLexical() && b.slot >= 0) out.add(b.slot);
    }
    int[] a = new int[out.size()];
    for (int i = 0; i < a.length; i++) a[i] = out.get(i);
    return a;
  }

  /** A binding: one declared name. */
  static final class Binding {
    enum Kind { VAR, LET, CONST, CLASS, FUNCTION, PARAM, CATCH, CALLEE, ARGUMENTS, PRIVATE, IMPORT, FIBER }

    final String name;
    final Kind kind;
    final Scope scope;
    boolean captured;
    boolean inEnv;
    /** Parameters of a non-simple list: in their TDZ until bound. */
    boolean tdz;
    /** For imports: where the imported binding is found once the module graph is linked. */
    ImportCell importCell;
    int slot = -1;

    Binding(String name, Kind kind, Scope scope) {
      this.name = name;
      this.kind = kind;
      this.scope = scope;
    }

    boolean isLexical() {
      return kind == Kind.LET || kind == Kind.CONST || kind == Kind.CLASS || tdz;
    }

    boolean isConst() {
      return kind == Kind.CONST;
    }
  }

  /** A function being compiled: its scopes, in order, and its local slot count. */
  static final class Fn {
    final Ast.Function ast;
    final Fn parent;
    final List<Scope> scopes = new ArrayList<>();
    Scope top;
    /** The scope of the body's lexical declarations when separate from the parameters', else null. */
    Scope bodyScope;
    int locals;
    Binding arguments;
    Binding self;
    boolean allocated;

    Fn(Ast.Function ast, Fn parent) {
      this.ast = ast;
      this.parent = parent;
    }

    boolean isArrow() {
      return ast.kind == Ast.FunctionKind.ARROW;
    }

    /** Assigns every binding of this function's scopes a local slot or an environment slot. */
    void allocate() {
      if (allocated) return;
      allocated = true;
      for (Scope s : scopes) {
        for (Binding b : s.bindings.values()) {
          if (b.kind == Binding.Kind.IMPORT) continue;
          if (b.kind == Binding.Kind.FIBER) continue; // slot = index among the module's fiber variables
          if (b.captured || b.kind == Binding.Kind.PRIVATE) {
            b.inEnv = true;
            b.slot = s.envSize++;
          } else {
            b.slot = locals++;
          }
        }
        s.allocated = true;
      }
    }
  }
}
