package io.pipy.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Early errors: each source must fail to load with exactly this report (its first three lines:
 * {@code file:line:column: SyntaxError: message}, the source line, and the caret under the
 * column). Runtime errors are checked the same way: type, location and caret.
 */
class SyntaxErrorTest {

  private static final String[][] CASES = {
      {"let x = ;",
          "test.js:1:9: SyntaxError: unexpected token ';'\n  1 | let x = ;\n    |         ^"},
      {"let s = 'abc",
          "test.js:1:9: SyntaxError: unterminated string literal\n  1 | let s = 'abc\n    |         ^"},
      {"let t = `abc",
          "test.js:1:9: SyntaxError: unterminated template literal\n  1 | let t = `abc\n    |         ^"},
      {"/* never closed",
          "test.js:1:1: SyntaxError: unterminated comment\n  1 | /* never closed\n    | ^"},
      {"break;",
          "test.js:1:1: SyntaxError: 'break' outside of a loop or switch\n  1 | break;\n    | ^"},
      {"lbl: { continue lbl; }",
          "test.js:1:17: SyntaxError: undefined loop label 'lbl'\n  1 | lbl: { continue lbl; }\n    |                 ^"},
      {"let a = 1;\nlet a = 2;",
          "test.js:2:5: SyntaxError: Identifier 'a' has already been declared\n  2 | let a = 2;\n    |     ^"},
      {"var v; let v;",
          "test.js:1:12: SyntaxError: Identifier 'v' has already been declared\n  1 | var v; let v;\n    |            ^"},
      {"const c;",
          "test.js:1:7: SyntaxError: missing initializer in const declaration\n  1 | const c;\n    |       ^"},
      {"println(-2 ** 2);",
          "test.js:1:9: SyntaxError: unary expressions cannot be the left operand of '**'; use parentheses\n  1 | println(-2 ** 2);\n    |         ^"},
      {"a ?? b || c;",
          "test.js:1:6: SyntaxError: cannot mix '??' with '&&' or '||' without parentheses\n  1 | a ?? b || c;\n    |      ^"},
      {"new.target;",
          "test.js:1:1: SyntaxError: new.target outside of a function\n  1 | new.target;\n    | ^"},
      {"function f() { super(); }",
          "test.js:1:16: SyntaxError: 'super' calls are only allowed in constructors of derived classes\n  1 | function f() { super(); }\n    |                ^"},
      {"class A { m() { super(); } }",
          "test.js:1:17: SyntaxError: 'super' calls are only allowed in constructors of derived classes\n  1 | class A { m() { super(); } }\n    |                 ^"},
      {"1 = 2;",
          "test.js:1:1: SyntaxError: invalid assignment target\n  1 | 1 = 2;\n    | ^"},
      {"a + b = c;",
          "test.js:1:1: SyntaxError: invalid assignment target\n  1 | a + b = c;\n    | ^"},
      {"++1;",
          "test.js:1:3: SyntaxError: invalid update target\n  1 | ++1;\n    |   ^"},
      {"function* gen() {}",
          "test.js:1:9: SyntaxError: generators are not supported\n  1 | function* gen() {}\n    |         ^"},
      {"async function af() {}",
          "test.js:1:1: SyntaxError: async functions are not supported\n  1 | async function af() {}\n    | ^"},
      {"var f = async () => 1",
          "test.js:1:9: SyntaxError: async functions are not supported\n  1 | var f = async () => 1\n    |         ^"},
      {"var f = async x => 1",
          "test.js:1:9: SyntaxError: async functions are not supported\n  1 | var f = async x => 1\n    |         ^"},
      {"with (o) {}",
          "test.js:1:1: SyntaxError: 'with' is not supported\n  1 | with (o) {}\n    | ^"},
      {"class A { constructor() {} constructor() {} }",
          "test.js:1:28: SyntaxError: a class may only have one constructor\n  1 | class A { constructor() {} constructor() {} }\n    |                            ^"},
      {"class A { m() { return this.#x; } }",
          "test.js:1:24: SyntaxError: Private field '#x' must be declared in an enclosing class\n  1 | class A { m() { return this.#x; } }\n    |                        ^"},
      {"let r = /abc",
          "test.js:1:9: SyntaxError: unterminated regular expression\n  1 | let r = /abc\n    |         ^"},
      {"let n = 3in x;",
          "test.js:1:9: SyntaxError: identifier starts immediately after numeric literal\n  1 | let n = 3in x;\n    |         ^"},
      {"let u = '\\u{110000}';",
          "test.js:1:10: SyntaxError: Unicode escape out of range\n  1 | let u = '\\u{110000}';\n    |          ^"},
      {"'use strict'; let o = 017;",
          "test.js:1:23: SyntaxError: octal literals are not allowed in strict mode\n  1 | 'use strict'; let o = 017;\n    |                       ^"},
      {"function f() { import x from 'y'; }",
          "test.js:1:16: SyntaxError: import declarations may only appear at the top level\n  1 | function f() { import x from 'y'; }\n    |                ^"},
      {"{ export const z = 1; }",
          "test.js:1:3: SyntaxError: export declarations may only appear at the top level\n  1 | { export const z = 1; }\n    |   ^"},
      {"export const d = 1; export { d };",
          "test.js:1:21: SyntaxError: Duplicate export of 'd'\n  1 | export const d = 1; export { d };\n    |                     ^"},
      {"export { notDeclared };",
          "test.js:1:1: SyntaxError: Export 'notDeclared' is not defined in module\n  1 | export { notDeclared };\n    | ^"},
      {"f(1, 2",
          "test.js:1:7: SyntaxError: unexpected end of input, expected ','\n  1 | f(1, 2\n    |       ^"},
      {"\tlet\ttabbed = ;",
          "test.js:1:15: SyntaxError: unexpected token ';'\n  1 | \tlet\ttabbed = ;\n    | \t   \t         ^"},
      {"if (x) {\n  foo(;\n}",
          "test.js:2:7: SyntaxError: unexpected token ';'\n  2 |   foo(;\n    |       ^"},
      {"let big = 1n;",
          "test.js:1:11: SyntaxError: BigInt literals are not supported\n  1 | let big = 1n;\n    |           ^"},
      {"for (let i of [1], [2]) {}",
          "test.js:1:18: SyntaxError: expected ')' but found ','\n  1 | for (let i of [1], [2]) {}\n    |                  ^"},
      {"x => { return; } => 1",
          "test.js:1:18: SyntaxError: unexpected token '=>'\n  1 | x => { return; } => 1\n    |                  ^"},
      {"({a: 1} = 1);",
          "test.js:1:6: SyntaxError: invalid assignment target\n  1 | ({a: 1} = 1);\n    |      ^"},
      {"let [a, ...b,] = [];",
          "test.js:1:9: SyntaxError: a rest element must be last\n  1 | let [a, ...b,] = [];\n    |         ^"},
      {"class C extends D { constructor() { super.x; } } x = class { static m() { super(); } };",
          "test.js:1:75: SyntaxError: 'super' calls are only allowed in constructors of derived classes\n  1 | class C extends D { constructor() { super.x; } } x = class { static m() { super(); } };\n    |                                                                           ^"},
      {"for await (const x of y) {}",
          "test.js:1:5: SyntaxError: for-await is not supported\n  1 | for await (const x of y) {}\n    |     ^"},
      {"yield 1;",
          "test.js:1:7: SyntaxError: unexpected token '1'\n  1 | yield 1;\n    |       ^"},
      {"label: label: ;",
          "test.js:1:8: SyntaxError: label 'label' is already declared\n  1 | label: label: ;\n    |        ^"},
      {"let let = 1;",
          "test.js:1:5: SyntaxError: 'let' cannot be the name of a let or const declaration\n  1 | let let = 1;\n    |     ^"},
      {"obj?.a = 1;",
          "test.js:1:1: SyntaxError: invalid assignment target\n  1 | obj?.a = 1;\n    | ^"},
      {"new a?.b();",
          "test.js:1:6: SyntaxError: invalid optional chain from new expression\n  1 | new a?.b();\n    |      ^"},
      {"a?.`tpl`;",
          "test.js:1:4: SyntaxError: unexpected token '`tpl`'\n  1 | a?.`tpl`;\n    |    ^"},
      {"'use strict'; delete x;",
          "test.js:1:15: SyntaxError: cannot delete an unqualified name in strict mode\n  1 | 'use strict'; delete x;\n    |               ^"},
      {"function f(a, a) { 'use strict'; }",
          "test.js:1:15: SyntaxError: duplicate parameter name 'a'\n  1 | function f(a, a) { 'use strict'; }\n    |               ^"},
      {"(a, b) => { 'use strict'; }; function g(x = 1) { 'use strict'; }",
          "test.js:1:50: SyntaxError: 'use strict' is not allowed in a function with default, destructured or rest parameters\n  1 | (a, b) => { 'use strict'; }; function g(x = 1) { 'use strict'; }\n    |                                                  ^"},
      {"const { a = 1 } = {}; ({ b = 2 });\n",
          "test.js:1:26: SyntaxError: invalid shorthand property initializer\n  1 | const { a = 1 } = {}; ({ b = 2 });\n    |                          ^"},
      {"import { f } from './x.js'; function f() {}",
          "test.js:1:29: SyntaxError: Identifier 'f' has already been declared\n  1 | import { f } from './x.js'; function f() {}\n    |                             ^"},
      {"import { k } from './x.js';\nimport { k } from './y.js';",
          "test.js:2:1: SyntaxError: Identifier 'k' has already been declared\n  2 | import { k } from './y.js';\n    | ^"},
      {"export var $fiber = 1;",
          "test.js:1:1: SyntaxError: cannot export a fiber variable '$fiber'\n  1 | export var $fiber = 1;\n    | ^"},
      {"import { x } from './no/such/file.js';",
          "test.js:1:1: SyntaxError: Cannot find module 'no/such/file.js' (imported as './no/such/file.js')\n  1 | import { x } from './no/such/file.js';\n    | ^"},
  };

  private static String report(String source) {
    ScriptRunner.Result r = ScriptRunner.run("test.js", source);
    assertNotNull(r.error(), "expected an error for: " + source);
    return r.error().lines().limit(3).collect(Collectors.joining("\n"));
  }

  @TestFactory
  Stream<DynamicTest> syntaxErrors() {
    return Arrays.stream(CASES).map(c -> DynamicTest.dynamicTest(c[0], () -> assertEquals(c[1], report(c[0]))));
  }

  @Test
  void runtimeReferenceErrorHasLocationAndCaret() {
    assertEquals("test.js:2:9: ReferenceError: missing is not defined\n  2 | let y = missing + 1;\n    |         ^",
        report("let x = 1;\nlet y = missing + 1;"));
  }

  @Test
  void runtimeTypeErrorHasLocationAndCaret() {
    assertEquals("test.js:3:14: TypeError: Cannot read properties of undefined (reading 'b')\n  3 |   return o.a.b;\n    |              ^",
        report("function f(o) {\n  // comment\n  return o.a.b;\n}\nf({});"));
  }

  @Test
  void runtimeErrorReportHasBacktrace() {
    ScriptRunner.Result r = ScriptRunner.run("test.js", "function inner() { null.x; }\nfunction outer() { inner(); }\nouter();");
    assertTrue(r.error().contains("Backtrace:"), r.error());
    assertTrue(r.error().contains("at inner (test.js:1:25)"), r.error());
    assertTrue(r.error().contains("at outer (test.js:2:20)"), r.error());
  }

  @Test
  void deepNestingIsASyntaxErrorNotACrash() {
    String deep = "let a = " + "[".repeat(100_000) + "]".repeat(100_000) + ";";
    String r = report(deep);
    assertTrue(r.startsWith("test.js:1:1: SyntaxError: the script is nested too deeply"), r);
    String parens = "let b = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + ";";
    assertTrue(report(parens).contains("SyntaxError"));
  }

  @Test
  void deepRecursionIsARangeErrorNotACrash() {
    ScriptRunner.Result r = ScriptRunner.run("test.js", "function f() { f(); }\nf();");
    assertTrue(r.error().startsWith("test.js:1:16: RangeError: Maximum call stack size exceeded"), r.error());
  }
}
