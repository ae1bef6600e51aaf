package io.pipy.js.interp;

import io.pipy.js.interp.Scope.Binding;
import io.pipy.js.syntax.Ast;
import io.pipy.js.syntax.Ast.*;
import io.pipy.js.syntax.Ast.Expr;
import io.pipy.js.syntax.Ast.Node;
import io.pipy.js.syntax.Ast.Stmt;
import io.pipy.js.syntax.Source;
import io.pipy.js.syntax.SyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * The resolver pass: builds the scope tree, declares every binding (hoisting vars and function
 * declarations), and binds every identifier reference to its declaration, marking bindings that
 * inner functions capture. Unbound names stay null: they are resolved at run time against
 * context variables and globals.
 */
final class Resolver {

  private final Source source;

  Resolver(Source source) {
    this.source = source;
  }

  private SyntaxError error(int pos, String message) {
    return new SyntaxError(source, pos, message);
  }

  // ------------------------------------------------------------------ functions

  Scope.Fn resolveFunction(Ast.Function ast, Scope outer, Scope.Fn outerFn, boolean isExpression) {
    Scope.Fn fn = new Scope.Fn(ast, outerFn);
    ast.scope = fn;
    Scope s = new Scope(Scope.Kind.FUNCTION, outer, fn);
    fn.top = s;
    List<String> paramNames = new ArrayList<>();
    for (Node p : ast.params) collectPatternNames(p, paramNames);
    for (String n : paramNames) {
      if (s.lookupOwn(n) == null) s.bindings.put(n, new Binding(n, Binding.Kind.PARAM, s));
    }
    if (ast.kind == FunctionKind.MODULE) declareImports(s, ast.body);
    List<Ident> vars = new ArrayList<>();
    for (Stmt st : ast.body) collectVars(st, vars);
    for (Ident v : vars) {
      Binding existing = s.lookupOwn(v.name);
      if (existing != null && existing.kind == Binding.Kind.IMPORT) throw error(v.pos, "Identifier '" + v.name + "' has already been declared");
      if (existing == null) {
        if (ast.kind == FunctionKind.MODULE && isFiberName(v.name)) {
          // Pipy: a module-level `var $x` is a fiber variable, one value per pipeline context.
          Binding b = new Binding(v.name, Binding.Kind.FIBER, s);
          b.slot = fiberCount++;
          s.bindings.put(v.name, b);
        } else {
          s.bindings.put(v.name, new Binding(v.name, Binding.Kind.VAR, s));
        }
      }
    }
    for (Stmt st : ast.body) {
      Stmt d = unlabel(st instanceof Export e && e.declaration != null ? e.declaration : st);
      if (d instanceof FunctionDecl fd) {
        String name = fd.bindingName();
        Binding b = s.lookupOwn(name);
        if (b != null && b.kind == Binding.Kind.IMPORT) throw error(fd.pos, "Identifier '" + name + "' has already been declared");
        if (b == null) {
          b = new Binding(name, Binding.Kind.FUNCTION, s);
          s.bindings.put(name, b);
        }
        fd.binding = b;
        s.functions.add(fd);
      }
    }
    // With default values or patterns in the parameter list, the body's lexical declarations
    // live in a scope of their own, so parameter initializers cannot see them, and parameters
    // are in their TDZ until bound (so a default may only use the parameters before it).
    Scope body = s;
    boolean simpleParams = true;
    for (Node p : ast.params) if (!(p instanceof Ident)) simpleParams = false;
    if (!simpleParams) {
      for (Binding b : s.bindings.values()) if (b.kind == Binding.Kind.PARAM) b.tdz = true;
      body = new Scope(Scope.Kind.BLOCK, s, fn);
      fn.bodyScope = body;
      body.functions.addAll(s.functions);
      s.functions.clear();
    }
    declareLexical(body, ast.body, true);
    if (!ast.strict) {
      // Annex B: a function declared in a block is also a var of the enclosing function.
      List<FunctionDecl> nested = new ArrayList<>();
      for (Stmt st : ast.body) collectBlockFunctions(st, nested, true);
      for (FunctionDecl fd : nested) {
        String n = fd.function.name;
        Binding existing = body.lookupOwn(n);
        if (existing == null) existing = s.lookupOwn(n);
        if (existing != null && (existing.isLexical() || existing.kind == Binding.Kind.PARAM || existing.kind == Binding.Kind.IMPORT)) continue;
        if (existing == null) {
          existing = new Binding(n, Binding.Kind.VAR, s);
          s.bindings.put(n, existing);
        }
        fd.annexB = existing;
      }
    }
    if (isExpression && ast.name != null && !ast.name.isEmpty() && ast.kind == FunctionKind.NORMAL
        && s.lookupOwn(ast.name) == null) {
      Binding self = new Binding(ast.name, Binding.Kind.CALLEE, s);
      s.bindings.put(ast.name, self);
      fn.self = self;
      ast.selfBinding = self;
    }
    for (Node p : ast.params) resolvePattern(p, s);
    for (Stmt st : ast.body) resolveStmt(st, body);
    return fn;
  }

  /** The number of fiber variables declared by the module resolved. */
  int fiberCount;

  /** Whether {@code name} is a fiber variable's name: {@code $} then at least one other character. */
  static boolean isFiberName(String name) {
    if (name.length() < 2 || name.charAt(0) != '$') return false;
    for (int i = 1; i < name.length(); i++) if (name.charAt(i) != '$') return true;
    return false;
  }

  /** Declares a module's import bindings: immutable, and bound to their cells at link time. */
  private void declareImports(Scope s, List<Stmt> body) {
    for (Stmt st : body) {
      if (st instanceof Export e && e.defaultValue != null) {
        e.defaultBinding = declare(s, "*default*", Binding.Kind.CONST, e.pos);
        continue;
      }
      if (!(st instanceof Import imp)) continue;
      if (imp.defaultName != null) imp.bindings.add(declareImport(s, imp, imp.defaultName, "default"));
      if (imp.namespaceName != null) imp.bindings.add(declareImport(s, imp, imp.namespaceName, null));
      for (String[] n : imp.named) imp.bindings.add(declareImport(s, imp, n[1], n[0]));
    }
  }

  private Binding declareImport(Scope s, Import imp, String local, String imported) {
    Binding b = declare(s, local, Binding.Kind.IMPORT, imp.pos);
    b.importCell = new ImportCell(imp.from, imported, local, imp.pos);
    return b;
  }

  /** The statement under any labels ({@code a: b: function f() {}} declares f). */
  private static Stmt unlabel(Stmt st) {
    while (st instanceof Labeled l) st = l.body;
    return st;
  }

  /** Declares the let/const/class (and, in blocks, function) declarations directly in {@code body}. */
  private void declareLexical(Scope s, List<Stmt> body, boolean functionTop) {
    for (Stmt st : body) {
      Stmt d = unlabel(st instanceof Export e && e.declaration != null ? e.declaration : st);
      if (d instanceof VarDecl vd && vd.kind != DeclKind.VAR) {
        List<Ident> names = new ArrayList<>();
        for (Declarator dc : vd.declarators) collectPatternIdents(dc.target, names);
        for (Ident id : names) declare(s, id.name, vd.kind == DeclKind.CONST ? Binding.Kind.CONST : Binding.Kind.LET, id.pos);
      } else if (d instanceof ClassDecl cd) {
        cd.binding = declare(s, cd.cls.name, Binding.Kind.CLASS, cd.pos);
      } else if (d instanceof FunctionDecl fd && !functionTop) {
        Binding b = s.lookupOwn(fd.function.name);
        if (b != null && b.kind != Binding.Kind.FUNCTION) throw error(fd.pos, "Identifier '" + fd.function.name + "' has already been declared");
        if (b == null) {
          b = new Binding(fd.function.name, Binding.Kind.FUNCTION, s);
          s.bindings.put(fd.function.name, b);
        }
        fd.binding = b;
        s.functions.add(fd);
        if (fd.annexB != null) {
          // Not when a let/const/class of that name sits in between (the var would be an error).
          for (Scope sc = s.parent; sc != null && sc != ((Binding) fd.annexB).scope; sc = sc.parent) {
            Binding mid = sc.lookupOwn(fd.function.name);
            if (mid != null && mid.isLexical()) {
              fd.annexB = null;
              break;
            }
          }
        }
      }
    }
  }

  private Binding declare(Scope s, String name, Binding.Kind kind, int pos) {
    Binding existing = s.lookupOwn(name);
    if (existing != null && existing.kind != Binding.Kind.CALLEE) {
      throw error(pos, "Identifier '" + name + "' has already been declared");
    }
    Binding b = new Binding(name, kind, s);
    s.bindings.put(name, b);
    return b;
  }

  /** Collects the names a pattern binds. */
  static void collectPatternNames(Node p, List<String> out) {
    List<Ident> ids = new ArrayList<>();
    collectPatternIdents(p, ids);
    for (Ident id : ids) out.add(id.name);
  }

  static void collectPatternIdents(Node p, List<Ident> out) {
    if (p instanceof Ident id) {
      out.add(id);
    } else if (p instanceof DefaultPattern d) {
      collectPatternIdents(d.target, out);
    } else if (p instanceof RestPattern r) {
      collectPatternIdents(r.target, out);
    } else if (p instanceof ArrayPattern a) {
      for (Node e : a.elements) if (e != null) collectPatternIdents(e, out);
    } else if (p instanceof ObjectPattern o) {
      for (PatternProp pp : o.props) collectPatternIdents(pp.target, out);
      if (o.rest != null) collectPatternIdents(o.rest, out);
    }
  }

  /** Collects function declarations nested in blocks (not at the top of the function), not descending into functions. */
  private void collectBlockFunctions(Stmt st, List<FunctionDecl> out, boolean top) {
    if (st instanceof FunctionDecl fd) {
      if (!top) out.add(fd);
    } else if (st instanceof Block b) {
      for (Stmt s : b.body) collectBlockFunctions(s, out, false);
    } else if (st instanceof If i) {
      collectBlockFunctions(i.then, out, false);
      if (i.otherwise != null) collectBlockFunctions(i.otherwise, out, false);
    } else if (st instanceof For f) {
      collectBlockFunctions(f.body, out, false);
    } else if (st instanceof ForInOf f) {
      collectBlockFunctions(f.body, out, false);
    } else if (st instanceof While w) {
      collectBlockFunctions(w.body, out, false);
    } else if (st instanceof DoWhile d) {
      collectBlockFunctions(d.body, out, false);
    } else if (st instanceof Try t) {
      collectBlockFunctions(t.block, out, false);
      if (t.handler != null) collectBlockFunctions(t.handler, out, false);
      if (t.finalizer != null) collectBlockFunctions(t.finalizer, out, false);
    } else if (st instanceof Switch sw) {
      for (Case c : sw.cases) for (Stmt s : c.body) collectBlockFunctions(s, out, false);
    } else if (st instanceof Labeled l) {
      collectBlockFunctions(l.body, out, top);
    }
    // (Labelled function declarations at the top are ordinary function declarations.)
  }

  /** Collects var-declared names in a statement, not descending into functions. */
  private void collectVars(Stmt st, List<Ident> out) {
    if (st instanceof VarDecl vd) {
      if (vd.kind == DeclKind.VAR) for (Declarator d : vd.declarators) collectPatternIdents(d.target, out);
    } else if (st instanceof Block b) {
      for (Stmt s : b.body) collectVars(s, out);
    } else if (st instanceof If i) {
      collectVars(i.then, out);
      if (i.otherwise != null) collectVars(i.otherwise, out);
    } else if (st instanceof For f) {
      if (f.init != null) collectVars(f.init, out);
      collectVars(f.body, out);
    } else if (st instanceof ForInOf f) {
      if (f.left instanceof VarDecl vd) collectVars(vd, out);
      collectVars(f.body, out);
    } else if (st instanceof While w) {
      collectVars(w.body, out);
    } else if (st instanceof DoWhile d) {
      collectVars(d.body, out);
    } else if (st instanceof Try t) {
      collectVars(t.block, out);
      if (t.handler != null) collectVars(t.handler, out);
      if (t.finalizer != null) collectVars(t.finalizer, out);
    } else if (st instanceof Switch sw) {
      for (Case c : sw.cases) for (Stmt s : c.body) collectVars(s, out);
    } else if (st instanceof Labeled l) {
      collectVars(l.body, out);
    } else if (st instanceof Export e && e.declaration != null) {
      collectVars(e.declaration, out);
    }
  }

  // ------------------------------------------------------------------ references

  /** Binds identifier {@code id} used in scope {@code s}. */
  private void reference(Ident id, Scope s) {
    id.binding = lookup(id.name, s, id.pos);
  }

  private Binding lookup(String name, Scope s, int pos) {
    Scope.Fn here = s.fn;
    for (Scope sc = s; sc != null; sc = sc.parent) {
      Binding b = sc.lookupOwn(name);
      if (b != null) {
        if (b.scope.fn != here) b.captured = true;
        return b;
      }
      if (name.equals("arguments") && sc.kind == Scope.Kind.FUNCTION && sc.fn.ast.kind == FunctionKind.CLASS_FIELD_INIT) {
        throw error(pos, "'arguments' is not allowed in class field initializers or static blocks");
      }
      if (name.equals("arguments") && sc.kind == Scope.Kind.FUNCTION && !sc.fn.isArrow()
          && sc.fn.ast.kind != FunctionKind.MODULE && sc.fn.ast.kind != FunctionKind.CLASS_FIELD_INIT) {
        Binding a = new Binding("arguments", Binding.Kind.ARGUMENTS, sc);
        sc.bindings.put("arguments", a);
        sc.fn.arguments = a;
        if (sc.fn != here) a.captured = true;
        return a;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ statements

  void resolveStmts(List<Stmt> body, Scope s) {
    for (Stmt st : body) resolveStmt(st, s);
  }

  void resolveStmt(Stmt st, Scope s) {
    if (st instanceof ExprStmt e) {
      resolveExpr(e.expr, s);
    } else if (st instanceof VarDecl vd) {
      for (Declarator d : vd.declarators) {
        resolvePattern(d.target, s);
        if (d.init != null) resolveExpr(d.init, s);
      }
    } else if (st instanceof FunctionDecl fd) {
      resolveFunction(fd.function, s, s.fn, false);
    } else if (st instanceof ClassDecl cd) {
      resolveClass(cd.cls, s);
    } else if (st instanceof Block b) {
      Scope bs = new Scope(Scope.Kind.BLOCK, s, s.fn);
      b.scope = bs;
      declareLexical(bs, b.body, false);
      resolveStmts(b.body, bs);
    } else if (st instanceof If i) {
      resolveExpr(i.test, s);
      resolveStmt(i.then, s);
      if (i.otherwise != null) resolveStmt(i.otherwise, s);
    } else if (st instanceof For f) {
      Scope ls = s;
      if (f.init instanceof VarDecl vd && vd.kind != DeclKind.VAR) {
        ls = new Scope(Scope.Kind.LOOP, s, s.fn);
        f.scope = ls;
        declareLexical(ls, List.of(vd), false);
      }
      if (f.init != null) resolveStmt(f.init, ls);
      if (f.test != null) resolveExpr(f.test, ls);
      if (f.update != null) resolveExpr(f.update, ls);
      resolveStmt(f.body, ls);
    } else if (st instanceof ForInOf f) {
      Scope ls = s;
      if (f.left instanceof VarDecl vd && vd.kind != DeclKind.VAR) {
        ls = new Scope(Scope.Kind.LOOP, s, s.fn);
        f.scope = ls;
        declareLexical(ls, List.of(vd), false);
      }
      // The iterated expression sees the loop's bindings in their TDZ.
      resolveExpr(f.right, ls);
      if (f.left instanceof VarDecl vd) {
        for (Declarator d : vd.declarators) {
          resolvePattern(d.target, ls);
          if (d.init != null) resolveExpr(d.init, ls);
        }
      } else {
        resolvePattern(f.left, ls);
      }
      resolveStmt(f.body, ls);
    } else if (st instanceof While w) {
      resolveExpr(w.test, s);
      resolveStmt(w.body, s);
    } else if (st instanceof DoWhile d) {
      resolveStmt(d.body, s);
      resolveExpr(d.test, s);
    } else if (st instanceof Return r) {
      if (r.value != null) resolveExpr(r.value, s);
    } else if (st instanceof Throw t) {
      resolveExpr(t.value, s);
    } else if (st instanceof Try t) {
      resolveStmt(t.block, s);
      if (t.handler != null) {
        Scope cs = s;
        if (t.param != null) {
          cs = new Scope(Scope.Kind.CATCH, s, s.fn);
          t.catchScope = cs;
          List<Ident> names = new ArrayList<>();
          collectPatternIdents(t.param, names);
          for (Ident id : names) declare(cs, id.name, Binding.Kind.CATCH, id.pos);
          resolvePattern(t.param, cs);
        }
        resolveStmt(t.handler, cs);
      }
      if (t.finalizer != null) resolveStmt(t.finalizer, s);
    } else if (st instanceof Switch sw) {
      resolveExpr(sw.discriminant, s);
      Scope bs = new Scope(Scope.Kind.BLOCK, s, s.fn);
      sw.scope = bs;
      List<Stmt> all = new ArrayList<>();
      for (Case c : sw.cases) all.addAll(c.body);
      declareLexical(bs, all, false);
      for (Case c : sw.cases) {
        if (c.test != null) resolveExpr(c.test, bs);
        resolveStmts(c.body, bs);
      }
    } else if (st instanceof Labeled l) {
      resolveStmt(l.body, s);
    } else if (st instanceof Export e) {
      if (e.declaration != null) resolveStmt(e.declaration, s);
      if (e.defaultValue != null) resolveExpr(e.defaultValue, s);
      if (e.from == null) {
        for (String[] n : e.names) {
          if (n[0] == null) continue;
          Binding b = s.lookupOwn(n[0]);
          if (b == null) throw error(e.pos, "Export '" + n[0] + "' is not defined in module");
          e.bindings.add(b);
        }
      }
    }
    // Empty, Break, Continue, Debugger, Import: nothing to resolve.
  }

  // ------------------------------------------------------------------ patterns and expressions

  void resolvePattern(Node p, Scope s) {
    if (p instanceof Ident id) {
      reference(id, s);
    } else if (p instanceof DefaultPattern d) {
      resolvePattern(d.target, s);
      resolveExpr(d.value, s);
    } else if (p instanceof RestPattern r) {
      resolvePattern(r.target, s);
    } else if (p instanceof ArrayPattern a) {
      for (Node e : a.elements) if (e != null) resolvePattern(e, s);
    } else if (p instanceof ObjectPattern o) {
      for (PatternProp pp : o.props) {
        if (pp.computedKey != null) resolveExpr(pp.computedKey, s);
        resolvePattern(pp.target, s);
      }
      if (o.rest != null) resolvePattern(o.rest, s);
    } else if (p instanceof Expr e) {
      resolveExpr(e, s);
    }
  }

  private void resolveClass(ClassDef cls, Scope s) {
    Scope cs = new Scope(Scope.Kind.CLASS, s, s.fn);
    cls.scope = cs;
    if (cls.superClass != null) resolveExpr(cls.superClass, s);
    if (cls.name != null && !cls.name.isEmpty()) {
      Binding self = new Binding(cls.name, Binding.Kind.CONST, cs);
      cs.bindings.put(cls.name, self);
      cls.selfBinding = self;
    }
    for (ClassMember m : cls.members) {
      if (m.isPrivate) {
        String key = "#" + m.key;
        Binding existing = cs.lookupOwn(key);
        boolean accessorPair = existing != null && (m.kind == MemberKind.GETTER || m.kind == MemberKind.SETTER);
        if (existing != null && !accessorPair) throw error(m.pos, "Identifier '#" + m.key + "' has already been declared");
        if (existing == null) cs.bindings.put(key, new Binding(key, Binding.Kind.PRIVATE, cs));
      }
    }
    for (ClassMember m : cls.members) {
      if (m.computedKey != null) resolveExpr(m.computedKey, cs);
      if (m.value != null) resolveFunction(m.value, cs, cs.fn, false);
    }
    if (cls.constructor != null) resolveFunction(cls.constructor, cs, cs.fn, false);
  }

  /** Binds a private name reference ({@code #x}) to its declaration in an enclosing class. */
  private void privateReference(String name, Scope s, int pos) {
    if (lookup("#" + name, s, pos) == null) throw error(pos, "Private field '#" + name + "' must be declared in an enclosing class");
  }

  void resolveExpr(Expr e, Scope s) {
    if (e == null) return;
    if (e instanceof Ident id) {
      reference(id, s);
    } else if (e instanceof Binary b) {
      resolveExpr(b.left, s);
      resolveExpr(b.right, s);
    } else if (e instanceof Logical l) {
      resolveExpr(l.left, s);
      resolveExpr(l.right, s);
    } else if (e instanceof Assign a) {
      resolvePattern(a.target, s);
      resolveExpr(a.value, s);
    } else if (e instanceof Unary u) {
      resolveExpr(u.expr, s);
    } else if (e instanceof Update u) {
      resolveExpr(u.target, s);
    } else if (e instanceof Conditional c) {
      resolveExpr(c.test, s);
      resolveExpr(c.then, s);
      resolveExpr(c.otherwise, s);
    } else if (e instanceof Sequence q) {
      for (Expr x : q.exprs) resolveExpr(x, s);
    } else if (e instanceof Member m) {
      resolveExpr(m.object, s);
    } else if (e instanceof Index i) {
      resolveExpr(i.object, s);
      resolveExpr(i.key, s);
    } else if (e instanceof PrivateIn pi) {
      resolveExpr(pi.object, s);
      privateReference(pi.name, s, pi.pos);
    } else if (e instanceof PrivateMember pm) {
      resolveExpr(pm.object, s);
      privateReference(pm.name, s, pm.pos);
    } else if (e instanceof Call c) {
      resolveExpr(c.callee, s);
      for (Expr a : c.args) resolveExpr(a, s);
    } else if (e instanceof New n) {
      resolveExpr(n.callee, s);
      for (Expr a : n.args) resolveExpr(a, s);
    } else if (e instanceof OptionalChain oc) {
      resolveExpr(oc.expr, s);
    } else if (e instanceof Spread sp) {
      resolveExpr(sp.expr, s);
    } else if (e instanceof ArrayLit a) {
      for (Expr x : a.elements) resolveExpr(x, s);
    } else if (e instanceof ObjectLit o) {
      for (Prop p : o.props) {
        if (p.computedKey != null) resolveExpr(p.computedKey, s);
        resolveExpr(p.value, s);
      }
    } else if (e instanceof FunctionExpr fe) {
      resolveFunction(fe.function, s, s.fn, true);
    } else if (e instanceof ClassExpr ce) {
      resolveClass(ce.cls, s);
    } else if (e instanceof TemplateLit t) {
      for (Expr x : t.exprs) resolveExpr(x, s);
    } else if (e instanceof TaggedTemplate tt) {
      resolveExpr(tt.tag, s);
      resolveExpr(tt.quasi, s);
    } else if (e instanceof ImportCall ic) {
      resolveExpr(ic.specifier, s);
    }
    // Literals, this, super, new.target: nothing to bind.
  }
}
