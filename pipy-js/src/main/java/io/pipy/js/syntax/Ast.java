package io.pipy.js.syntax;

import java.util.List;

/**
 * The syntax tree. Plain data: the parser builds it, the resolver annotates it (the mutable
 * {@code scope}/{@code binding} fields), the compiler turns it into executable nodes.
 */
public final class Ast {

  private Ast() {
  }

  /** Every node knows where it starts in the source. */
  public abstract static class Node {
    public final int pos;

    Node(int pos) {
      this.pos = pos;
    }
  }

  // ---------------------------------------------------------------- expressions

  public abstract static class Expr extends Node {
    Expr(int pos) {
      super(pos);
    }
  }

  public static final class NumberLit extends Expr {
    public final double value;

    public NumberLit(int pos, double value) {
      super(pos);
      this.value = value;
    }
  }

  public static final class StringLit extends Expr {
    public final String value;
    /** Whether the literal used a legacy octal escape (for directive checks). */
    public final boolean legacyOctal;

    public StringLit(int pos, String value, boolean legacyOctal) {
      super(pos);
      this.value = value;
      this.legacyOctal = legacyOctal;
    }
  }

  public static final class TemplateLit extends Expr {
    /** Cooked strings; an element is null where an escape was invalid (allowed only when tagged). */
    public final List<String> cooked;
    public final List<String> raw;
    public final List<Expr> exprs;

    public TemplateLit(int pos, List<String> cooked, List<String> raw, List<Expr> exprs) {
      super(pos);
      this.cooked = cooked;
      this.raw = raw;
      this.exprs = exprs;
    }
  }

  public static final class TaggedTemplate extends Expr {
    public final Expr tag;
    public final TemplateLit quasi;

    public TaggedTemplate(int pos, Expr tag, TemplateLit quasi) {
      super(pos);
      this.tag = tag;
      this.quasi = quasi;
    }
  }

  public static final class RegexLit extends Expr {
    public final String pattern;
    public final String flags;

    public RegexLit(int pos, String pattern, String flags) {
      super(pos);
      this.pattern = pattern;
      this.flags = flags;
    }
  }

  public static final class Literal extends Expr {
    /** Boolean.TRUE, Boolean.FALSE or null. */
    public final Object value;

    public Literal(int pos, Object value) {
      super(pos);
      this.value = value;
    }
  }

  public static final class This extends Expr {
    public This(int pos) {
      super(pos);
    }
  }

  public static final class Super extends Expr {
    public Super(int pos) {
      super(pos);
    }
  }

  public static final class NewTarget extends Expr {
    public NewTarget(int pos) {
      super(pos);
    }
  }

  public static final class Ident extends Expr {
    public final String name;
    /** Set by the resolver: the declaration this name refers to, or null for a free name. */
    public Object binding;

    public Ident(int pos, String name) {
      super(pos);
      this.name = name;
    }
  }

  public static final class Spread extends Expr {
    public final Expr expr;

    public Spread(int pos, Expr expr) {
      super(pos);
      this.expr = expr;
    }
  }

  /** An array literal; a null element is a hole. */
  public static final class ArrayLit extends Expr {
    public final List<Expr> elements;

    public ArrayLit(int pos, List<Expr> elements) {
      super(pos);
      this.elements = elements;
    }
  }

  public enum PropKind { INIT, GET, SET, SPREAD, METHOD }

  public static final class Prop extends Node {
    public final PropKind kind;
    /** The key as a string when not computed. */
    public final String key;
    /** The computed key expression, or null. */
    public final Expr computedKey;
    public final Expr value;
    public final boolean shorthand;

    public Prop(int pos, PropKind kind, String key, Expr computedKey, Expr value, boolean shorthand) {
      super(pos);
      this.kind = kind;
      this.key = key;
      this.computedKey = computedKey;
      this.value = value;
      this.shorthand = shorthand;
    }
  }

  public static final class ObjectLit extends Expr {
    public final List<Prop> props;

    public ObjectLit(int pos, List<Prop> props) {
      super(pos);
      this.props = props;
    }
  }

  public static final class FunctionExpr extends Expr {
    public final Function function;

    public FunctionExpr(int pos, Function function) {
      super(pos);
      this.function = function;
    }
  }

  public static final class ClassExpr extends Expr {
    public final ClassDef cls;

    public ClassExpr(int pos, ClassDef cls) {
      super(pos);
      this.cls = cls;
    }
  }

  public static final class Unary extends Expr {
    public final T op;
    public final Expr expr;
    /** Whether it was written in parentheses (which allows it as the left operand of '**'). */
    public boolean parenthesized;

    public Unary(int pos, T op, Expr expr) {
      super(pos);
      this.op = op;
      this.expr = expr;
    }
  }

  public static final class Update extends Expr {
    public final boolean increment;
    public final boolean prefix;
    public final Expr target;

    public Update(int pos, boolean increment, boolean prefix, Expr target) {
      super(pos);
      this.increment = increment;
      this.prefix = prefix;
      this.target = target;
    }
  }

  public static final class Binary extends Expr {
    public final T op;
    public final Expr left;
    public final Expr right;

    public Binary(int pos, T op, Expr left, Expr right) {
      super(pos);
      this.op = op;
      this.left = left;
      this.right = right;
    }
  }

  /** {@code &&}, {@code ||}, {@code ??}. */
  public static final class Logical extends Expr {
    public final T op;
    public final Expr left;
    public final Expr right;

    public Logical(int pos, T op, Expr left, Expr right) {
      super(pos);
      this.op = op;
      this.left = left;
      this.right = right;
    }
  }

  /** Assignment; {@code target} is a pattern for plain '=' with destructuring. */
  public static final class Assign extends Expr {
    public final T op;
    public final Node target;
    public final Expr value;

    public Assign(int pos, T op, Node target, Expr value) {
      super(pos);
      this.op = op;
      this.target = target;
      this.value = value;
    }
  }

  public static final class Conditional extends Expr {
    public final Expr test;
    public final Expr then;
    public final Expr otherwise;

    public Conditional(int pos, Expr test, Expr then, Expr otherwise) {
      super(pos);
      this.test = test;
      this.then = then;
      this.otherwise = otherwise;
    }
  }

  public static final class Sequence extends Expr {
    public final List<Expr> exprs;

    public Sequence(int pos, List<Expr> exprs) {
      super(pos);
      this.exprs = exprs;
    }
  }

  /** {@code obj.name} or {@code obj?.name}. */
  public static final class Member extends Expr {
    public final Expr object;
    public final String name;
    public final boolean optional;
    public final int namePos;

    public Member(int pos, Expr object, String name, boolean optional, int namePos) {
      super(pos);
      this.object = object;
      this.name = name;
      this.optional = optional;
      this.namePos = namePos;
    }
  }

  /** {@code obj[key]} or {@code obj?.[key]}. */
  public static final class Index extends Expr {
    public final Expr object;
    public final Expr key;
    public final boolean optional;

    public Index(int pos, Expr object, Expr key, boolean optional) {
      super(pos);
      this.object = object;
      this.key = key;
      this.optional = optional;
    }
  }

  /** {@code obj.#name}. */
  public static final class PrivateMember extends Expr {
    public final Expr object;
    public final String name;
    public final boolean optional;

    public PrivateMember(int pos, Expr object, String name, boolean optional) {
      super(pos);
      this.object = object;
      this.name = name;
      this.optional = optional;
    }
  }

  /** {@code #name in object}: whether the object has the private member. */
  public static final class PrivateIn extends Expr {
    public final String name;
    public final Expr object;

    public PrivateIn(int pos, String name, Expr object) {
      super(pos);
      this.name = name;
      this.object = object;
    }
  }

  public static final class Call extends Expr {
    public final Expr callee;
    public final List<Expr> args;
    public final boolean optional;

    public Call(int pos, Expr callee, List<Expr> args, boolean optional) {
      super(pos);
      this.callee = callee;
      this.args = args;
      this.optional = optional;
    }
  }

  public static final class New extends Expr {
    public final Expr callee;
    public final List<Expr> args;

    public New(int pos, Expr callee, List<Expr> args) {
      super(pos);
      this.callee = callee;
      this.args = args;
    }
  }

  /** The extent of an optional chain: a {@code ?.} inside short-circuits to undefined here. */
  public static final class OptionalChain extends Expr {
    public final Expr expr;

    public OptionalChain(int pos, Expr expr) {
      super(pos);
      this.expr = expr;
    }
  }

  /** {@code import(specifier)}. */
  public static final class ImportCall extends Expr {
    public final Expr specifier;

    public ImportCall(int pos, Expr specifier) {
      super(pos);
      this.specifier = specifier;
    }
  }

  // ---------------------------------------------------------------- patterns

  /** A target with a default: {@code x = 1} inside a pattern or parameter list. */
  public static final class DefaultPattern extends Node {
    public final Node target;
    public final Expr value;

    public DefaultPattern(int pos, Node target, Expr value) {
      super(pos);
      this.target = target;
      this.value = value;
    }
  }

  /** {@code ...target} in a pattern. */
  public static final class RestPattern extends Node {
    public final Node target;

    public RestPattern(int pos, Node target) {
      super(pos);
      this.target = target;
    }
  }

  /** {@code [a, , b = 1, ...rest]}; a null element is an elision. */
  public static final class ArrayPattern extends Node {
    public final List<Node> elements;

    public ArrayPattern(int pos, List<Node> elements) {
      super(pos);
      this.elements = elements;
    }
  }

  public static final class PatternProp extends Node {
    public final String key;
    public final Expr computedKey;
    public final Node target;

    public PatternProp(int pos, String key, Expr computedKey, Node target) {
      super(pos);
      this.key = key;
      this.computedKey = computedKey;
      this.target = target;
    }
  }

  /** {@code {a, b: c, [k]: d = 1, ...rest}}. */
  public static final class ObjectPattern extends Node {
    public final List<PatternProp> props;
    public final Node rest;

    public ObjectPattern(int pos, List<PatternProp> props, Node rest) {
      super(pos);
      this.props = props;
      this.rest = rest;
    }
  }

  // ---------------------------------------------------------------- functions and classes

  public enum FunctionKind { NORMAL, ARROW, METHOD, GETTER, SETTER, CONSTRUCTOR, DERIVED_CONSTRUCTOR, CLASS_FIELD_INIT, MODULE }

  public static final class Function extends Node {
    public final String name;
    public final FunctionKind kind;
    public final List<Node> params;
    /** Statements of the body; for expression-bodied arrows, one Return. */
    public final List<Stmt> body;
    public final boolean expressionBody;
    public final boolean strict;
    /** The number of parameters before the first default or rest (the function's length). */
    public final int length;
    public final int end;
    /** Set by the resolver. */
    public Object scope;
    /** Set by the resolver for named function expressions: the binding of its own name. */
    public Object selfBinding;

    public Function(int pos, int end, String name, FunctionKind kind, List<Node> params, List<Stmt> body,
        boolean expressionBody, boolean strict, int length) {
      super(pos);
      this.end = end;
      this.name = name;
      this.kind = kind;
      this.params = params;
      this.body = body;
      this.expressionBody = expressionBody;
      this.strict = strict;
      this.length = length;
    }
  }

  public enum MemberKind { METHOD, GETTER, SETTER, FIELD, STATIC_BLOCK }

  public static final class ClassMember extends Node {
    public final MemberKind kind;
    public final boolean isStatic;
    public final String key;
    public final Expr computedKey;
    public final boolean isPrivate;
    /** The method function, or for fields the initializer wrapped in a function (may be null). */
    public final Function value;

    public ClassMember(int pos, MemberKind kind, boolean isStatic, String key, Expr computedKey, boolean isPrivate, Function value) {
      super(pos);
      this.kind = kind;
      this.isStatic = isStatic;
      this.key = key;
      this.computedKey = computedKey;
      this.isPrivate = isPrivate;
      this.value = value;
    }
  }

  public static final class ClassDef extends Node {
    public final String name;
    public final Expr superClass;
    public final Function constructor;
    public final List<ClassMember> members;
    /** Set by the resolver: the class's inner scope (binding of its own name). */
    public Object scope;
    public Object selfBinding;

    public ClassDef(int pos, String name, Expr superClass, Function constructor, List<ClassMember> members) {
      super(pos);
      this.name = name;
      this.superClass = superClass;
      this.constructor = constructor;
      this.members = members;
    }
  }

  // ---------------------------------------------------------------- statements

  public abstract static class Stmt extends Node {
    Stmt(int pos) {
      super(pos);
    }
  }

  public enum DeclKind { VAR, LET, CONST }

  public static final class Declarator extends Node {
    public final Node target;
    public final Expr init;

    public Declarator(int pos, Node target, Expr init) {
      super(pos);
      this.target = target;
      this.init = init;
    }
  }

  public static final class VarDecl extends Stmt {
    public final DeclKind kind;
    public final List<Declarator> declarators;

    public VarDecl(int pos, DeclKind kind, List<Declarator> declarators) {
      super(pos);
      this.kind = kind;
      this.declarators = declarators;
    }
  }

  public static final class FunctionDecl extends Stmt {
    public final Function function;
    public Object binding;
    /** Set by the resolver for a sloppy-mode declaration in a block: the function-level var it also assigns (Annex B). */
    public Object annexB;
    /** The variable it declares when not its name ({@code export default function () {}}), or null. */
    public String bindingOverride;

    /** The name of the variable the declaration creates. */
    public String bindingName() {
      return bindingOverride != null ? bindingOverride : function.name;
    }

    public FunctionDecl(int pos, Function function) {
      super(pos);
      this.function = function;
    }
  }

  public static final class ClassDecl extends Stmt {
    public final ClassDef cls;
    public Object binding;

    public ClassDecl(int pos, ClassDef cls) {
      super(pos);
      this.cls = cls;
    }
  }

  public static final class ExprStmt extends Stmt {
    public final Expr expr;

    public ExprStmt(int pos, Expr expr) {
      super(pos);
      this.expr = expr;
    }
  }

  public static final class Block extends Stmt {
    public final List<Stmt> body;
    public Object scope;

    public Block(int pos, List<Stmt> body) {
      super(pos);
      this.body = body;
    }
  }

  public static final class Empty extends Stmt {
    public Empty(int pos) {
      super(pos);
    }
  }

  public static final class If extends Stmt {
    public final Expr test;
    public final Stmt then;
    public final Stmt otherwise;

    public If(int pos, Expr test, Stmt then, Stmt otherwise) {
      super(pos);
      this.test = test;
      this.then = then;
      this.otherwise = otherwise;
    }
  }

  public static final class For extends Stmt {
    /** A VarDecl, an ExprStmt, or null. */
    public final Stmt init;
    public final Expr test;
    public final Expr update;
    public final Stmt body;
    public Object scope;

    public For(int pos, Stmt init, Expr test, Expr update, Stmt body) {
      super(pos);
      this.init = init;
      this.test = test;
      this.update = update;
      this.body = body;
    }
  }

  /** {@code for (left in right)} or {@code for (left of right)}; left is a VarDecl (one declarator, no init) or a target. */
  public static final class ForInOf extends Stmt {
    public final boolean of;
    public final Node left;
    public final Expr right;
    public final Stmt body;
    public Object scope;

    public ForInOf(int pos, boolean of, Node left, Expr right, Stmt body) {
      super(pos);
      this.of = of;
      this.left = left;
      this.right = right;
      this.body = body;
    }
  }

  public static final class While extends Stmt {
    public final Expr test;
    public final Stmt body;

    public While(int pos, Expr test, Stmt body) {
      super(pos);
      this.test = test;
      this.body = body;
    }
  }

  public static final class DoWhile extends Stmt {
    public final Stmt body;
    public final Expr test;

    public DoWhile(int pos, Stmt body, Expr test) {
      super(pos);
      this.body = body;
      this.test = test;
    }
  }

  public static final class Return extends Stmt {
    public final Expr value;

    public Return(int pos, Expr value) {
      super(pos);
      this.value = value;
    }
  }

  public static final class Break extends Stmt {
    public final String label;

    public Break(int pos, String label) {
      super(pos);
      this.label = label;
    }
  }

  public static final class Continue extends Stmt {
    public final String label;

    public Continue(int pos, String label) {
      super(pos);
      this.label = label;
    }
  }

  public static final class Throw extends Stmt {
    public final Expr value;

    public Throw(int pos, Expr value) {
      super(pos);
      this.value = value;
    }
  }

  public static final class Try extends Stmt {
    public final Block block;
    /** The catch parameter (identifier or pattern), or null. */
    public final Node param;
    public final Block handler;
    public final Block finalizer;
    public Object catchScope;

    public Try(int pos, Block block, Node param, Block handler, Block finalizer) {
      super(pos);
      this.block = block;
      this.param = param;
      this.handler = handler;
      this.finalizer = finalizer;
    }
  }

  public static final class Case extends Node {
    /** The test, or null for default. */
    public final Expr test;
    public final List<Stmt> body;

    public Case(int pos, Expr test, List<Stmt> body) {
      super(pos);
      this.test = test;
      this.body = body;
    }
  }

  public static final class Switch extends Stmt {
    public final Expr discriminant;
    public final List<Case> cases;
    public Object scope;

    public Switch(int pos, Expr discriminant, List<Case> cases) {
      super(pos);
      this.discriminant = discriminant;
      this.cases = cases;
    }
  }

  public static final class Labeled extends Stmt {
    public final String label;
    public final Stmt body;

    public Labeled(int pos, String label, Stmt body) {
      super(pos);
      this.label = label;
      this.body = body;
    }
  }

  public static final class Debugger extends Stmt {
    public Debugger(int pos) {
      super(pos);
    }
  }

  // ---------------------------------------------------------------- modules

  /** {@code import ... from 'x'}: the default, namespace and named bindings. */
  public static final class Import extends Stmt {
    public final String from;
    public final String defaultName;
    public final String namespaceName;
    /** Pairs: imported name, local name. */
    public final List<String[]> named;
    public final List<Object> bindings = new java.util.ArrayList<>();

    public Import(int pos, String from, String defaultName, String namespaceName, List<String[]> named) {
      super(pos);
      this.from = from;
      this.defaultName = defaultName;
      this.namespaceName = namespaceName;
      this.named = named;
    }
  }

  /**
   * An export: a declaration ({@code export const x = 1}), a default expression, a list of local
   * names ({@code export {a as b}}), or a re-export ({@code export {a} from 'm'}, {@code export * from 'm'}).
   */
  public static final class Export extends Stmt {
    /** An exported declaration, or null. */
    public final Stmt declaration;
    /** The default export expression (when not a declaration), or null. */
    public final Expr defaultValue;
    /** Pairs: local (or imported) name, exported name. */
    public final List<String[]> names;
    /** The module re-exported from, or null. */
    public final String from;
    /** For {@code export * as ns from 'm'}: the namespace name; for {@code export *}: "*". */
    public final String star;
    public Object defaultBinding;
    public final List<Object> bindings = new java.util.ArrayList<>();

    public Export(int pos, Stmt declaration, Expr defaultValue, List<String[]> names, String from, String star) {
      super(pos);
      this.declaration = declaration;
      this.defaultValue = defaultValue;
      this.names = names;
      this.from = from;
      this.star = star;
    }
  }

  /** A whole file. */
  public static final class Program extends Node {
    public final Function function;
    public final List<Import> imports;
    public final List<Export> exports;

    public Program(int pos, Function function, List<Import> imports, List<Export> exports) {
      super(pos);
      this.function = function;
      this.imports = imports;
      this.exports = exports;
    }
  }
}
