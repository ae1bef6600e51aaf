package io.pipy.js.interp;

import io.pipy.js.interp.Scope.Binding;
import io.pipy.js.runtime.Numbers;
import io.pipy.js.runtime.Ops;
import io.pipy.js.syntax.Ast;
import io.pipy.js.syntax.Ast.*;
import io.pipy.js.syntax.Source;
import io.pipy.js.syntax.SyntaxError;
import io.pipy.js.syntax.T;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a resolved syntax tree into executable nodes. Every name becomes a slot access (local,
 * captured environment at a fixed depth) or, for names the file does not declare, a
 * {@link FreeRef} resolved once at run time.
 */
public final class Compiler {

  private final Source source;
  private final ModuleScope module;

  private Compiler(Source source, ModuleScope module) {
    this.source = source;
    this.module = module;
  }

  /** A compiled file: its module function, and what it imports and exports. */
  public static final class CompiledModule {
    FunctionCode code;
    /** Export name to the environment slot of a local binding. */
    final Map<String, Object> exportedBindings;
    /** Export name to {specifier, imported name} (null imported name: the whole namespace). */
    final Map<String, String[]> indirectExports = new LinkedHashMap<>();
    /** Specifiers of {@code export * from}. */
    final List<String> starExports = new ArrayList<>();
    /** Requested specifiers, in order, with the source offset of their first request. */
    final Map<String, Integer> requests = new LinkedHashMap<>();
    final List<ImportCell> importCells = new ArrayList<>();

    CompiledModule(FunctionCode code, Map<String, Object> exportedBindings) {
      this.code = code;
      this.exportedBindings = exportedBindings;
    }

    void request(String specifier, int pos) {
      requests.putIfAbsent(specifier, pos);
    }

    /** Whether the file has import or export declarations. */
    public boolean isEsModule() {
      return !requests.isEmpty() || !exportedBindings.isEmpty() || !indirectExports.isEmpty();
    }
  }

  /** Resolves and compiles a parsed file. */
  public static CompiledModule compile(Source source, Program program, ModuleScope module) {
    Resolver resolver = new Resolver(source);
    Scope.Fn fn = resolver.resolveFunction(program.function, null, null, false);
    Compiler c = new Compiler(source, module);
    CompiledModule cm = new CompiledModule(null, new LinkedHashMap<>());
    c.moduleItems(program, fn.top, cm);
    if (module != null) module.fiberCount(resolver.fiberCount);
    FunctionCode code = c.function(program.function, null);
    code.module = true;
    cm.code = code;
    // Exported bindings live in the module environment; now that it is allocated, note their slots.
    for (Map.Entry<String, Object> e : cm.exportedBindings.entrySet()) {
      if (e.getValue() instanceof Binding b) e.setValue(b.slot);
    }
    return cm;
  }

  /**
   * Collects a module's imports and exports: the specifiers it requests, the cells its imports
   * read through, and what it exports. Exported bindings are forced into the module environment
   * so importers can read them live.
   */
  private void moduleItems(Program program, Scope top, CompiledModule cm) {
    for (Ast.Import imp : program.imports) {
      cm.request(imp.from, imp.pos);
      for (Object o : imp.bindings) cm.importCells.add(((Binding) o).importCell);
    }
    for (Export e : program.exports) {
      if (e.from != null) {
        cm.request(e.from, e.pos);
        if (e.star != null) {
          if (e.star.equals("*")) cm.starExports.add(e.from);
          else addExport(cm, e.star, new String[] {e.from, null}, e.pos);
        } else {
          for (String[] n : e.names) addExport(cm, n[1], new String[] {e.from, n[0]}, e.pos);
        }
        continue;
      }
      if (e.declaration != null) {
        List<String> names = new ArrayList<>();
        Ast.Stmt d = e.declaration;
        if (d instanceof VarDecl vd) for (Declarator dc : vd.declarators) Resolver.collectPatternNames(dc.target, names);
        else if (d instanceof FunctionDecl fd) names.add(fd.bindingName());
        else if (d instanceof ClassDecl cd) names.add(cd.cls.name);
        boolean isDefault = !e.names.isEmpty() && "default".equals(e.names.get(0)[1]);
        for (String n : names) exportLocal(cm, top, isDefault ? "default" : n, n, e.pos);
        continue;
      }
      if (e.defaultValue != null) {
        Binding b = (Binding) e.defaultBinding;
        b.captured = true;
        addExport(cm, "default", b, e.pos);
        continue;
      }
      for (String[] n : e.names) exportLocal(cm, top, n[1], n[0], e.pos);
    }
  }

  private void exportLocal(CompiledModule cm, Scope top, String exported, String local, int pos) {
    Binding b = top.lookupOwn(local);
    if (b == null) throw error(pos, "Export '" + local + "' is not defined in module");
    if (b.kind == Binding.Kind.IMPORT) {
      // Re-exporting an import: resolved through the module it came from.
      ImportCell c = b.importCell;
      addExport(cm, exported, new String[] {c.from, c.imported}, pos);
      return;
    }
    if (b.kind == Binding.Kind.FIBER) throw error(pos, "cannot export a fiber variable '" + local + "'");
    b.captured = true;
    addExport(cm, exported, b, pos);
  }

  private void addExport(CompiledModule cm, String name, Object target, int pos) {
    if (cm.exportedBindings.containsKey(name) || cm.indirectExports.containsKey(name)) {
      throw error(pos, "Duplicate export of '" + name + "'");
    }
    if (target instanceof String[] indirect) cm.indirectExports.put(name, indirect);
    else cm.exportedBindings.put(name, target);
  }

  private SyntaxError error(int pos, String message) {
    return new SyntaxError(source, pos, message);
  }

  // ------------------------------------------------------------------ functions

  private FunctionCode function(Ast.Function ast, String nameHint) {
    Scope.Fn fn = (Scope.Fn) ast.scope;
    fn.allocate();
    String name = ast.name == null || ast.name.isEmpty() ? (nameHint == null ? "" : nameHint) : ast.name;
    FunctionCode code = new FunctionCode(name, ast.kind, ast.strict, ast.length, source, ast.pos);
    code.end = ast.end;
    code.moduleScope = module;
    Scope top = fn.top;
    code.constructable = ast.kind == FunctionKind.NORMAL || ast.kind == FunctionKind.CONSTRUCTOR || ast.kind == FunctionKind.DERIVED_CONSTRUCTOR;
    code.isClassConstructor = ast.kind == FunctionKind.CONSTRUCTOR || ast.kind == FunctionKind.DERIVED_CONSTRUCTOR;
    code.isDerived = ast.kind == FunctionKind.DERIVED_CONSTRUCTOR;
    Object[] locals = new Object[fn.locals];
    Arrays.fill(locals, Ops.UNDEFINED);
    for (Scope s : fn.scopes) {
      for (Binding b : s.bindings.values()) {
        if (!b.inEnv && b.isLexical()) locals[b.slot] = Tdz.VALUE;
      }
    }
    code.localsTemplate = locals;
    code.envTemplate = top.envTemplate();
    if (fn.arguments != null) code.argumentsTarget = ref(fn.arguments, top);
    if (fn.self != null) code.selfTarget = ref(fn.self, top);
    // A sloppy function with a plain parameter list has a mapped arguments object: where each
    // parameter lives (frame slot, or -(environment slot) - 1 when captured).
    boolean plainList = true;
    for (Ast.Node p : ast.params) if (!(p instanceof Ident)) plainList = false;
    if (plainList && !ast.strict && fn.arguments != null) {
      int[] map = new int[ast.params.size()];
      for (int i = 0; i < map.length; i++) {
        Binding b = (Binding) ((Ident) ast.params.get(i)).binding;
        map[i] = b.inEnv ? -b.slot - 1 : b.slot;
      }
      code.mappedParams = map;
    }
    // Parameters: a fast path when every one is a plain uncaptured name.
    boolean simple = true;
    for (Ast.Node p : ast.params) {
      if (!(p instanceof Ident id) || ((Binding) id.binding).inEnv) simple = false;
    }
    if (simple) {
      int[] slots = new int[ast.params.size()];
      for (int i = 0; i < slots.length; i++) slots[i] = ((Binding) ((Ident) ast.params.get(i)).binding).slot;
      code.simpleParams = slots;
    } else {
      List<Stmt> binders = new ArrayList<>();
      for (int i = 0; i < ast.params.size(); i++) {
        Ast.Node p = ast.params.get(i);
        if (p instanceof RestPattern r) {
          binders.add(new ParamRest(p.pos, i, pattern(r.target, top, true)));
        } else {
          binders.add(new Param(p.pos, i, pattern(p, top, true)));
        }
      }
      code.paramBinder = new StatementNodes.Sequence(ast.pos, binders.toArray(new Stmt[0]));
    }
    code.hoisted = hoisted(top);
    Scope bodyScope = fn.bodyScope == null ? top : fn.bodyScope;
    if (ast.expressionBody && ast.body.size() == 1 && ast.body.get(0) instanceof Ast.Return r) {
      code.exprBody = expr(r.value, bodyScope);
    } else if (ast.body.size() == 1 && ast.body.get(0) instanceof Ast.Return r && r.value != null
        && ast.kind != FunctionKind.MODULE && ast.kind != FunctionKind.DERIVED_CONSTRUCTOR) {
      // { return expr; } runs as the expression itself: no statement nodes, fewer Java frames.
      code.exprBody = expr(r.value, bodyScope);
    } else if (ast.kind == FunctionKind.DERIVED_CONSTRUCTOR && ast.body.isEmpty() && ast.params.isEmpty() && ast.end < 0) {
      code.body = new FunctionNodes.DefaultDerivedBody(ast.pos);
    } else if (fn.bodyScope != null) {
      io.pipy.js.interp.Stmt[] body = stmts(ast.body, bodyScope, ast.kind == FunctionKind.MODULE);
      code.body = new StatementNodes.Block(ast.pos, bodyScope.tdzLocals(), bodyScope.envTemplate(), hoisted(bodyScope), body);
    } else {
      io.pipy.js.interp.Stmt[] body = stmts(ast.body, top, ast.kind == FunctionKind.MODULE);
      code.body = body.length == 1 ? body[0] : new StatementNodes.Sequence(ast.pos, body);
    }
    return code;
  }

  /** Binds argument {@code index} to a parameter pattern. */
  static final class Param extends io.pipy.js.interp.Stmt {
    final int index;
    final Pattern target;

    Param(int pos, int index, Pattern target) {
      super(pos);
      this.index = index;
      this.target = target;
    }

    @Override
    int exec(Frame f) {
      target.bind(f, index < f.args.length ? f.args[index] : Ops.UNDEFINED);
      return NORMAL;
    }
  }

  /** Binds the remaining arguments, as an array, to a rest parameter. */
  static final class ParamRest extends io.pipy.js.interp.Stmt {
    final int index;
    final Pattern target;

    ParamRest(int pos, int index, Pattern target) {
      super(pos);
      this.index = index;
      this.target = target;
    }

    @Override
    int exec(Frame f) {
      Object[] rest = index < f.args.length ? Arrays.copyOfRange(f.args, index, f.args.length) : Ops.NO_ARGS;
      target.bind(f, f.realm.newArray(rest));
      return NORMAL;
    }
  }

  private io.pipy.js.interp.Stmt hoisted(Scope s) {
    if (s.functions.isEmpty()) return null;
    List<io.pipy.js.interp.Stmt> out = new ArrayList<>();
    for (FunctionDecl fd : s.functions) {
      out.add(new StatementNodes.DeclareFunction(fd.pos, ref((Binding) fd.binding, s), function(fd.function, null)));
    }
    return new StatementNodes.Sequence(s.functions.get(0).pos, out.toArray(new io.pipy.js.interp.Stmt[0]));
  }

  // ------------------------------------------------------------------ references

  private static int depth(Scope site, Scope target) {
    int d = 0;
    for (Scope sc = site; sc != target; sc = sc.parent) {
      if (sc == null) throw new IllegalStateException("binding scope is not an ancestor");
      if (sc.hasEnv()) d++;
    }
    return d;
  }

  /** Bindings not stored in a frame slot or environment: a named function expression's own name, imports, fiber variables. */
  private static boolean special(Binding b) {
    return b.kind == Binding.Kind.CALLEE || b.kind == Binding.Kind.IMPORT || b.kind == Binding.Kind.FIBER;
  }

  private Ref ref(Binding b, Scope site) {
    if (b.kind == Binding.Kind.IMPORT) return new ImportRef(b.name, b.importCell);
    if (b.kind == Binding.Kind.FIBER) return new FiberRef(b.name, module, b.slot);
    boolean lexical = b.isLexical();
    boolean constant = b.isConst();
    Ref r;
    if (!b.inEnv) r = new Ref.Local(b.name, b.slot, lexical, constant);
    else r = new Ref.Captured(b.name, depth(site, b.scope), b.slot, lexical, constant);
    if (b.kind == Binding.Kind.CALLEE) r = new Ref.Callee(b.name, r, b.scope.fn.ast.strict);
    return r;
  }

  private Ref identRef(Ident id, Scope s) {
    Binding b = (Binding) id.binding;
    if (b == null) return new FreeRef(id.name, module, isStrict(s));
    return ref(b, s);
  }

  private static boolean isStrict(Scope s) {
    return s.fn.ast.strict;
  }

  private Expr readIdent(Ident id, Scope s) {
    Binding b = (Binding) id.binding;
    if (b == null) {
      if (id.name.equals("undefined")) return new GlobalConst(id.pos, "undefined", new FreeRef(id.name, module, isStrict(s)));
      return new VarNodes.RefGet(id.pos, new FreeRef(id.name, module, isStrict(s)));
    }
    if (special(b)) return new VarNodes.RefGet(id.pos, ref(b, s));
    if (!b.inEnv) {
      return b.isLexical() ? new VarNodes.LocalGetChecked(id.pos, b.slot, b.name) : new VarNodes.LocalGet(id.pos, b.slot);
    }
    return new VarNodes.EnvGet(id.pos, depth(s, b.scope), b.slot, b.name, b.isLexical());
  }

  /** {@code import.meta}: one object per file, with the file's name as {@code url}. */
  static final class ImportMeta extends Expr {
    final ModuleScope module;

    ImportMeta(int pos, ModuleScope module) {
      super(pos);
      this.module = module;
    }

    @Override
    Object eval(Frame f) {
      io.pipy.js.runtime.JsObject meta = module.importMeta;
      if (meta == null) {
        meta = new io.pipy.js.runtime.JsObject((io.pipy.js.runtime.JsObject) null);
        meta.defineOwn("url", module.file(), io.pipy.js.runtime.Shape.DEFAULT);
        module.importMeta = meta;
      }
      return meta;
    }
  }

  /** Reads of global {@code undefined}: constant unless a script shadows it on the global object. */
  static final class GlobalConst extends Expr {
    final Ref ref;

    GlobalConst(int pos, String name, Ref ref) {
      super(pos);
      this.ref = ref;
    }

    @Override
    Object eval(Frame f) {
      return ref.get(f, pos);
    }
  }

  private Expr assignIdent(Ident id, Scope s, Expr value) {
    Binding b = (Binding) id.binding;
    if (b != null && !b.isLexical() && !special(b)) {
      if (!b.inEnv) return new VarNodes.LocalSet(id.pos, b.slot, value);
      return new VarNodes.EnvSet(id.pos, depth(s, b.scope), b.slot, value);
    }
    return new VarNodes.RefSet(id.pos, identRef(id, s), value);
  }

  // ------------------------------------------------------------------ statements

  private io.pipy.js.interp.Stmt[] stmts(List<Ast.Stmt> list, Scope s, boolean completion) {
    List<io.pipy.js.interp.Stmt> out = new ArrayList<>(list.size());
    for (Ast.Stmt st : list) {
      io.pipy.js.interp.Stmt c = stmt(st, s, List.of(), completion);
      if (c != null) out.add(c);
    }
    return out.toArray(new io.pipy.js.interp.Stmt[0]);
  }

  private io.pipy.js.interp.Stmt stmt(Ast.Stmt st, Scope s, List<String> labels, boolean completion) {
    String[] labelArray = labels.toArray(new String[0]);
    if (st instanceof ExprStmt e) {
      if (!completion && e.expr instanceof Assign a && a.op == T.PLUS_ASSIGN && a.target instanceof Ident id
          && id.binding instanceof Binding b && !b.inEnv && b.kind != Binding.Kind.CALLEE
          && (!b.isLexical() || b.kind == Binding.Kind.LET)) {
        // `s += x;` on a local: the string-building fast path (see AppendToLocal).
        return new StatementNodes.ExprStmt(e.pos,
            new AssignNodes.AppendToLocal(a.pos, b.slot, expr(a.value, s), b.kind == Binding.Kind.LET ? b.name : null));
      }
      Expr x = expr(e.expr, s);
      return completion ? new StatementNodes.CompletionStmt(e.pos, x) : new StatementNodes.ExprStmt(e.pos, x);
    }
    if (st instanceof VarDecl vd) return varDecl(vd, s);
    if (st instanceof FunctionDecl fd) {
      // Hoisted; in sloppy blocks the declaration also assigns the function-level var (Annex B).
      if (fd.annexB == null) return null;
      return new StatementNodes.Declare(fd.pos, new Pattern.Variable(fd.pos, ref((Binding) fd.annexB, s), true),
          new VarNodes.RefGet(fd.pos, ref((Binding) fd.binding, s)), null);
    }
    if (st instanceof ClassDecl cd) {
      Binding b = (Binding) cd.binding;
      Expr cls = classDef(cd.cls, s, cd.cls.name);
      return new StatementNodes.Declare(cd.pos, new Pattern.Variable(cd.pos, ref(b, s), true), cls, null);
    }
    if (st instanceof Ast.Block b) {
      Scope bs = (Scope) b.scope;
      io.pipy.js.interp.Stmt[] body = stmts(b.body, bs, completion);
      int[] tdz = bs.tdzLocals();
      Object[] env = bs.envTemplate();
      io.pipy.js.interp.Stmt h = hoisted(bs);
      if (tdz.length == 0 && env == null && h == null) return new StatementNodes.Sequence(b.pos, body);
      return new StatementNodes.Block(b.pos, tdz, env, h, body);
    }
    if (st instanceof Ast.Empty || st instanceof Debugger) return new StatementNodes.Empty(st.pos);
    if (st instanceof Ast.If i) {
      return new StatementNodes.If(i.pos, expr(i.test, s), orEmpty(stmt(i.then, s, List.of(), completion), i.then.pos),
          i.otherwise == null ? null : orEmpty(stmt(i.otherwise, s, List.of(), completion), i.otherwise.pos));
    }
    if (st instanceof Ast.While w) {
      return new LoopNodes.While(w.pos, expr(w.test, s), orEmpty(stmt(w.body, s, List.of(), completion), w.pos), labelArray);
    }
    if (st instanceof Ast.DoWhile d) {
      return new LoopNodes.DoWhile(d.pos, orEmpty(stmt(d.body, s, List.of(), completion), d.pos), expr(d.test, s), labelArray);
    }
    if (st instanceof Ast.For f) {
      Scope ls = f.scope == null ? s : (Scope) f.scope;
      io.pipy.js.interp.Stmt init = f.init == null ? null : stmt(f.init, ls, List.of(), false);
      Expr test = f.test == null ? null : expr(f.test, ls);
      Expr update = f.update == null ? null : expr(f.update, ls);
      io.pipy.js.interp.Stmt body = orEmpty(stmt(f.body, ls, List.of(), completion), f.pos);
      int[] tdz = f.scope == null ? new int[0] : ls.tdzLocals();
      Object[] env = f.scope == null ? null : ls.envTemplate();
      return new LoopNodes.For(f.pos, init, test, update, body, labelArray, tdz, env);
    }
    if (st instanceof ForInOf f) return forInOf(f, s, labelArray, completion);
    if (st instanceof Ast.Return r) {
      if (s.fn.ast.kind == FunctionKind.MODULE) {
        // A top-level return ends the module with its value.
        return new ModuleReturn(r.pos, r.value == null ? null : expr(r.value, s));
      }
      return new StatementNodes.Return(r.pos, r.value == null ? null : expr(r.value, s));
    }
    if (st instanceof Ast.Break b) return new StatementNodes.Break(b.pos, b.label);
    if (st instanceof Ast.Continue c) return new StatementNodes.Continue(c.pos, c.label);
    if (st instanceof Ast.Throw t) return new StatementNodes.Throw(t.pos, expr(t.value, s));
    if (st instanceof Ast.Try t) {
      io.pipy.js.interp.Stmt block = stmt(t.block, s, List.of(), completion);
      io.pipy.js.interp.Stmt handler = null;
      Pattern param = null;
      Object[] catchEnv = null;
      int[] catchTdz = new int[0];
      if (t.handler != null) {
        Scope cs = t.catchScope == null ? s : (Scope) t.catchScope;
        if (t.param != null) {
          param = pattern(t.param, cs, true);
          catchEnv = cs.envTemplate();
          catchTdz = cs.tdzLocals();
        }
        handler = orEmpty(stmt(t.handler, cs, List.of(), completion), t.handler.pos);
      }
      io.pipy.js.interp.Stmt fin = t.finalizer == null ? null : orEmpty(stmt(t.finalizer, s, List.of(), false), t.finalizer.pos);
      return new StatementNodes.Try(t.pos, orEmpty(block, t.pos), param, catchEnv, catchTdz, handler, fin);
    }
    if (st instanceof Ast.Switch sw) {
      Scope bs = (Scope) sw.scope;
      Expr disc = expr(sw.discriminant, s);
      Expr[] tests = new Expr[sw.cases.size()];
      io.pipy.js.interp.Stmt[][] bodies = new io.pipy.js.interp.Stmt[sw.cases.size()][];
      int dflt = -1;
      for (int i = 0; i < tests.length; i++) {
        Case c = sw.cases.get(i);
        if (c.test == null) dflt = i;
        else tests[i] = expr(c.test, bs);
        bodies[i] = stmts(c.body, bs, completion);
      }
      return new StatementNodes.Switch(sw.pos, disc, tests, bodies, dflt, bs.tdzLocals(), bs.envTemplate(), hoisted(bs));
    }
    if (st instanceof Ast.Labeled l) {
      List<String> more = new ArrayList<>(labels);
      more.add(l.label);
      Ast.Stmt body = l.body;
      if (body instanceof Ast.For || body instanceof Ast.ForInOf || body instanceof Ast.While || body instanceof Ast.DoWhile
          || body instanceof Ast.Labeled) {
        io.pipy.js.interp.Stmt inner = stmt(body, s, more, completion);
        return new StatementNodes.Labeled(l.pos, l.label, inner);
      }
      return new StatementNodes.Labeled(l.pos, l.label, orEmpty(stmt(body, s, List.of(), completion), l.pos));
    }
    if (st instanceof Ast.Import imp) return new StatementNodes.Empty(imp.pos); // bound at link time
    if (st instanceof Export e) {
      if (e.declaration != null) return stmt(e.declaration, s, List.of(), completion);
      if (e.defaultValue != null) {
        Binding b = (Binding) e.defaultBinding;
        return new StatementNodes.Declare(e.pos, new Pattern.Variable(e.pos, ref(b, s), true), expr(e.defaultValue, s, "default"), null);
      }
      return new StatementNodes.Empty(e.pos);
    }
    throw error(st.pos, "unsupported statement " + st.getClass().getSimpleName());
  }

  private static io.pipy.js.interp.Stmt orEmpty(io.pipy.js.interp.Stmt s, int pos) {
    return s == null ? new StatementNodes.Empty(pos) : s;
  }

  /** A top-level {@code return}: ends the module, its value becoming the module's value. */
  static final class ModuleReturn extends io.pipy.js.interp.Stmt {
    final Expr value;

    ModuleReturn(int pos, Expr value) {
      super(pos);
      this.value = value;
    }

    @Override
    int exec(Frame f) {
      f.completion = value == null ? Ops.UNDEFINED : value.eval(f);
      f.returnValue = f.completion;
      return RETURN;
    }
  }

  private io.pipy.js.interp.Stmt varDecl(VarDecl vd, Scope s) {
    List<io.pipy.js.interp.Stmt> out = new ArrayList<>();
    for (Declarator d : vd.declarators) {
      if (d.init == null && vd.kind == DeclKind.VAR) continue;
      String nameHint = d.target instanceof Ident id ? id.name : null;
      Expr init = d.init == null ? null : expr(d.init, s, nameHint);
      out.add(new StatementNodes.Declare(d.pos, pattern(d.target, s, true), init, null));
    }
    if (out.size() == 1) return out.get(0);
    return new StatementNodes.Sequence(vd.pos, out.toArray(new io.pipy.js.interp.Stmt[0]));
  }

  private io.pipy.js.interp.Stmt forInOf(ForInOf f, Scope s, String[] labels, boolean completion) {
    Scope ls = f.scope == null ? s : (Scope) f.scope;
    Pattern target;
    if (f.left instanceof VarDecl vd) {
      Declarator d = vd.declarators.get(0);
      target = pattern(d.target, ls, true);
      if (d.init != null) {
        // for (var x = init in obj): the initializer runs once, before the loop (Annex B).
        io.pipy.js.interp.Stmt pre = new StatementNodes.Declare(d.pos, pattern(d.target, ls, true), expr(d.init, ls), null);
        io.pipy.js.interp.Stmt loop = forInOfNode(f, ls, target, labels, completion);
        return new StatementNodes.Sequence(f.pos, new io.pipy.js.interp.Stmt[] {pre, loop});
      }
    } else {
      target = pattern(f.left, ls, false);
    }
    return forInOfNode(f, ls, target, labels, completion);
  }

  private io.pipy.js.interp.Stmt forInOfNode(ForInOf f, Scope ls, Pattern target, String[] labels, boolean completion) {
    LoopNodes.Head head = new LoopNodes.Head(target, f.scope == null ? new int[0] : ls.tdzLocals(),
        f.scope == null ? null : ls.envTemplate());
    Expr right = expr(f.right, ls);
    io.pipy.js.interp.Stmt body = orEmpty(stmt(f.body, ls, List.of(), completion), f.pos);
    if (f.of) return new LoopNodes.ForOf(f.pos, head, right, body, labels);
    return new LoopNodes.ForIn(f.pos, head, right, body, labels);
  }

  // ------------------------------------------------------------------ patterns

  private Pattern pattern(Ast.Node p, Scope s, boolean init) {
    if (p instanceof Ident id) {
      Binding b = (Binding) id.binding;
      if (init && b != null && !b.inEnv && !special(b)) return new Pattern.Local(id.pos, b.slot);
      return new Pattern.Variable(id.pos, identRef(id, s), init);
    }
    if (p instanceof DefaultPattern d) {
      String hint = d.target instanceof Ident id ? id.name : null;
      return new Pattern.WithDefault(d.pos, pattern(d.target, s, init), expr(d.value, s, hint), null);
    }
    if (p instanceof ArrayPattern a) {
      List<Pattern> elems = new ArrayList<>();
      Pattern rest = null;
      for (Ast.Node e : a.elements) {
        if (e instanceof RestPattern r) rest = pattern(r.target, s, init);
        else elems.add(e == null ? null : pattern(e, s, init));
      }
      return new Pattern.ArrayDestructure(a.pos, elems.toArray(new Pattern[0]), rest);
    }
    if (p instanceof ObjectPattern o) {
      int n = o.props.size();
      String[] keys = new String[n];
      Expr[] computed = new Expr[n];
      Pattern[] targets = new Pattern[n];
      for (int i = 0; i < n; i++) {
        PatternProp pp = o.props.get(i);
        keys[i] = pp.key;
        computed[i] = pp.computedKey == null ? null : expr(pp.computedKey, s);
        targets[i] = pattern(pp.target, s, init);
      }
      return new Pattern.ObjectDestructure(o.pos, keys, computed, targets, o.rest == null ? null : pattern(o.rest, s, init));
    }
    if (p instanceof Member m) {
      return new Pattern.Property(m.pos, expr(m.object, s), new LiteralNodes.Const(m.namePos, m.name));
    }
    if (p instanceof Index i) {
      return new Pattern.Property(i.pos, expr(i.object, s), expr(i.key, s));
    }
    if (p instanceof PrivateMember pm) {
      Expr obj = expr(pm.object, s);
      Ref name = privateRef(pm.name, s, pm.pos);
      int ppos = pm.pos;
      return new Pattern.ExprTarget(pm.pos, (f, v) -> AssignNodes.writePrivate(f, obj.eval(f), name.get(f, ppos), v, ppos));
    }
    throw error(p.pos, "invalid assignment target");
  }

  private Ref privateRef(String name, Scope s, int pos) {
    for (Scope sc = s; sc != null; sc = sc.parent) {
      Binding b = sc.lookupOwn("#" + name);
      if (b != null) return ref(b, s);
    }
    throw error(pos, "Private field '#" + name + "' must be declared in an enclosing class");
  }

  // ------------------------------------------------------------------ expressions

  private Expr expr(Ast.Expr e, Scope s) {
    return expr(e, s, null);
  }

  /** Compiles {@code e}; an anonymous function or class takes {@code nameHint} as its name. */
  private Expr expr(Ast.Expr e, Scope s, String nameHint) {
    if (e instanceof NumberLit n) return new LiteralNodes.Const(n.pos, Ops.num(n.value));
    if (e instanceof StringLit str) return new LiteralNodes.Const(str.pos, str.value);
    if (e instanceof Literal l) return new LiteralNodes.Const(l.pos, l.value);
    if (e instanceof Ident id && id.name.equals("import.meta")) return new ImportMeta(id.pos, module);
    if (e instanceof Ident id) return readIdent(id, s);
    if (e instanceof TemplateLit t) {
      if (t.exprs.isEmpty()) return new LiteralNodes.Const(t.pos, t.cooked.get(0));
      Expr[] xs = new Expr[t.exprs.size()];
      for (int i = 0; i < xs.length; i++) xs[i] = expr(t.exprs.get(i), s);
      return new LiteralNodes.Template(t.pos, t.cooked.toArray(new String[0]), xs);
    }
    if (e instanceof TaggedTemplate tt) {
      Expr[] xs = new Expr[tt.quasi.exprs.size()];
      for (int i = 0; i < xs.length; i++) xs[i] = expr(tt.quasi.exprs.get(i), s);
      String[] cooked = tt.quasi.cooked.toArray(new String[0]);
      String[] raw = tt.quasi.raw.toArray(new String[0]);
      if (tt.tag instanceof Member m) {
        return new LiteralNodes.TaggedTemplate(tt.pos, null, expr(m.object, s), m.name, cooked, raw, xs);
      }
      return new LiteralNodes.TaggedTemplate(tt.pos, expr(tt.tag, s), null, null, cooked, raw, xs);
    }
    if (e instanceof RegexLit r) return new LiteralNodes.Regex(r.pos, r.pattern, r.flags);
    if (e instanceof This t) return new ThisNodes.This(t.pos, thisAccess(s));
    if (e instanceof Ast.NewTarget nt) return new ThisNodes.NewTarget(nt.pos, thisAccess(s));
    if (e instanceof ArrayLit a) {
      Expr[] elems = new Expr[a.elements.size()];
      for (int i = 0; i < elems.length; i++) {
        Ast.Expr x = a.elements.get(i);
        elems[i] = x == null ? null : expr(x, s);
      }
      return new LiteralNodes.ArrayLit(a.pos, elems);
    }
    if (e instanceof ObjectLit o) return objectLit(o, s);
    if (e instanceof FunctionExpr fe) {
      return new FunctionNodes.FunctionExpr(fe.pos, function(fe.function, nameHint));
    }
    if (e instanceof ClassExpr ce) return classDef(ce.cls, s, ce.cls.name == null || ce.cls.name.isEmpty() ? nameHint : ce.cls.name);
    if (e instanceof Spread sp) return new LiteralNodes.SpreadMarker(sp.pos, expr(sp.expr, s));
    if (e instanceof Ast.Unary u) return unary(u, s);
    if (e instanceof Ast.Update u) return update(u, s);
    if (e instanceof Ast.Binary b) return binary(b, s);
    if (e instanceof Logical l) {
      Expr left = expr(l.left, s);
      Expr right = expr(l.right, s);
      if (l.op == T.AND) return new OperatorNodes.And(l.pos, left, right);
      if (l.op == T.OR) return new OperatorNodes.Or(l.pos, left, right);
      return new OperatorNodes.Nullish(l.pos, left, right);
    }
    if (e instanceof Assign a) return assign(a, s);
    if (e instanceof Ast.Conditional c) {
      return new OperatorNodes.Conditional(c.pos, expr(c.test, s), expr(c.then, s, nameHint), expr(c.otherwise, s, nameHint));
    }
    if (e instanceof Ast.Sequence q) {
      Expr[] xs = new Expr[q.exprs.size()];
      for (int i = 0; i < xs.length; i++) xs[i] = expr(q.exprs.get(i), s);
      return new OperatorNodes.Sequence(q.pos, xs);
    }
    if (e instanceof Ast.OptionalChain oc) return new PropertyNodes.OptionalChain(oc.pos, chain(oc.expr, s, true));
    if (e instanceof Member || e instanceof Index || e instanceof Call || e instanceof PrivateMember) return chain(e, s, false);
    if (e instanceof Ast.New n) {
      Expr callee = expr(n.callee, s);
      return new CallNodes.New(n.pos, callee, args(n.args, s), describe(n.callee));
    }
    if (e instanceof PrivateIn pi) {
      return new AssignNodes.PrivateIn(pi.pos, expr(pi.object, s), privateRef(pi.name, s, pi.pos));
    }
    if (e instanceof Super) throw error(e.pos, "'super' keyword unexpected here");
    if (e instanceof ImportCall ic) throw error(ic.pos, "dynamic import() is not supported yet");
    throw error(e.pos, "unsupported expression " + e.getClass().getSimpleName());
  }

  private ThisNodes.ThisAccess thisAccess(Scope s) {
    return new ThisNodes.ThisAccess(s.fn.isArrow());
  }

  private Expr[] args(List<Ast.Expr> list, Scope s) {
    Expr[] out = new Expr[list.size()];
    for (int i = 0; i < out.length; i++) out[i] = expr(list.get(i), s);
    return out;
  }

  private static String describe(Ast.Expr e) {
    if (e instanceof Ident id) return id.name;
    if (e instanceof Member m) return describe(m.object) + "." + m.name;
    if (e instanceof This) return "this";
    if (e instanceof Call c) return describe(c.callee) + "(...)";
    if (e instanceof Index i) return describe(i.object) + "[...]";
    if (e instanceof Ast.OptionalChain oc) return describe(oc.expr);
    return "expression";
  }

  /** Members, indexes and calls; {@code inChain} when inside an optional chain. */
  private Expr chain(Ast.Expr e, Scope s, boolean inChain) {
    if (e instanceof Member m) {
      if (m.object instanceof Super) return new ThisNodes.SuperGet(m.pos, thisAccess(s), new LiteralNodes.Const(m.pos, m.name));
      return new PropertyNodes.GetNamed(m.namePos, chainPart(m.object, s, inChain), m.name, m.optional, inChain);
    }
    if (e instanceof Index i) {
      if (i.object instanceof Super) return new ThisNodes.SuperGet(i.pos, thisAccess(s), expr(i.key, s));
      return new PropertyNodes.GetIndexed(i.pos, chainPart(i.object, s, inChain), expr(i.key, s), i.optional, inChain);
    }
    if (e instanceof PrivateMember pm) {
      return new AssignNodes.PrivateGet(pm.pos, chainPart(pm.object, s, inChain), privateRef(pm.name, s, pm.pos), pm.optional, inChain);
    }
    if (e instanceof Call c) {
      Expr[] a = args(c.args, s);
      if (c.callee instanceof Super) return new CallNodes.SuperCall(c.pos, a, thisAccess(s));
      if (c.callee instanceof Member m) {
        if (m.object instanceof Super) return new ThisNodes.SuperCallMethod(c.pos, thisAccess(s), new LiteralNodes.Const(m.pos, m.name), a);
        return new CallNodes.MethodCall(m.namePos, chainPart(m.object, s, inChain), m.name, a, m.optional, c.optional, inChain, describe(m));
      }
      if (c.callee instanceof PrivateMember pm) {
        return new CallNodes.PrivateCall(c.pos, chainPart(pm.object, s, inChain), privateRef(pm.name, s, pm.pos), a,
            pm.optional, c.optional, inChain);
      }
      if (c.callee instanceof Index i) {
        if (i.object instanceof Super) return new ThisNodes.SuperCallMethod(c.pos, thisAccess(s), expr(i.key, s), a);
        return new CallNodes.IndexCall(c.pos, chainPart(i.object, s, inChain), expr(i.key, s), a, i.optional, c.optional, inChain);
      }
      if (c.callee instanceof Ast.OptionalChain oc && (oc.expr instanceof Member || oc.expr instanceof Index)) {
        // (o?.m)(): the parentheses end the chain but the call still gets o as this.
        Expr inner = chain(new Call(c.pos, oc.expr, c.args, c.optional), s, true);
        return c.optional ? inner : new CallNodes.CircuitIsNotCallable(c.pos, inner, describe(oc.expr));
      }
      return new CallNodes.Call(c.pos, chainPart(c.callee, s, inChain), a, c.optional, inChain, describe(c.callee));
    }
    return expr(e, s);
  }

  private Expr chainPart(Ast.Expr e, Scope s, boolean inChain) {
    if (inChain && (e instanceof Member || e instanceof Index || e instanceof Call || e instanceof PrivateMember)) return chain(e, s, true);
    return expr(e, s);
  }

  private Expr unary(Ast.Unary u, Scope s) {
    if (u.op == T.DELETE) {
      Ast.Expr target = u.expr instanceof Ast.OptionalChain oc ? oc.expr : u.expr;
      boolean inChain = u.expr instanceof Ast.OptionalChain;
      if (target instanceof Member m && !(m.object instanceof Super)) {
        Expr del = new OperatorNodes.DeleteProperty(u.pos, chainPart(m.object, s, inChain), new LiteralNodes.Const(m.pos, m.name), inChain, m.optional);
        return inChain ? new OperatorNodes.DeleteChain(u.pos, del) : del;
      }
      if (target instanceof Index i && !(i.object instanceof Super)) {
        Expr del = new OperatorNodes.DeleteProperty(u.pos, chainPart(i.object, s, inChain), expr(i.key, s), inChain, i.optional);
        return inChain ? new OperatorNodes.DeleteChain(u.pos, del) : del;
      }
      if (target instanceof Ident id) {
        // delete of a variable: false for declared ones; for globals, deletes the property.
        if (id.binding != null) return new OperatorNodes.DeleteOther(u.pos, null, false);
        return new DeleteGlobal(u.pos, id.name);
      }
      return new OperatorNodes.DeleteOther(u.pos, expr(u.expr, s), true);
    }
    if (u.op == T.TYPEOF && u.expr instanceof Ident id && id.binding == null && !id.name.equals("import.meta")) {
      return new OperatorNodes.TypeofFree(u.pos, new FreeRef(id.name, module, isStrict(s)));
    }
    Expr x = expr(u.expr, s);
    if (u.op == T.BANG) return new OperatorNodes.Not(u.pos, x);
    return new OperatorNodes.Unary(u.pos, u.op, x);
  }

  /** {@code delete name} for a global. */
  static final class DeleteGlobal extends Expr {
    final String name;

    DeleteGlobal(int pos, String name) {
      super(pos);
      this.name = name;
    }

    @Override
    Object eval(Frame f) {
      return f.realm.global.deleteOwn(name);
    }
  }

  private Expr update(Ast.Update u, Scope s) {
    Ast.Expr t = u.target;
    if (t instanceof Ident id) {
      Binding b = (Binding) id.binding;
      if (b != null && !b.inEnv && !b.isLexical() && !special(b)) {
        return new AssignNodes.UpdateLocal(u.pos, b.slot, u.increment, u.prefix);
      }
      return new AssignNodes.UpdateRef(u.pos, identRef(id, s), u.increment, u.prefix);
    }
    if (t instanceof Member m && !(m.object instanceof Super)) {
      return new AssignNodes.UpdateProperty(u.pos, expr(m.object, s), new LiteralNodes.Const(m.pos, m.name), u.increment, u.prefix);
    }
    if (t instanceof Index i && !(i.object instanceof Super)) {
      return new AssignNodes.UpdateProperty(u.pos, expr(i.object, s), expr(i.key, s), u.increment, u.prefix);
    }
    if (t instanceof PrivateMember pm) {
      // o.#x++ : read, bump, write.
      Expr obj = expr(pm.object, s);
      Ref name = privateRef(pm.name, s, pm.pos);
      return new PrivateUpdate(u.pos, obj, name, u.increment, u.prefix);
    }
    throw error(u.pos, "invalid update target");
  }

  static final class PrivateUpdate extends Expr {
    final Expr object;
    final Ref name;
    final boolean increment;
    final boolean prefix;

    PrivateUpdate(int pos, Expr object, Ref name, boolean increment, boolean prefix) {
      super(pos);
      this.object = object;
      this.name = name;
      this.increment = increment;
      this.prefix = prefix;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      Object pn = name.get(f, pos);
      Object old = Ops.toNumeric(AssignNodes.readPrivate(f, o, pn, pos));
      Object nv = AssignNodes.bump(old, increment);
      AssignNodes.writePrivate(f, o, pn, nv, pos);
      return prefix ? nv : old;
    }
  }

  private Expr binary(Ast.Binary b, Scope s) {
    Expr left = expr(b.left, s);
    Expr right = expr(b.right, s);
    switch (b.op) {
      case PLUS: return new OperatorNodes.Add(b.pos, left, right);
      case MINUS: return new OperatorNodes.Sub(b.pos, left, right);
      case LT: case GT: case LE: case GE: case EQ: case NE: case SEQ: case SNE:
        return new OperatorNodes.Compare(b.pos, b.op, left, right);
      default: return new OperatorNodes.Binary(b.pos, b.op, left, right);
    }
  }

  private Expr assign(Assign a, Scope s) {
    Ast.Node target = a.target;
    if (a.op == T.ASSIGN) {
      if (target instanceof Ident id) return assignIdent(id, s, expr(a.value, s, id.name));
      if (target instanceof Member m) {
        if (m.object instanceof Super) return new ThisNodes.SuperSet(a.pos, thisAccess(s), new LiteralNodes.Const(m.pos, m.name), expr(a.value, s));
        return new PropertyNodes.SetNamed(m.namePos, expr(m.object, s), m.name, expr(a.value, s));
      }
      if (target instanceof Index i) {
        if (i.object instanceof Super) return new ThisNodes.SuperSet(a.pos, thisAccess(s), expr(i.key, s), expr(a.value, s));
        return new PropertyNodes.SetIndexed(i.pos, expr(i.object, s), expr(i.key, s), expr(a.value, s));
      }
      if (target instanceof PrivateMember pm) {
        return new AssignNodes.PrivateSet(pm.pos, expr(pm.object, s), privateRef(pm.name, s, pm.pos), expr(a.value, s));
      }
      Pattern p = pattern(target, s, false);
      return new DestructuringAssign(a.pos, p, expr(a.value, s));
    }
    boolean logical = a.op == T.AND_ASSIGN || a.op == T.OR_ASSIGN || a.op == T.NULLISH_ASSIGN;
    if (target instanceof Ident id) {
      Binding b = (Binding) id.binding;
      if (logical) return new AssignNodes.LogicalRef(a.pos, identRef(id, s), a.op, expr(a.value, s), id.name);
      if (a.op == T.PLUS_ASSIGN && b != null && !b.inEnv && !b.isLexical() && !special(b)) {
        return new AssignNodes.AddToLocal(a.pos, b.slot, expr(a.value, s));
      }
      return new AssignNodes.CompoundRef(a.pos, identRef(id, s), a.op, expr(a.value, s));
    }
    if (target instanceof PrivateMember pm) {
      return new AssignNodes.PrivateCompound(a.pos, expr(pm.object, s), privateRef(pm.name, s, pm.pos), a.op, expr(a.value, s));
    }
    Expr obj;
    Expr key;
    if (target instanceof Member m && !(m.object instanceof Super)) {
      obj = expr(m.object, s);
      key = new LiteralNodes.Const(m.pos, m.name);
    } else if (target instanceof Index i && !(i.object instanceof Super)) {
      obj = expr(i.object, s);
      key = expr(i.key, s);
    } else {
      throw error(a.pos, "invalid assignment target");
    }
    if (logical) return new AssignNodes.LogicalProperty(a.pos, obj, key, a.op, expr(a.value, s));
    return new AssignNodes.CompoundProperty(a.pos, obj, key, a.op, expr(a.value, s));
  }

  /** {@code [a, b] = value}: binds, then yields the value. */
  static final class DestructuringAssign extends Expr {
    final Pattern target;
    final Expr value;

    DestructuringAssign(int pos, Pattern target, Expr value) {
      super(pos);
      this.target = target;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object v = value.eval(f);
      target.bind(f, v);
      return v;
    }
  }

  private Expr objectLit(ObjectLit o, Scope s) {
    LiteralNodes.PropInit[] props = new LiteralNodes.PropInit[o.props.size()];
    boolean sawProto = false;
    for (int i = 0; i < props.length; i++) {
      Prop p = o.props.get(i);
      switch (p.kind) {
        case SPREAD:
          props[i] = new LiteralNodes.PropInit(LiteralNodes.PropInit.SPREAD, null, null, expr(p.value, s), false, false);
          break;
        case GET: case SET: {
          int kind = p.kind == PropKind.GET ? LiteralNodes.PropInit.GETTER : LiteralNodes.PropInit.SETTER;
          props[i] = new LiteralNodes.PropInit(kind, p.key, p.computedKey == null ? null : expr(p.computedKey, s),
              expr(p.value, s, p.key), true, false);
          break;
        }
        case METHOD:
          props[i] = new LiteralNodes.PropInit(LiteralNodes.PropInit.VALUE, p.key, p.computedKey == null ? null : expr(p.computedKey, s),
              expr(p.value, s, p.key), true, p.computedKey != null);
          break;
        default: {
          if (p.computedKey == null && !p.shorthand && "__proto__".equals(p.key)) {
            if (sawProto) throw error(p.pos, "Duplicate __proto__ fields are not allowed in object literals");
            sawProto = true;
            props[i] = new LiteralNodes.PropInit(LiteralNodes.PropInit.PROTO, null, null, expr(p.value, s), false, false);
            break;
          }
          boolean anonymousFn = isAnonymousFunction(p.value);
          props[i] = new LiteralNodes.PropInit(LiteralNodes.PropInit.VALUE, p.key, p.computedKey == null ? null : expr(p.computedKey, s),
              expr(p.value, s, p.computedKey == null ? p.key : null), false, anonymousFn && p.computedKey != null);
        }
      }
    }
    return new LiteralNodes.ObjectLit(o.pos, props);
  }

  private static boolean isAnonymousFunction(Ast.Expr e) {
    if (e instanceof FunctionExpr fe) return fe.function.name == null || fe.function.name.isEmpty();
    if (e instanceof ClassExpr ce) return ce.cls.name == null || ce.cls.name.isEmpty();
    return false;
  }

  // ------------------------------------------------------------------ classes

  private Expr classDef(ClassDef cls, Scope outer, String name) {
    Scope cs = (Scope) cls.scope;
    Expr superClass = cls.superClass == null ? null : expr(cls.superClass, outer);
    FunctionCode ctor;
    if (cls.constructor != null) {
      ctor = function(cls.constructor, name);
    } else {
      FunctionKind k = cls.superClass != null ? FunctionKind.DERIVED_CONSTRUCTOR : FunctionKind.CONSTRUCTOR;
      ctor = new FunctionCode(name, k, true, 0, source, cls.pos);
      ctor.moduleScope = module;
      ctor.end = cls.pos;
      ctor.constructable = true;
      ctor.isClassConstructor = true;
      ctor.isDerived = cls.superClass != null;
      ctor.localsTemplate = new Object[0];
      ctor.simpleParams = new int[0];
      ctor.body = cls.superClass != null ? new FunctionNodes.DefaultDerivedBody(cls.pos) : new StatementNodes.Empty(cls.pos);
    }
    FunctionNodes.Member[] members = new FunctionNodes.Member[cls.members.size()];
    int[] memberPrivate = new int[members.length];
    for (int i = 0; i < members.length; i++) {
      ClassMember m = cls.members.get(i);
      int kind = switch (m.kind) {
        case METHOD -> 0;
        case GETTER -> 1;
        case SETTER -> 2;
        case FIELD -> 3;
        case STATIC_BLOCK -> 4;
      };
      FunctionCode code = m.value == null ? null : function(m.value, m.key);
      memberPrivate[i] = m.isPrivate ? ((Binding) cs.lookupOwn("#" + m.key)).slot : -1;
      members[i] = new FunctionNodes.Member(m.isStatic, kind, m.key, m.computedKey == null ? null : expr(m.computedKey, cs),
          m.isPrivate, code);
    }
    List<Integer> privSlots = new ArrayList<>();
    List<String> privNames = new ArrayList<>();
    for (Binding b : cs.bindings.values()) {
      if (b.kind == Binding.Kind.PRIVATE) {
        privSlots.add(b.slot);
        privNames.add(b.name.substring(1));
      }
    }
    int[] ps = new int[privSlots.size()];
    for (int i = 0; i < ps.length; i++) ps[i] = privSlots.get(i);
    Ref inner = cls.selfBinding == null ? null : ref((Binding) cls.selfBinding, cs);
    return new FunctionNodes.ClassDef(cls.pos, name, superClass, ctor, members, inner, cs.envTemplate(), ps,
        privNames.toArray(new String[0]), memberPrivate);
  }

  static String numberKey(double d) {
    return Numbers.toString(d);
  }
}
