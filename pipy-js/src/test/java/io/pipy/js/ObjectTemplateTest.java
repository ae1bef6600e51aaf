package io.pipy.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Objects from ScriptRuntime.template behave as plain objects made by a script. */
@Timeout(10)
class ObjectTemplateTest {

  @Test
  void templateObjectsAreOrdinaryObjects() {
    ScriptRunner.Result r = ScriptRunner.run("template.js", String.join("\n",
        "var o = fromTemplate(1, 'two', { three: 3 })",
        "var p = fromTemplate(4, 5, 6)",
        "println(JSON.stringify(o), JSON.stringify(p))",
        "o.d = 'added'; delete o.a; o.b = 'changed'",
        "println(JSON.stringify(o), Object.keys(p).join(), p.c + 1)",
        "println(Object.getPrototypeOf(o) === Object.prototype, o.hasOwnProperty('c'), 'toString' in p)",
        "var literal = { a: 1, b: 'two', c: { three: 3 } }",
        "println(JSON.stringify(literal) === JSON.stringify(fromTemplate(1, 'two', { three: 3 })))",
        ""));
    assertNull(r.error(), r.error());
    assertEquals(String.join("\n",
        "{\"a\":1,\"b\":\"two\",\"c\":{\"three\":3}} {\"a\":4,\"b\":5,\"c\":6}",
        "{\"b\":\"changed\",\"c\":{\"three\":3},\"d\":\"added\"} a,b,c 7",
        "true true true",
        "true",
        ""), r.output());
  }
}
