package io.pipy.js.syntax;

import io.pipy.js.syntax.Ast.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for the ECMAScript 2020 syntax that PipyJS accepts (a superset of
 * what Pipy itself parses), producing an {@link Ast}. Arrow parameters and destructuring
 * assignment targets are parsed as expressions first and converted to patterns when the
 * following token shows what they were (the "cover grammar").
 */
public final class Parser {

  private final Source source;
  private final Lexer lexer;
  private Token tok;
  private Token prev;

  /** Function-level state. */
  private boolean inFunction;
  /** Whether {@code super(...)} may appear here (derived constructors and arrows inside them). */
  private boolean superCallAllowed;
  /** Whether {@code super.x} may appear here (methods, accessors, constructors, field initializers). */
  private boolean superPropertyAllowed;
  private boolean strict;
  private int loopDepth;
  private int switchDepth;
  private final List<String> labels = new ArrayList<>();
  private final List<Boolean> labelIsLoop = new ArrayList<>();

  private final List<Import> imports = new ArrayList<>();
  private final List<Export> exports = new ArrayList<>();

  public Parser(Source source) {
    this.source = source;
    this.lexer = new Lexer(source);
    this.tok = lexer.next();
  }

  /** Parses a whole file as a module body. */
  public static Program parseProgram(Source source) {
    return new Parser(source).program();
  }

  /**
   * Parses a whole file as one expression (Pipy's {@code pipy.solve()} files, such as a bare
   * object literal), as a module body whose completion value is that expression.
   */
  public static Program parseExpressionFile(Source source) {
    return new Parser(source).expressionFile();
  }

  // ------------------------------------------------------------------ token helpers

  private SyntaxError error(int at, String message) {
    return new SyntaxError(source, at, message);
  }

  private SyntaxError unexpected() {
    if (tok.type == T.EOF) return error(tok.start, "unexpected end of input");
    String text = source.text().substring(tok.start, Math.min(tok.end, tok.start + 40));
    return error(tok.start, "unexpected token '" + text + "'");
  }

  private Token advance() {
    prev = tok;
    tok = lexer.next();
    return prev;
  }

  private boolean at(T t) {
    return tok.type == t;
  }

  private boolean eat(T t) {
    if (tok.type == t) {
      advance();
      return true;
    }
    return false;
  }

  private Token expect(T t, String what) {
    if (tok.type != t) {
      if (tok.type == T.EOF) throw error(tok.start, "unexpected end of input, expected " + what);
      String text = source.text().substring(tok.start, Math.min(tok.end, tok.start + 40));
      throw error(tok.start, "expected " + what + " but found '" + text + "'");
    }
    return advance();
  }

  private boolean atName(String name) {
    return tok.isName(name);
  }

  /** The token after the current one, without consuming anything. */
  private Token peek() {
    int save = tok.end;
    Token t = lexer.next();
    lexer.reset(save);
    return t;
  }

  private void semicolon() {
    if (eat(T.SEMI)) return;
    if (at(T.RBRACE) || at(T.EOF) || tok.newlineBefore) return;
    throw unexpected();
  }

  /** Whether the current token can be a binding identifier (names, and contextual keywords). */
  private boolean atIdentifier() {
    return tok.type == T.NAME;
  }

  private String identifier(String what) {
    if (tok.type != T.NAME) {
      if (tok.type == T.EOF) throw error(tok.start, "unexpected end of input, expected " + what);
      throw error(tok.start, "expected " + what + " but found '" + source.text().substring(tok.start, tok.end) + "'");
    }
    String name = advance().name();
    if (strict && (name.equals("eval") || name.equals("arguments")) && what.equals("a binding name")) {
      // Allowed in sloppy mode; strict code may not rebind them.
      throw error(prev.start, "cannot bind '" + name + "' in strict mode");
    }
    return name;
  }

  /** Property names may be any identifier name, reserved words included. */
  private boolean atIdentifierName() {
    return tok.type == T.NAME || tok.type.ordinal() >= T.BREAK.ordinal();
  }

  private String identifierName() {
    if (!atIdentifierName()) throw unexpected();
    Token t = advance();
    return t.value instanceof String s ? s : source.text().substring(t.start, t.end);
  }

  // ------------------------------------------------------------------ program

  private Program program() {
    int start = tok.start;
    List<Stmt> body = new ArrayList<>();
    boolean wasStrict = strict;
    directives(body);
    while (!at(T.EOF)) body.add(statementListItem(true));
    for (Prop p : coverInitialized) throw error(p.value.pos, "invalid shorthand property initializer");
    Function fn = new Function(start, source.text().length(), "(module)", FunctionKind.MODULE, List.of(), body, false, strict, 0);
    strict = wasStrict;
    return new Program(start, fn, imports, exports);
  }

  private Program expressionFile() {
    int start = tok.start;
    Expr e = expression(false);
    if (!at(T.EOF)) throw unexpected();
    for (Prop p : coverInitialized) throw error(p.value.pos, "invalid shorthand property initializer");
    List<Stmt> body = List.of(new ExprStmt(start, e));
    Function fn = new Function(start, source.text().length(), "(module)", FunctionKind.MODULE, List.of(), body, false, false, 0);
    return new Program(start, fn, imports, exports);
  }

  /** Reads a directive prologue ("use strict") into {@code body}. */
  private void directives(List<Stmt> body) {
    while (at(T.STRING)) {
      Token t = tok;
      Token next = peek();
      boolean directive = next.type == T.SEMI || next.type == T.RBRACE || next.type == T.EOF || next.newlineBefore;
      if (!directive) return;
      String raw = source.text().substring(t.start + 1, t.end - 1);
      if (raw.equals("use strict")) strict = true;
      Stmt s = statement();
      body.add(s);
      if (t.flag && strict) throw error(t.start, "octal escapes are not allowed in strict mode");
    }
  }

  // ------------------------------------------------------------------ statements

  private Stmt statementListItem(boolean topLevel) {
    switch (tok.type) {
      case FUNCTION:
        return functionDeclaration();
      case CLASS:
        return classDeclaration();
      case CONST:
        return variableStatement(DeclKind.CONST);
      case IMPORT: {
        Token next = peek();
        if (next.type == T.LPAREN || next.type == T.DOT) return expressionStatement();
        if (!topLevel) throw error(tok.start, "import declarations may only appear at the top level");
        return importDeclaration();
      }
      case EXPORT:
        if (!topLevel) throw error(tok.start, "export declarations may only appear at the top level");
        return exportDeclaration();
      case NAME:
        if (atName("let")) {
          Token next = peek();
          if (next.type == T.NAME || next.type == T.LBRACKET || next.type == T.LBRACE
              || (next.type.ordinal() >= T.BREAK.ordinal() && next.type != T.IN && next.type != T.INSTANCEOF)) {
            return variableStatement(DeclKind.LET);
          }
        }
        if (atName("async")) {
          Token next = peek();
          if (next.type == T.FUNCTION && !next.newlineBefore) throw error(tok.start, "async functions are not supported");
        }
        return statement();
      default:
        return statement();
    }
  }

  /** The number of labels directly on the statement being parsed (the last ones in {@link #labels}). */
  private int directLabels;

  private void markLoopLabels(int direct) {
    for (int i = labels.size() - direct; i < labels.size(); i++) labelIsLoop.set(i, true);
  }

  private Stmt statement() {
    int start = tok.start;
    int direct = directLabels;
    directLabels = 0;
    if (tok.type == T.FOR || tok.type == T.WHILE || tok.type == T.DO) markLoopLabels(direct);
    switch (tok.type) {
      case LBRACE:
        return block();
      case SEMI:
        advance();
        return new Empty(start);
      case VAR:
        return variableStatement(DeclKind.VAR);
      case IF:
        return ifStatement();
      case FOR:
        return forStatement();
      case WHILE: {
        advance();
        expect(T.LPAREN, "'('");
        Expr test = expression(false);
        expect(T.RPAREN, "')'");
        Stmt body = loopBody();
        return new While(start, test, body);
      }
      case DO: {
        advance();
        Stmt body = loopBody();
        expect(T.WHILE, "'while'");
        expect(T.LPAREN, "'('");
        Expr test = expression(false);
        expect(T.RPAREN, "')'");
        eat(T.SEMI); // the semicolon after do-while is always optional
        return new DoWhile(start, body, test);
      }
      case CONTINUE: {
        advance();
        String label = null;
        if (atIdentifier() && !tok.newlineBefore) {
          label = advance().name();
          int i = labels.lastIndexOf(label);
          if (i < 0 || !labelIsLoop.get(i)) throw error(prev.start, "undefined loop label '" + label + "'");
        }
        if (loopDepth == 0) throw error(start, "'continue' outside of a loop");
        semicolon();
        return new Continue(start, label);
      }
      case BREAK: {
        advance();
        String label = null;
        if (atIdentifier() && !tok.newlineBefore) {
          label = advance().name();
          if (!labels.contains(label)) throw error(prev.start, "undefined label '" + label + "'");
        } else if (loopDepth == 0 && switchDepth == 0) {
          throw error(start, "'break' outside of a loop or switch");
        }
        semicolon();
        return new Break(start, label);
      }
      case RETURN: {
        advance();
        Expr value = null;
        if (!at(T.SEMI) && !at(T.RBRACE) && !at(T.EOF) && !tok.newlineBefore) value = expression(false);
        semicolon();
        return new Return(start, value);
      }
      case THROW: {
        advance();
        if (tok.newlineBefore) throw error(tok.start, "illegal newline after throw");
        Expr value = expression(false);
        semicolon();
        return new Throw(start, value);
      }
      case TRY:
        return tryStatement();
      case SWITCH:
        return switchStatement();
      case DEBUGGER:
        advance();
        semicolon();
        return new Debugger(start);
      case WITH:
        throw error(start, "'with' is not supported");
      case FUNCTION:
        // Function declarations in statement position (if bodies, labels) are allowed in sloppy mode.
        if (strict) throw error(start, "function declarations are not allowed in this position in strict mode");
        return functionDeclaration();
      case CLASS:
        throw error(start, "class declarations are not allowed in this position");
      case CONST:
        throw error(start, "lexical declarations are not allowed in this position");
      case NAME:
        if (peek().type == T.COLON) {
          directLabels = direct;
          return labeled();
        }
        return expressionStatement();
      default:
        return expressionStatement();
    }
  }

  private Stmt labeled() {
    int start = tok.start;
    String label = advance().name();
    expect(T.COLON, "':'");
    if (labels.contains(label)) throw error(start, "label '" + label + "' is already declared");
    labels.add(label);
    labelIsLoop.add(false);
    directLabels++;
    try {
      Stmt body;
      if (at(T.FUNCTION)) {
        directLabels = 0;
        if (strict) throw error(tok.start, "labelled function declarations are not allowed in strict mode");
        body = functionDeclaration();
      } else {
        body = statement();
      }
      return new Labeled(start, label, body);
    } finally {
      labels.remove(labels.size() - 1);
      labelIsLoop.remove(labelIsLoop.size() - 1);
    }
  }

  private Stmt loopBody() {
    loopDepth++;
    // Labels directly on this loop already count as loop labels; nested statements keep them.
    try {
      return statement();
    } finally {
      loopDepth--;
    }
  }

  private Block block() {
    int start = tok.start;
    expect(T.LBRACE, "'{'");
    List<Stmt> body = new ArrayList<>();
    while (!at(T.RBRACE)) {
      if (at(T.EOF)) throw error(tok.start, "unexpected end of input, expected '}'");
      body.add(statementListItem(false));
    }
    advance();
    return new Block(start, body);
  }

  private Stmt expressionStatement() {
    int start = tok.start;
    Expr e = expression(false);
    semicolon();
    return new ExprStmt(start, e);
  }

  private VarDecl variableStatement(DeclKind kind) {
    VarDecl d = variableDeclaration(kind, false);
    for (Declarator dc : d.declarators) {
      if (dc.init == null && (kind == DeclKind.CONST || !(dc.target instanceof Ident))) {
        throw error(dc.pos, kind == DeclKind.CONST ? "missing initializer in const declaration" : "missing initializer in destructuring declaration");
      }
    }
    semicolon();
    return d;
  }

  private VarDecl variableDeclaration(DeclKind kind, boolean noIn) {
    int start = tok.start;
    advance(); // var / let / const
    List<Declarator> list = new ArrayList<>();
    do {
      int dstart = tok.start;
      if (kind != DeclKind.VAR && atName("let")) throw error(dstart, "'let' cannot be the name of a let or const declaration");
      Node target = bindingTarget();
      Expr init = null;
      if (eat(T.ASSIGN)) init = assignment(noIn);
      list.add(new Declarator(dstart, target, init));
    } while (eat(T.COMMA));
    return new VarDecl(start, kind, list);
  }

  /** A binding identifier or a destructuring pattern. */
  private Node bindingTarget() {
    int start = tok.start;
    if (at(T.LBRACKET) || at(T.LBRACE)) {
      Expr e = primary();
      return toPattern(e, true);
    }
    String name = identifier("a binding name");
    checkBindingName(start, name);
    return new Ident(start, name);
  }

  private void checkBindingName(int at, String name) {
    if (strict && (name.equals("let") || name.equals("static") || name.equals("implements") || name.equals("interface")
        || name.equals("package") || name.equals("private") || name.equals("protected") || name.equals("public") || name.equals("yield"))) {
      throw error(at, "'" + name + "' is a reserved word in strict mode");
    }
  }

  private Stmt ifStatement() {
    int start = tok.start;
    advance();
    expect(T.LPAREN, "'('");
    Expr test = expression(false);
    expect(T.RPAREN, "')'");
    Stmt then = ifBody();
    Stmt otherwise = null;
    if (eat(T.ELSE)) otherwise = ifBody();
    return new If(start, test, then, otherwise);
  }

  private Stmt ifBody() {
    if (at(T.FUNCTION) && !strict) {
      // Annex B: `if (x) function f() {}` behaves as if wrapped in a block.
      int start = tok.start;
      return new Block(start, List.of(functionDeclaration()));
    }
    return statement();
  }

  private Stmt forStatement() {
    int start = tok.start;
    advance();
    if (atName("await")) throw error(tok.start, "for-await is not supported");
    expect(T.LPAREN, "'('");
    Stmt init = null;
    Node left = null;
    if (at(T.SEMI)) {
      // no init
    } else if (at(T.VAR) || at(T.CONST) || (atName("let") && isLetDeclarationInFor())) {
      DeclKind kind = at(T.VAR) ? DeclKind.VAR : at(T.CONST) ? DeclKind.CONST : DeclKind.LET;
      VarDecl decl = variableDeclaration(kind, true);
      if ((atName("of") || at(T.IN)) && decl.declarators.size() == 1) {
        Declarator d = decl.declarators.get(0);
        boolean of = atName("of");
        if (d.init != null && (of || strict || kind != DeclKind.VAR || !(d.target instanceof Ident))) {
          throw error(d.pos, "for-" + (of ? "of" : "in") + " loop variable declaration may not have an initializer");
        }
        left = decl;
      } else {
        for (Declarator d : decl.declarators) {
          if (d.init == null && (kind == DeclKind.CONST || !(d.target instanceof Ident))) {
            throw error(d.pos, "missing initializer in declaration");
          }
        }
        init = decl;
      }
    } else {
      int estart = tok.start;
      boolean startsWithLet = atName("let");
      Expr e = expressionNoIn();
      if (atName("of") || at(T.IN)) {
        if (atName("of") && startsWithLet) throw error(estart, "the left side of for-of may not start with 'let'");
        left = toPattern(e, false);
      } else {
        init = new ExprStmt(estart, e);
      }
    }
    if (left != null) {
      boolean of = atName("of");
      advance();
      Expr right = of ? assignment(false) : expression(false);
      expect(T.RPAREN, "')'");
      Stmt body = loopBody();
      return new ForInOf(start, of, left, right, body);
    }
    expect(T.SEMI, "';'");
    Expr test = at(T.SEMI) ? null : expression(false);
    expect(T.SEMI, "';'");
    Expr update = at(T.RPAREN) ? null : expression(false);
    expect(T.RPAREN, "')'");
    Stmt body = loopBody();
    return new For(start, init, test, update, body);
  }

  private boolean isLetDeclarationInFor() {
    Token next = peek();
    return next.type == T.NAME || next.type == T.LBRACKET || next.type == T.LBRACE;
  }

  private Expr expressionNoIn() {
    int start = tok.start;
    Expr e = assignment(true);
    if (at(T.COMMA)) {
      List<Expr> list = new ArrayList<>();
      list.add(e);
      while (eat(T.COMMA)) list.add(assignment(true));
      return new Sequence(start, list);
    }
    return e;
  }

  private Stmt tryStatement() {
    int start = tok.start;
    advance();
    Block block = block();
    Node param = null;
    Block handler = null;
    Block finalizer = null;
    if (eat(T.CATCH)) {
      if (eat(T.LPAREN)) {
        param = bindingTarget();
        expect(T.RPAREN, "')'");
      }
      handler = block();
    }
    if (eat(T.FINALLY)) finalizer = block();
    if (handler == null && finalizer == null) throw error(tok.start, "missing catch or finally after try");
    return new Try(start, block, param, handler, finalizer);
  }

  private Stmt switchStatement() {
    int start = tok.start;
    advance();
    expect(T.LPAREN, "'('");
    Expr disc = expression(false);
    expect(T.RPAREN, "')'");
    expect(T.LBRACE, "'{'");
    List<Case> cases = new ArrayList<>();
    boolean seenDefault = false;
    switchDepth++;
    try {
      while (!eat(T.RBRACE)) {
        int cstart = tok.start;
        Expr test = null;
        if (eat(T.DEFAULT)) {
          if (seenDefault) throw error(cstart, "more than one default clause in switch");
          seenDefault = true;
        } else {
          expect(T.CASE, "'case'");
          test = expression(false);
        }
        expect(T.COLON, "':'");
        List<Stmt> body = new ArrayList<>();
        while (!at(T.CASE) && !at(T.DEFAULT) && !at(T.RBRACE)) {
          if (at(T.EOF)) throw error(tok.start, "unexpected end of input in switch");
          body.add(statementListItem(false));
        }
        cases.add(new Case(cstart, test, body));
      }
    } finally {
      switchDepth--;
    }
    return new Switch(start, disc, cases);
  }

  // ------------------------------------------------------------------ modules

  private Stmt importDeclaration() {
    int start = tok.start;
    advance();
    String defaultName = null;
    String namespaceName = null;
    List<String[]> named = new ArrayList<>();
    if (at(T.STRING)) {
      String from = advance().name();
      semicolon();
      Import imp = new Import(start, from, null, null, named);
      imports.add(imp);
      return imp;
    }
    if (atIdentifier()) {
      defaultName = identifier("a binding name");
      if (!eat(T.COMMA)) {
        return finishImport(start, defaultName, null, named);
      }
    }
    if (eat(T.STAR)) {
      if (!atName("as")) throw error(tok.start, "expected 'as'");
      advance();
      namespaceName = identifier("a binding name");
    } else if (eat(T.LBRACE)) {
      while (!eat(T.RBRACE)) {
        String imported = at(T.STRING) ? advance().name() : identifierName();
        String local = imported;
        if (atName("as")) {
          advance();
          local = identifier("a binding name");
        } else if (prev.type != T.NAME) {
          throw error(prev.start, "'" + imported + "' cannot be used as a binding name");
        }
        named.add(new String[] {imported, local});
        if (!at(T.RBRACE)) expect(T.COMMA, "','");
      }
    } else {
      throw unexpected();
    }
    return finishImport(start, defaultName, namespaceName, named);
  }

  private Stmt finishImport(int start, String defaultName, String namespaceName, List<String[]> named) {
    if (!atName("from")) throw error(tok.start, "expected 'from'");
    advance();
    String from = expect(T.STRING, "a module specifier").name();
    semicolon();
    Import imp = new Import(start, from, defaultName, namespaceName, named);
    imports.add(imp);
    return imp;
  }

  private Stmt exportDeclaration() {
    int start = tok.start;
    advance();
    Export exp;
    if (eat(T.DEFAULT)) {
      if (at(T.FUNCTION)) {
        int fstart = tok.start;
        Token next = peek();
        if (next.type == T.NAME || (next.type == T.STAR)) {
          exp = new Export(start, functionDeclaration(), null, List.<String[]>of(new String[] {null, "default"}), null, null);
        } else {
          // An anonymous default function is still a hoisted declaration, of a hidden variable.
          advance();
          Function fn = functionRest(fstart, "default", FunctionKind.NORMAL);
          FunctionDecl fd = new FunctionDecl(fstart, fn);
          fd.bindingOverride = "*default*";
          exp = new Export(start, fd, null, List.<String[]>of(new String[] {null, "default"}), null, null);
        }
      } else if (at(T.CLASS)) {
        Token next = peek();
        if (next.type == T.NAME && !next.isName("extends")) {
          exp = new Export(start, classDeclaration(), null, List.<String[]>of(new String[] {null, "default"}), null, null);
        } else {
          int cstart = tok.start;
          advance();
          exp = new Export(start, null, new ClassExpr(cstart, classRest(cstart, "default")), List.of(), null, null);
        }
      } else {
        Expr value = assignment(false);
        semicolon();
        exp = new Export(start, null, value, List.of(), null, null);
      }
    } else if (eat(T.STAR)) {
      String star = "*";
      if (atName("as")) {
        advance();
        star = at(T.STRING) ? advance().name() : identifierName();
      }
      if (!atName("from")) throw error(tok.start, "expected 'from'");
      advance();
      String from = expect(T.STRING, "a module specifier").name();
      semicolon();
      exp = new Export(start, null, null, List.of(), from, star);
    } else if (eat(T.LBRACE)) {
      List<String[]> names = new ArrayList<>();
      while (!eat(T.RBRACE)) {
        String local = at(T.STRING) ? advance().name() : identifierName();
        String exported = local;
        if (atName("as")) {
          advance();
          exported = at(T.STRING) ? advance().name() : identifierName();
        }
        names.add(new String[] {local, exported});
        if (!at(T.RBRACE)) expect(T.COMMA, "','");
      }
      String from = null;
      if (atName("from")) {
        advance();
        from = expect(T.STRING, "a module specifier").name();
      }
      semicolon();
      exp = new Export(start, null, null, names, from, null);
    } else if (at(T.VAR) || at(T.CONST) || atName("let")) {
      DeclKind kind = at(T.VAR) ? DeclKind.VAR : at(T.CONST) ? DeclKind.CONST : DeclKind.LET;
      VarDecl d = variableStatement(kind);
      exp = new Export(start, d, null, List.of(), null, null);
    } else if (at(T.FUNCTION)) {
      exp = new Export(start, functionDeclaration(), null, List.of(), null, null);
    } else if (at(T.CLASS)) {
      exp = new Export(start, classDeclaration(), null, List.of(), null, null);
    } else {
      throw unexpected();
    }
    exports.add(exp);
    return exp;
  }

  // ------------------------------------------------------------------ functions and classes

  private Stmt functionDeclaration() {
    int start = tok.start;
    expect(T.FUNCTION, "'function'");
    if (at(T.STAR)) throw error(tok.start, "generators are not supported");
    String name = identifier("a function name");
    Function fn = functionRest(start, name, FunctionKind.NORMAL);
    return new FunctionDecl(start, fn);
  }

  /** Parameters and body, after the name. */
  private Function functionRest(int start, String name, FunctionKind kind) {
    if (at(T.STAR)) throw error(tok.start, "generators are not supported");
    boolean savedInFunction = inFunction;
    boolean savedStrict = strict;
    int savedLoop = loopDepth;
    int savedSwitch = switchDepth;
    boolean savedSuperCall = superCallAllowed;
    boolean savedSuperProperty = superPropertyAllowed;
    List<String> savedLabels = new ArrayList<>(labels);
    List<Boolean> savedLabelLoops = new ArrayList<>(labelIsLoop);
    inFunction = true;
    loopDepth = 0;
    switchDepth = 0;
    superCallAllowed = kind == FunctionKind.DERIVED_CONSTRUCTOR;
    superPropertyAllowed = kind != FunctionKind.NORMAL;
    labels.clear();
    labelIsLoop.clear();
    try {
      expect(T.LPAREN, "'('");
      List<Node> params = new ArrayList<>();
      int length = -1;
      while (!at(T.RPAREN)) {
        int pstart = tok.start;
        if (eat(T.ELLIPSIS)) {
          Node target = bindingTarget();
          params.add(new RestPattern(pstart, target));
          if (length < 0) length = params.size() - 1;
          if (!at(T.RPAREN)) throw error(tok.start, "a rest parameter must be last");
          break;
        }
        Node target = bindingTarget();
        if (eat(T.ASSIGN)) {
          target = new DefaultPattern(pstart, target, assignment(false));
          if (length < 0) length = params.size();
        }
        params.add(target);
        if (!at(T.RPAREN)) expect(T.COMMA, "','");
      }
      advance();
      if (length < 0) length = params.size();
      if (kind == FunctionKind.GETTER && !params.isEmpty()) throw error(start, "a getter takes no parameters");
      if (kind == FunctionKind.SETTER && (params.size() != 1 || params.get(0) instanceof RestPattern)) {
        throw error(start, "a setter takes exactly one parameter");
      }
      expect(T.LBRACE, "'{'");
      List<Stmt> body = new ArrayList<>();
      int bodyStart = tok.start;
      boolean strictBefore = strict;
      directives(body);
      if (strict && !strictBefore && !simpleParams(params)) {
        throw error(bodyStart, "'use strict' is not allowed in a function with default, destructured or rest parameters");
      }
      while (!at(T.RBRACE)) {
        if (at(T.EOF)) throw error(tok.start, "unexpected end of input, expected '}'");
        body.add(statementListItem(false));
      }
      int end = tok.end;
      advance();
      if (strict) checkParams(params);
      return new Function(start, end, name, kind, params, body, false, strict, length);
    } finally {
      superCallAllowed = savedSuperCall;
      superPropertyAllowed = savedSuperProperty;
      inFunction = savedInFunction;
      strict = savedStrict;
      loopDepth = savedLoop;
      switchDepth = savedSwitch;
      labels.clear();
      labels.addAll(savedLabels);
      labelIsLoop.clear();
      labelIsLoop.addAll(savedLabelLoops);
    }
  }

  private static boolean simpleParams(List<Node> params) {
    for (Node p : params) if (!(p instanceof Ident)) return false;
    return true;
  }

  private void checkParams(List<Node> params) {
    Set<String> seen = new HashSet<>();
    for (Node p : params) collectNames(p, seen, true);
  }

  private void collectNames(Node p, Set<String> seen, boolean rejectDuplicates) {
    if (p instanceof Ident id) {
      if (!seen.add(id.name) && rejectDuplicates) throw error(id.pos, "duplicate parameter name '" + id.name + "'");
      if (id.name.equals("eval") || id.name.equals("arguments")) throw error(id.pos, "cannot bind '" + id.name + "' in strict mode");
    } else if (p instanceof DefaultPattern d) {
      collectNames(d.target, seen, rejectDuplicates);
    } else if (p instanceof RestPattern r) {
      collectNames(r.target, seen, rejectDuplicates);
    } else if (p instanceof ArrayPattern a) {
      for (Node e : a.elements) if (e != null) collectNames(e, seen, rejectDuplicates);
    } else if (p instanceof ObjectPattern o) {
      for (PatternProp pp : o.props) collectNames(pp.target, seen, rejectDuplicates);
      if (o.rest != null) collectNames(o.rest, seen, rejectDuplicates);
    }
  }

  private Stmt classDeclaration() {
    int start = tok.start;
    advance();
    String name = identifier("a class name");
    return new ClassDecl(start, classRest(start, name));
  }

  private ClassDef classRest(int start, String name) {
    boolean savedStrict = strict;
    strict = true;
    try {
      Expr superClass = null;
      if (eat(T.EXTENDS)) superClass = leftHandSide();
      expect(T.LBRACE, "'{'");
      Function ctor = null;
      List<ClassMember> members = new ArrayList<>();
      while (!eat(T.RBRACE)) {
        if (eat(T.SEMI)) continue;
        int mstart = tok.start;
        boolean isStatic = false;
        if (atName("static") && peek().type == T.LBRACE) {
          // static { ... }: runs once when the class is defined, with this = the class.
          advance();
          members.add(new ClassMember(mstart, MemberKind.STATIC_BLOCK, true, null, null, false, staticBlock(mstart)));
          continue;
        }
        if (atName("static")) {
          Token next = peek();
          if (next.type != T.LPAREN && next.type != T.ASSIGN && next.type != T.SEMI && next.type != T.RBRACE) {
            advance();
            isStatic = true;
          }
        }
        MemberKind kind = MemberKind.METHOD;
        if ((atName("get") || atName("set"))) {
          Token next = peek();
          if (next.type != T.LPAREN && next.type != T.ASSIGN && next.type != T.SEMI && next.type != T.RBRACE) {
            kind = atName("get") ? MemberKind.GETTER : MemberKind.SETTER;
            advance();
          }
        }
        if (atName("async")) {
          Token next = peek();
          if (next.type != T.LPAREN && next.type != T.ASSIGN && !next.newlineBefore) throw error(tok.start, "async methods are not supported");
        }
        if (at(T.STAR)) throw error(tok.start, "generator methods are not supported");
        String key = null;
        Expr computed = null;
        boolean isPrivate = false;
        if (at(T.PRIVATE_NAME)) {
          key = advance().name();
          isPrivate = true;
        } else if (eat(T.LBRACKET)) {
          computed = assignment(false);
          expect(T.RBRACKET, "']'");
        } else if (at(T.STRING)) {
          key = advance().name();
        } else if (at(T.NUMBER)) {
          key = io.pipy.js.runtime.Numbers.toString((Double) advance().value);
        } else {
          key = identifierName();
        }
        if (at(T.LPAREN)) {
          boolean isCtor = !isStatic && !isPrivate && computed == null && "constructor".equals(key);
          if (isCtor && kind == MemberKind.METHOD) {
            if (ctor != null) throw error(mstart, "a class may only have one constructor");
            ctor = functionRest(mstart, name, superClass != null ? FunctionKind.DERIVED_CONSTRUCTOR : FunctionKind.CONSTRUCTOR);
            continue;
          }
          if (isCtor) throw error(mstart, "the class constructor cannot be a getter or setter");
          FunctionKind fk = kind == MemberKind.GETTER ? FunctionKind.GETTER : kind == MemberKind.SETTER ? FunctionKind.SETTER : FunctionKind.METHOD;
          Function fn = functionRest(mstart, key == null ? "" : key, fk);
          members.add(new ClassMember(mstart, kind, isStatic, key, computed, isPrivate, fn));
        } else {
          if (kind != MemberKind.METHOD) throw unexpected();
          if (!isStatic && "constructor".equals(key)) throw error(mstart, "classes may not have a field named 'constructor'");
          Function init = null;
          if (eat(T.ASSIGN)) {
            int istart = tok.start;
            boolean savedIn = inFunction;
            boolean savedSuperCall = superCallAllowed;
            boolean savedSuperProperty = superPropertyAllowed;
            inFunction = true;
            superCallAllowed = false;
            superPropertyAllowed = true;
            Expr value = assignment(false);
            inFunction = savedIn;
            superCallAllowed = savedSuperCall;
            superPropertyAllowed = savedSuperProperty;
            init = new Function(istart, prev.end, key == null ? "" : key, FunctionKind.CLASS_FIELD_INIT, List.of(),
                List.of(new Return(istart, value)), true, true, 0);
          }
          semicolon();
          members.add(new ClassMember(mstart, MemberKind.FIELD, isStatic, key, computed, isPrivate, init));
        }
      }
      return new ClassDef(start, name, superClass, ctor, members);
    } finally {
      strict = savedStrict;
    }
  }

  private Function staticBlock(int start) {
    boolean savedInFunction = inFunction;
    int savedLoop = loopDepth;
    int savedSwitch = switchDepth;
    boolean savedSuperCall = superCallAllowed;
    boolean savedSuperProperty = superPropertyAllowed;
    List<String> savedLabels = new ArrayList<>(labels);
    List<Boolean> savedLabelLoops = new ArrayList<>(labelIsLoop);
    inFunction = true;
    loopDepth = 0;
    switchDepth = 0;
    superCallAllowed = false;
    superPropertyAllowed = true;
    labels.clear();
    labelIsLoop.clear();
    try {
      expect(T.LBRACE, "'{'");
      List<Stmt> body = new ArrayList<>();
      while (!at(T.RBRACE)) {
        if (at(T.EOF)) throw error(tok.start, "unexpected end of input, expected '}'");
        if (at(T.RETURN)) throw error(tok.start, "'return' is not allowed in a static initialization block");
        body.add(statementListItem(false));
      }
      int end = tok.end;
      advance();
      return new Function(start, end, "", FunctionKind.CLASS_FIELD_INIT, List.of(), body, false, true, 0);
    } finally {
      inFunction = savedInFunction;
      loopDepth = savedLoop;
      switchDepth = savedSwitch;
      superCallAllowed = savedSuperCall;
      superPropertyAllowed = savedSuperProperty;
      labels.clear();
      labels.addAll(savedLabels);
      labelIsLoop.clear();
      labelIsLoop.addAll(savedLabelLoops);
    }
  }

  // ------------------------------------------------------------------ expressions

  private Expr expression(boolean noIn) {
    int start = tok.start;
    Expr e = assignment(noIn);
    if (at(T.COMMA)) {
      List<Expr> list = new ArrayList<>();
      list.add(e);
      while (eat(T.COMMA)) list.add(assignment(noIn));
      return new Sequence(start, list);
    }
    return e;
  }

  private static boolean isAssignOp(T t) {
    return t.ordinal() >= T.ASSIGN.ordinal() && t.ordinal() <= T.NULLISH_ASSIGN.ordinal();
  }

  private Expr assignment(boolean noIn) {
    int start = tok.start;
    // Arrow functions with a single unparenthesized parameter: x => ...
    if (at(T.NAME)) {
      Token next = peek();
      if (next.type == T.ARROW && !next.newlineBefore) {
        if (atName("async")) {
          // `async => x` is an arrow with a parameter named async.
        }
        String name = advance().name();
        checkBindingName(start, name);
        return arrowBody(start, List.of(new Ident(start, name)), noIn);
      }
      if (atName("async") && (next.type == T.NAME || next.type == T.LPAREN) && !next.newlineBefore) {
        // async arrows / async function expressions are not supported; let the call parse (async(...)) stand.
        if (next.type == T.NAME) throw error(start, "async functions are not supported");
        Expr call = conditional(noIn);
        if (at(T.ARROW) && !tok.newlineBefore) throw error(start, "async functions are not supported");
        return assignmentRest(start, call, noIn);
      }
    }
    return assignmentRest(start, conditional(noIn), noIn);
  }

  /** The rest of an assignment expression whose left-hand side {@code left} has been parsed. */
  private Expr assignmentRest(int start, Expr left, boolean noIn) {
    if (left instanceof ArrowMarker m) {
      return arrowBody(start, m.params, noIn);
    }
    if (isAssignOp(tok.type)) {
      T op = advance().type;
      Node target;
      if (op == T.ASSIGN) {
        target = toPattern(left, false);
      } else {
        if (!(left instanceof Ident || left instanceof Member || left instanceof Index || left instanceof PrivateMember)) {
          throw error(left.pos, "invalid assignment target");
        }
        target = left;
      }
      checkAssignTarget(target);
      Expr value = assignment(noIn);
      return new Assign(start, op, target, value);
    }
    return left;
  }

  private void checkAssignTarget(Node target) {
    if (target instanceof Ident id && strict && (id.name.equals("eval") || id.name.equals("arguments"))) {
      throw error(id.pos, "cannot assign to '" + id.name + "' in strict mode");
    }
  }

  /** Marker produced by a parenthesized list followed by '=>'. */
  private static final class ArrowMarker extends Expr {
    final List<Node> params;

    ArrowMarker(int pos, List<Node> params) {
      super(pos);
      this.params = params;
    }
  }

  private Expr arrowBody(int start, List<Node> params, boolean noIn) {
    expect(T.ARROW, "'=>'");
    boolean savedInFunction = inFunction;
    boolean savedStrict = strict;
    int savedLoop = loopDepth;
    int savedSwitch = switchDepth;
    List<String> savedLabels = new ArrayList<>(labels);
    List<Boolean> savedLabelLoops = new ArrayList<>(labelIsLoop);
    inFunction = true;
    loopDepth = 0;
    switchDepth = 0;
    labels.clear();
    labelIsLoop.clear();
    try {
      int length = params.size();
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i) instanceof DefaultPattern || params.get(i) instanceof RestPattern) {
          length = i;
          break;
        }
      }
      Set<String> seen = new HashSet<>();
      for (Node p : params) collectArrowNames(p, seen);
      if (at(T.LBRACE)) {
        advance();
        List<Stmt> body = new ArrayList<>();
        int bodyStart = tok.start;
        boolean strictBefore = strict;
        directives(body);
        if (strict && !strictBefore && !simpleParams(params)) {
          throw error(bodyStart, "'use strict' is not allowed in a function with default, destructured or rest parameters");
        }
        while (!at(T.RBRACE)) {
          if (at(T.EOF)) throw error(tok.start, "unexpected end of input, expected '}'");
          body.add(statementListItem(false));
        }
        int end = tok.end;
        advance();
        return new FunctionExpr(start, new Function(start, end, "", FunctionKind.ARROW, params, body, false, strict, length));
      }
      int bstart = tok.start;
      Expr value = assignment(noIn);
      return new FunctionExpr(start, new Function(start, prev.end, "", FunctionKind.ARROW, params,
          List.of(new Return(bstart, value)), true, strict, length));
    } finally {
      inFunction = savedInFunction;
      strict = savedStrict;
      loopDepth = savedLoop;
      switchDepth = savedSwitch;
      labels.clear();
      labels.addAll(savedLabels);
      labelIsLoop.clear();
      labelIsLoop.addAll(savedLabelLoops);
    }
  }

  private void collectArrowNames(Node p, Set<String> seen) {
    if (p instanceof Ident id) {
      if (!seen.add(id.name)) throw error(id.pos, "duplicate parameter name '" + id.name + "'");
      if (strict && (id.name.equals("eval") || id.name.equals("arguments"))) throw error(id.pos, "cannot bind '" + id.name + "' in strict mode");
    } else if (p instanceof DefaultPattern d) {
      collectArrowNames(d.target, seen);
    } else if (p instanceof RestPattern r) {
      collectArrowNames(r.target, seen);
    } else if (p instanceof ArrayPattern a) {
      for (Node e : a.elements) if (e != null) collectArrowNames(e, seen);
    } else if (p instanceof ObjectPattern o) {
      for (PatternProp pp : o.props) collectArrowNames(pp.target, seen);
      if (o.rest != null) collectArrowNames(o.rest, seen);
    } else {
      throw error(p.pos, "invalid parameter");
    }
  }

  private Expr conditional(boolean noIn) {
    int start = tok.start;
    Expr test = binary(1, noIn);
    if (test instanceof ArrowMarker) return test;
    if (eat(T.QUESTION)) {
      Expr then = assignment(false);
      expect(T.COLON, "':'");
      Expr otherwise = assignment(noIn);
      return new Conditional(start, test, then, otherwise);
    }
    return test;
  }

  private static int precedence(T t, boolean noIn) {
    switch (t) {
      case NULLISH: return 1;
      case OR: return 2;
      case AND: return 3;
      case BAR: return 4;
      case CARET: return 5;
      case AMP: return 6;
      case EQ: case NE: case SEQ: case SNE: return 7;
      case LT: case GT: case LE: case GE: case INSTANCEOF: return 8;
      case IN: return noIn ? -1 : 8;
      case SHL: case SAR: case SHR: return 9;
      case PLUS: case MINUS: return 10;
      case STAR: case SLASH: case PERCENT: return 11;
      case STARSTAR: return 12;
      default: return -1;
    }
  }

  private Expr binary(int minPrec, boolean noIn) {
    int start = tok.start;
    if (at(T.PRIVATE_NAME) && !noIn && minPrec <= 8) {
      // #x in obj
      String name = advance().name();
      if (!at(T.IN)) throw error(start, "unexpected private name '#" + name + "'");
      advance();
      Expr right = binary(9, noIn);
      return binaryRest(start, new PrivateIn(start, name, right), minPrec, noIn);
    }
    Expr left = unary();
    if (left instanceof ArrowMarker) return left;
    return binaryRest(start, left, minPrec, noIn);
  }

  private Expr binaryRest(int start, Expr left, int minPrec, boolean noIn) {
    while (true) {
      T op = tok.type;
      int prec = precedence(op, noIn);
      if (prec < 0 || prec < minPrec) return left;
      if (op == T.STARSTAR && left instanceof Unary u && !u.parenthesized) {
        throw error(left.pos, "unary expressions cannot be the left operand of '**'; use parentheses");
      }
      advance();
      // '**' is right-associative: its right operand may itself contain '**'.
      Expr right = binary(op == T.STARSTAR ? prec : prec + 1, noIn);
      if (right instanceof ArrowMarker) throw error(right.pos, "unexpected arrow function");
      if (op == T.AND || op == T.OR || op == T.NULLISH) {
        checkNullishMix(op, left, right);
        left = new Logical(start, op, left, right);
      } else {
        left = new Binary(start, op, left, right);
      }
    }
  }

  private void checkNullishMix(T op, Expr left, Expr right) {
    for (Expr e : new Expr[] {left, right}) {
      if (e instanceof Logical l && !parenthesized.contains(e)) {
        boolean mixes = (op == T.NULLISH) != (l.op == T.NULLISH);
        if (mixes) throw error(e.pos, "cannot mix '??' with '&&' or '||' without parentheses");
      }
    }
  }

  /** Expressions that were written in parentheses (for '??' mixing and '**' checks). */
  private final Set<Expr> parenthesized = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private Expr unary() {
    int start = tok.start;
    switch (tok.type) {
      case BANG: case TILDE: case PLUS: case MINUS: case TYPEOF: case VOID: case DELETE: {
        T op = advance().type;
        Expr e = unary();
        if (e instanceof ArrowMarker) throw error(e.pos, "unexpected arrow function");
        if (op == T.DELETE && strict && e instanceof Ident) throw error(start, "cannot delete an unqualified name in strict mode");
        if (op == T.DELETE && e instanceof PrivateMember) throw error(start, "private fields cannot be deleted");
        return new Unary(start, op, e);
      }
      case INC: case DEC: {
        boolean inc = advance().type == T.INC;
        Expr e = unary();
        checkUpdateTarget(e);
        return new Update(start, inc, true, e);
      }
      default:
        break;
    }
    Expr e = postfix();
    return e;
  }

  private void checkUpdateTarget(Expr e) {
    if (!(e instanceof Ident || e instanceof Member || e instanceof Index || e instanceof PrivateMember)) {
      throw error(e.pos, "invalid update target");
    }
    checkAssignTarget(e);
  }

  private Expr postfix() {
    int start = tok.start;
    Expr e = leftHandSide();
    if (e instanceof ArrowMarker) return e;
    if ((at(T.INC) || at(T.DEC)) && !tok.newlineBefore) {
      boolean inc = advance().type == T.INC;
      checkUpdateTarget(e);
      return new Update(start, inc, false, e);
    }
    return e;
  }

  private Expr leftHandSide() {
    int start = tok.start;
    Expr e;
    if (at(T.NEW)) {
      e = newExpression();
    } else if (at(T.SUPER)) {
      advance();
      e = new Super(start);
      if (!at(T.LPAREN) && !at(T.DOT) && !at(T.LBRACKET)) throw error(start, "'super' must be called or accessed");
      if (at(T.LPAREN) && !superCallAllowed) throw error(start, "'super' calls are only allowed in constructors of derived classes");
      if (!at(T.LPAREN) && !superPropertyAllowed) throw error(start, "'super' properties are only allowed in methods");
    } else if (at(T.IMPORT)) {
      advance();
      if (eat(T.DOT)) {
        if (!atName("meta")) throw unexpected();
        advance();
        e = new Ident(start, "import.meta");
      } else {
        expect(T.LPAREN, "'('");
        Expr spec = assignment(false);
        expect(T.RPAREN, "')'");
        e = new ImportCall(start, spec);
      }
    } else {
      e = primary();
      if (e instanceof ArrowMarker) return e;
    }
    return callTail(start, e, false);
  }

  private Expr newExpression() {
    int start = tok.start;
    advance();
    if (eat(T.DOT)) {
      if (!atName("target")) throw unexpected();
      advance();
      if (!inFunction) throw error(start, "new.target outside of a function");
      return new NewTarget(start);
    }
    Expr callee;
    if (at(T.NEW)) callee = newExpression();
    else if (at(T.SUPER)) throw error(tok.start, "'new super' is not allowed");
    else if (at(T.IMPORT)) throw error(tok.start, "cannot use new with import");
    else callee = primary();
    if (callee instanceof ArrowMarker) throw error(callee.pos, "unexpected arrow function");
    // Member accesses bind tighter than new; calls do not.
    callee = callTail(start, callee, true);
    if (at(T.OPTCHAIN)) throw error(tok.start, "invalid optional chain from new expression");
    List<Expr> args = at(T.LPAREN) ? arguments() : List.of();
    return new New(start, callee, args);
  }

  /** Member accesses, calls, optional chains and tagged templates after a primary expression. */
  private Expr callTail(int start, Expr e, boolean noCalls) {
    boolean inOptionalChain = false;
    while (true) {
      if (at(T.DOT)) {
        advance();
        if (at(T.PRIVATE_NAME)) {
          e = new PrivateMember(start, e, advance().name(), false);
        } else {
          int npos = tok.start;
          e = new Member(start, e, identifierName(), false, npos);
        }
      } else if (at(T.LBRACKET)) {
        advance();
        Expr key = expression(false);
        expect(T.RBRACKET, "']'");
        e = new Index(start, e, key, false);
      } else if (at(T.TEMPLATE)) {
        if (inOptionalChain) throw error(tok.start, "tagged templates cannot be used in optional chains");
        e = new TaggedTemplate(start, e, template(true));
      } else if (at(T.LPAREN) && !noCalls) {
        e = new Call(start, e, arguments(), false);
      } else if (at(T.OPTCHAIN) && !noCalls) {
        advance();
        inOptionalChain = true;
        if (at(T.LPAREN)) {
          e = new Call(start, e, arguments(), true);
        } else if (at(T.LBRACKET)) {
          advance();
          Expr key = expression(false);
          expect(T.RBRACKET, "']'");
          e = new Index(start, e, key, true);
        } else if (at(T.PRIVATE_NAME)) {
          e = new PrivateMember(start, e, advance().name(), true);
        } else {
          int npos = tok.start;
          e = new Member(start, e, identifierName(), true, npos);
        }
      } else {
        break;
      }
    }
    return inOptionalChain ? new OptionalChain(start, e) : e;
  }

  private List<Expr> arguments() {
    expect(T.LPAREN, "'('");
    List<Expr> args = new ArrayList<>();
    while (!at(T.RPAREN)) {
      int start = tok.start;
      if (eat(T.ELLIPSIS)) args.add(new Spread(start, assignment(false)));
      else args.add(assignment(false));
      if (!at(T.RPAREN)) expect(T.COMMA, "','");
    }
    advance();
    return args;
  }

  private Expr primary() {
    int start = tok.start;
    switch (tok.type) {
      case NUMBER: {
        Token t = advance();
        if (t.flag && strict) throw error(start, "octal literals are not allowed in strict mode");
        return new NumberLit(start, (Double) t.value);
      }
      case STRING: {
        Token t = advance();
        if (t.flag && strict) throw error(start, "octal escapes are not allowed in strict mode");
        return new StringLit(start, t.name(), t.flag);
      }
      case TEMPLATE:
        return template(false);
      case SLASH: case SLASH_ASSIGN: {
        Token re = lexer.rescanRegex(tok);
        tok = re;
        advance();
        return new RegexLit(start, (String) re.value, re.raw);
      }
      case TRUE:
        advance();
        return new Literal(start, Boolean.TRUE);
      case FALSE:
        advance();
        return new Literal(start, Boolean.FALSE);
      case NULL:
        advance();
        return new Literal(start, null);
      case THIS:
        advance();
        return new This(start);
      case NAME: {
        String name = advance().name();
        return new Ident(start, name);
      }
      case LBRACKET:
        return arrayLiteral();
      case LBRACE:
        return objectLiteral();
      case FUNCTION: {
        advance();
        if (at(T.STAR)) throw error(tok.start, "generators are not supported");
        String name = atIdentifier() ? identifier("a function name") : "";
        Function fn = functionRest(start, name, FunctionKind.NORMAL);
        return new FunctionExpr(start, fn);
      }
      case CLASS: {
        advance();
        String name = atIdentifier() && !atName("extends") ? identifier("a class name") : "";
        return new ClassExpr(start, classRest(start, name));
      }
      case LPAREN:
        return parenthesized();
      default:
        throw unexpected();
    }
  }

  private Expr parenthesized() {
    int start = tok.start;
    advance();
    if (at(T.RPAREN)) {
      advance();
      if (!at(T.ARROW) || tok.newlineBefore) throw error(start, "empty parentheses are only allowed before '=>'");
      return new ArrowMarker(start, List.of());
    }
    List<Expr> items = new ArrayList<>();
    Expr rest = null;
    boolean trailingComma = false;
    while (true) {
      int istart = tok.start;
      if (eat(T.ELLIPSIS)) {
        Node target = bindingTarget();
        rest = new Spread(istart, (Expr) (target instanceof Expr ex ? ex : new PatternHolder(istart, target)));
        if (!at(T.RPAREN)) throw error(tok.start, "a rest parameter must be last");
        break;
      }
      items.add(assignment(false));
      if (at(T.COMMA)) {
        advance();
        if (at(T.RPAREN)) {
          trailingComma = true;
          break;
        }
        continue;
      }
      break;
    }
    expect(T.RPAREN, "')'");
    if (at(T.ARROW) && !tok.newlineBefore) {
      List<Node> params = new ArrayList<>();
      for (Expr item : items) params.add(toPattern(item, true));
      if (rest != null) {
        Expr r = ((Spread) rest).expr;
        params.add(new RestPattern(r.pos, r instanceof PatternHolder ph ? ph.pattern : toPattern(r, true)));
      }
      return new ArrowMarker(start, params);
    }
    if (rest != null || trailingComma) throw error(start, "invalid parenthesized expression");
    Expr e = items.size() == 1 ? items.get(0) : new Sequence(start, items);
    if (e instanceof Unary u) u.parenthesized = true;
    parenthesized.add(e);
    return e;
  }

  /** Carries a binding pattern through expression-typed slots during arrow parsing. */
  private static final class PatternHolder extends Expr {
    final Node pattern;

    PatternHolder(int pos, Node pattern) {
      super(pos);
      this.pattern = pattern;
    }
  }

  private Expr arrayLiteral() {
    int start = tok.start;
    advance();
    List<Expr> elements = new ArrayList<>();
    while (!at(T.RBRACKET)) {
      if (at(T.COMMA)) {
        advance();
        elements.add(null);
        continue;
      }
      int estart = tok.start;
      Expr el = eat(T.ELLIPSIS) ? new Spread(estart, assignment(false)) : assignment(false);
      elements.add(el);
      if (!at(T.RBRACKET)) {
        expect(T.COMMA, "','");
        if (el instanceof Spread) spreadsWithComma.add(el);
      }
    }
    advance();
    return new ArrayLit(start, elements);
  }

  /** Spread elements followed by a comma: they cannot become rest elements. */
  private final Set<Expr> spreadsWithComma = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Shorthand properties with an initializer ({a = 1}), valid only when the literal becomes a pattern. */
  private final Set<Prop> coverInitialized = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private Expr objectLiteral() {
    int start = tok.start;
    advance();
    List<Prop> props = new ArrayList<>();
    while (!at(T.RBRACE)) {
      props.add(property());
      if (!at(T.RBRACE)) expect(T.COMMA, "','");
    }
    advance();
    return new ObjectLit(start, props);
  }

  private Prop property() {
    int start = tok.start;
    if (eat(T.ELLIPSIS)) return new Prop(start, PropKind.SPREAD, null, null, assignment(false), false);
    if (at(T.STAR)) throw error(tok.start, "generator methods are not supported");
    PropKind kind = PropKind.INIT;
    if (atName("get") || atName("set")) {
      Token next = peek();
      if (next.type != T.COLON && next.type != T.LPAREN && next.type != T.COMMA && next.type != T.RBRACE && next.type != T.ASSIGN) {
        kind = atName("get") ? PropKind.GET : PropKind.SET;
        advance();
      }
    }
    if (atName("async")) {
      Token next = peek();
      if (next.type != T.COLON && next.type != T.LPAREN && next.type != T.COMMA && next.type != T.RBRACE && next.type != T.ASSIGN && !next.newlineBefore) {
        throw error(tok.start, "async methods are not supported");
      }
    }
    String key = null;
    Expr computed = null;
    boolean identifierKey = false;
    int keyPos = tok.start;
    if (eat(T.LBRACKET)) {
      computed = assignment(false);
      expect(T.RBRACKET, "']'");
    } else if (at(T.STRING)) {
      key = advance().name();
    } else if (at(T.NUMBER)) {
      key = io.pipy.js.runtime.Numbers.toString((Double) advance().value);
    } else {
      identifierKey = tok.type == T.NAME;
      key = identifierName();
    }
    if (kind == PropKind.GET || kind == PropKind.SET) {
      FunctionKind fk = kind == PropKind.GET ? FunctionKind.GETTER : FunctionKind.SETTER;
      Function fn = functionRest(start, key == null ? "" : key, fk);
      return new Prop(start, kind, key, computed, new FunctionExpr(start, fn), false);
    }
    if (at(T.LPAREN)) {
      Function fn = functionRest(start, key == null ? "" : key, FunctionKind.METHOD);
      return new Prop(start, PropKind.METHOD, key, computed, new FunctionExpr(start, fn), false);
    }
    if (eat(T.COLON)) {
      return new Prop(start, PropKind.INIT, key, computed, assignment(false), false);
    }
    if (identifierKey && computed == null) {
      Ident id = new Ident(keyPos, key);
      if (at(T.ASSIGN)) {
        advance();
        Expr def = assignment(false);
        Prop p = new Prop(start, PropKind.INIT, key, null, new Assign(keyPos, T.ASSIGN, id, def), true);
        coverInitialized.add(p);
        return p;
      }
      return new Prop(start, PropKind.INIT, key, null, id, true);
    }
    throw unexpected();
  }

  private TemplateLit template(boolean tagged) {
    int start = tok.start;
    List<String> cooked = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    List<Expr> exprs = new ArrayList<>();
    Token t = tok;
    while (true) {
      if (t.type != T.TEMPLATE) throw unexpected();
      if (t.value == null && !tagged) throw error(t.start, "invalid escape sequence in template literal");
      cooked.add((String) t.value);
      raw.add(t.raw);
      if (t.flag) {
        advance();
        break;
      }
      advance();
      exprs.add(expression(false));
      if (!at(T.RBRACE)) throw error(tok.start, "expected '}' to close the template substitution");
      t = lexer.continueTemplate(tok.start);
      tok = t;
    }
    return new TemplateLit(start, cooked, raw, exprs);
  }

  // ------------------------------------------------------------------ cover grammar

  /**
   * Converts an expression parsed ahead of time to an assignment or binding pattern.
   * {@code binding} patterns (declarations, parameters) allow only identifiers as leaves.
   */
  private Node toPattern(Expr e, boolean binding) {
    if (e instanceof Ident id) {
      if (binding) checkBindingName(id.pos, id.name);
      if (strict && (id.name.equals("eval") || id.name.equals("arguments"))) {
        throw error(id.pos, "cannot assign to '" + id.name + "' in strict mode");
      }
      return id;
    }
    if (e instanceof PatternHolder ph) return ph.pattern;
    if (!binding && (e instanceof Member || e instanceof Index || e instanceof PrivateMember)) return e;
    if (e instanceof ArrayLit a && !parenthesized.contains(e)) {
      List<Node> elements = new ArrayList<>();
      for (int i = 0; i < a.elements.size(); i++) {
        Expr el = a.elements.get(i);
        if (el == null) {
          elements.add(null);
        } else if (el instanceof Spread sp) {
          if (i != a.elements.size() - 1 || spreadsWithComma.contains(sp)) throw error(sp.pos, "a rest element must be last");
          elements.add(new RestPattern(sp.pos, toPattern(sp.expr, binding)));
        } else {
          elements.add(toPatternWithDefault(el, binding));
        }
      }
      return new ArrayPattern(a.pos, elements);
    }
    if (e instanceof ObjectLit o && !parenthesized.contains(e)) {
      List<PatternProp> props = new ArrayList<>();
      Node rest = null;
      for (int i = 0; i < o.props.size(); i++) {
        Prop p = o.props.get(i);
        if (p.kind == PropKind.SPREAD) {
          if (i != o.props.size() - 1) throw error(p.pos, "a rest element must be last");
          Node target = toPattern(p.value, binding);
          if (!(target instanceof Ident) && (binding || target instanceof ArrayPattern || target instanceof ObjectPattern)) {
            throw error(p.pos, "invalid rest element");
          }
          rest = target;
          continue;
        }
        if (p.kind != PropKind.INIT) throw error(p.pos, "invalid destructuring target");
        coverInitialized.remove(p);
        props.add(new PatternProp(p.pos, p.key, p.computedKey, toPatternWithDefault(p.value, binding)));
      }
      return new ObjectPattern(o.pos, props, rest);
    }
    if (e instanceof Assign a && a.op == T.ASSIGN) {
      // Only reachable for nested defaults; handled by toPatternWithDefault.
      return new DefaultPattern(a.pos, a.target instanceof Expr te ? toPattern(te, binding) : a.target, a.value);
    }
    throw error(e.pos, binding ? "invalid binding pattern" : "invalid assignment target");
  }

  private Node toPatternWithDefault(Expr e, boolean binding) {
    if (e instanceof Assign a && a.op == T.ASSIGN && !parenthesized.contains(e)) {
      Node target = a.target;
      if (target instanceof Expr te) target = toPattern(te, binding);
      else if (binding) target = rebind(target);
      return new DefaultPattern(a.pos, target, a.value);
    }
    return toPattern(e, binding);
  }

  /** Re-checks a pattern built for assignment when it turns out to be a binding pattern. */
  private Node rebind(Node target) {
    if (target instanceof Member || target instanceof Index || target instanceof PrivateMember) {
      throw error(target.pos, "invalid binding pattern");
    }
    if (target instanceof ArrayPattern ap) {
      for (Node n : ap.elements) if (n != null) rebind(n);
    } else if (target instanceof ObjectPattern op) {
      for (PatternProp pp : op.props) rebind(pp.target);
      if (op.rest != null) rebind(op.rest);
    } else if (target instanceof DefaultPattern dp) {
      rebind(dp.target);
    } else if (target instanceof RestPattern rp) {
      rebind(rp.target);
    }
    return target;
  }

  /** Cover-initialized names left over are errors: {@code ({a = 1})} is not an expression. */
  public Set<Prop> coverInitializedNames() {
    return coverInitialized;
  }
}
