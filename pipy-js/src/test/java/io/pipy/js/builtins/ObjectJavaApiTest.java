package io.pipy.js.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.script.ScriptObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Java side of plain objects: define() and forEach() as host code (HTTP heads) uses them. */
@Timeout(10)
class ObjectJavaApiTest {

  @Test
  void defineMakesOwnDataPropertiesWithoutCallingInheritedSetters() {
    JsTestRealm t = new JsTestRealm();
    t.eval("globalThis.calls = 0;"
        + "globalThis.proto = { set host(v) { calls++; } };"
        + "globalThis.o = Object.create(proto);"
        + "globalThis.plain = {};");
    ScriptObject o = (ScriptObject) t.global("o");
    o.define("host", "a");
    o.define("host", "b");
    assertEquals(0, t.global("calls"), "no setter runs");
    ScriptObject plain = (ScriptObject) t.global("plain");
    plain.define("x", 1);
    plain.define("y", 2);
    plain.define("x", 3);
    t.eval("globalThis.seen = JSON.stringify([o.host, Object.keys(o), plain, Object.getOwnPropertyDescriptor(plain, 'y')]);");
    assertEquals("[\"b\",[\"host\"],{\"x\":3,\"y\":2},{\"value\":2,\"writable\":true,\"enumerable\":true,\"configurable\":true}]",
        t.global("seen"));
  }

  @Test
  void defineOverANonWritablePropertyFollowsDefineOwnProperty() {
    JsTestRealm t = new JsTestRealm();
    t.eval("globalThis.o = {}; Object.defineProperty(o, 'k', { value: 1, writable: false, configurable: true });"
        + "globalThis.frozen = Object.freeze({ k: 1 });");
    ((ScriptObject) t.global("o")).define("k", 2);
    ((ScriptObject) t.global("frozen")).define("k", 2);
    t.eval("globalThis.seen = JSON.stringify([Object.getOwnPropertyDescriptor(o, 'k'), frozen.k]);");
    assertEquals("[{\"value\":2,\"writable\":true,\"enumerable\":true,\"configurable\":true},1]", t.global("seen"));
  }

  @Test
  void sameConstructionTakesTheSameShapes() {
    JsTestRealm t = new JsTestRealm();
    t.eval("globalThis.a = {}; globalThis.b = {}; globalThis.c = {};");
    for (String name : List.of("a", "b")) {
      ScriptObject o = (ScriptObject) t.global(name);
      o.define("host", 1);
      o.define("accept", 2);
    }
    ScriptObject c = (ScriptObject) t.global("c");
    c.define("host", 1);
    c.define("cookie", 2); // a different second key from the same shape
    t.eval("globalThis.seen = JSON.stringify([a, b, c]);");
    assertEquals("[{\"host\":1,\"accept\":2},{\"host\":1,\"accept\":2},{\"host\":1,\"cookie\":2}]", t.global("seen"));
  }

  @Test
  void forEachGivesOwnEnumerableEntriesInPropertyOrder() {
    JsTestRealm t = new JsTestRealm();
    t.eval("globalThis.plain = { b: 1, a: 2 };"
        + "Object.defineProperty(plain, 'hidden', { value: 3, enumerable: false });"
        + "globalThis.indexed = { z: 1, 10: 'ten', 2: 'two' };"
        + "globalThis.getter = { get g() { return 'got'; }, h: 'h' };"
        + "globalThis.inherited = Object.create({ up: 1 }); inherited.own = 2;");
    assertEquals("b=1 a=2", entries(t, "plain"));
    assertEquals("2=two 10=ten z=1", entries(t, "indexed"));
    assertEquals("g=got h=h", entries(t, "getter"));
    assertEquals("own=2", entries(t, "inherited"));
  }

  private static String entries(JsTestRealm t, String name) {
    List<String> out = new ArrayList<>();
    ((ScriptObject) t.global(name)).forEach((k, v) -> out.add(k + "=" + v));
    return String.join(" ", out);
  }
}
