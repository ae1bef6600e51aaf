package io.pipy.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ScriptRuntime.templateOf, ObjectTemplate.holds and ScriptObject.get(PropertyKey): what Java
 * code may reuse or read quickly must follow every change a script makes to an object.
 */
@Timeout(10)
class ShapeTemplateTest {

  private static void check(String script, String expected) {
    ScriptRunner.Result r = ScriptRunner.run("shapes.js", script);
    assertNull(r.error(), r.error());
    assertEquals(expected, r.output());
  }

  @Test
  void holdsUntilTheObjectChangesInAnyWay() {
    check(String.join("\n",
        "var s = 'x'.repeat(2)",
        "function fresh() { return { a: s, b: 1 } }",
        "var o = fresh(), i = remember(o)",
        "println(holds(i, o), holds(i, fresh()), holds(i, { a: s, b: 1, c: 2 }), holds(i, { b: 1, a: s }))",
        "println(holds(i, { a: 'x'.repeat(2), b: 1 }))",  // equal, but another string object
        "o.b = 2; var changed = holds(i, o); o.b = 1; println(changed, holds(i, o))",
        "o.c = 3; println(holds(i, o))",
        "var p = fresh(); Object.defineProperty(p, 'b', { enumerable: false }); println(holds(i, p))",
        "var q = fresh(); Object.freeze(q); println(holds(i, q))",
        "var r = fresh(); Object.setPrototypeOf(r, null); println(holds(i, r))",
        ""), String.join("\n",
        "true true false false",
        "false",
        "false true",
        "false",
        "false",
        "false",
        "false",
        ""));
  }

  @Test
  void onlyPlainDataObjectsHaveTemplates() {
    check(String.join("\n",
        "println(remember({ get a() { return 1 } }), remember({ 1: 'index' }), remember([1, 2]))",
        "println(remember(function () {}), remember(new Map()), remember({}) >= 0)",
        "var nonEnumerable = {}; Object.defineProperty(nonEnumerable, 'x', { value: 1 })",
        "println(remember(nonEnumerable))",
        ""), String.join("\n",
        "-1 -1 -1",
        "-1 -1 true",
        "-1",
        ""));
  }

  @Test
  void propertyKeysFollowChangesOfShapeValueAndPrototypes() {
    check(String.join("\n",
        "var a = { m: 'GET', p: '/' }, b = { m: 'PUT', p: '/x' }",
        "println(keyGet('m', a), keyGet('m', b), keyGet('m', a))",
        "a.m = 'POST'; println(keyGet('m', a))",
        "var c = { p: '/', m: 'HEAD' }; println(keyGet('m', c), keyGet('m', a))",
        "println(keyGet('missing', a), keyGet('missing', a))",
        "Object.prototype.missing = 'inherited'",
        "println(keyGet('missing', a))",
        "delete Object.prototype.missing",
        "var getter = { get m() { return 'computed' } }; println(keyGet('m', getter), keyGet('m', a))",
        "var dict = {}; for (var i = 0; i < 300; i++) dict['k' + i] = i; dict.m = 'dict'",
        "println(keyGet('m', dict), keyGet('m', a))",
        "var child = Object.create({ m: 'from proto' }); println(keyGet('m', child))",
        "Object.getPrototypeOf(child).m = 'changed'; println(keyGet('m', child))",
        ""), String.join("\n",
        "GET PUT GET",
        "POST",
        "HEAD POST",
        "undefined undefined",
        "inherited",
        "computed POST",
        "dict POST",
        "from proto",
        "changed",
        ""));
  }
}
