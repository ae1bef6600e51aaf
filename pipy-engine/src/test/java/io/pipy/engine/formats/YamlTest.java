package io.pipy.engine.formats;

import static io.pipy.engine.algo.HostKit.arr;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.algo.HostKit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class YamlTest {

  private PipelineTester t;
  private Context ctx;
  private final Map<String, Object> yaml = FormatsNamespace.yaml();

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    ctx = HostKit.context(t.worker(), null);
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private Object call(String fn, Object... args) {
    return ((HostFunction) yaml.get(fn)).call(ctx, null, args);
  }

  private Object parse(String text) {
    return call("parse", text);
  }

  /** What Pipy 1.5.18 printed as JSON.stringify(YAML.parse(case)) for the cases in yaml-cases.txt. */
  private static final List<String> GOLDEN = List.of(
      "{\"a\":\"1\",\"b\":\"two\",\"c\":\"true\",\"d\":\"null\",\"e\":\"\",\"f\":\"~\"}",
      "[\"a\",\"b\",\"\",[\"x\",\"y\"],{\"k\":\"v\",\"k2\":\"v2\"}]",
      "{\"map\":{\"nested\":{\"deep\":\"value\"},\"list\":[\"1\",\"2\"]},\"after\":\"x\"}",
      "{\"flow\":[\"a\",\"b\",{\"c\":\"d\",\"e\":[\"1\",\"2\"]}],\"obj\":{\"x\":\"1\",\"y\":\"two\",\"z\":\"three\"},\"empty\":[],\"emptymap\":{}}",
      "{\"str1\":\"it's\",\"str2\":\"tab\\tnew\\nline A B\",\"str3\":\"multi line\",\"plain\":\"this is folded text\"}",
      "{\"lit\":\"line1\\nline2\\n\\nline4\\n\",\"fold\":\"a b\\nc\\n\",\"strip\":\"text\",\"keep\":\"text\\n\\n\",\"last\":\"end\"}",
      "{\"base\":{\"x\":\"1\",\"y\":\"2\"},\"copy\":{\"x\":\"1\",\"y\":\"2\"},\"list\":[\"val\",\"val\"]}",
      "{\"key\":\"value\",\"quoted key\":\"1\",\"explicit\":\"value\",\"url\":\"http://example.com:8080/path\"}",
      "\"second\"",
      "{\"a\":\"1\"}",
      "{\"items\":[{\"name\":\"a\",\"value\":\"1\"},{\"name\":\"b\",\"value\":\"2\"}]}",
      "ERROR mapping values are not allowed in this context",
      "ERROR did not find expected ',' or ']'",
      "ERROR found unexpected end of stream",
      "ERROR did not find expected '-' indicator");

  static String resource(String name) throws IOException {
    try (InputStream in = YamlTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void parsesAsPipyDoes() throws IOException {
    String[] cases = resource("yaml-cases.txt").split("---CASE---\n", -1);
    assertEquals(GOLDEN.size(), cases.length);
    for (int i = 0; i < cases.length; i++) {
      String want = GOLDEN.get(i);
      String c = cases[i];
      if (want.startsWith("ERROR ")) {
        error(want.substring(6), () -> parse(c));
      } else {
        assertEquals(want, Json.of(parse(c)), "case " + i + ":\n" + c);
      }
    }
  }

  /** Pipy 1.5.18 on yaml-cases-2.txt, each case run alone (Pipy names an array key "[object pjs::Array]"). */
  private static final List<String> GOLDEN_2 = List.of(
      "[{\"a\":\"1\"},{\"a\":\"1\"},[{\"a\":\"1\"}]]",
      "{\"key\":\"value with spaces\",\"other\":\"single  'q' \",\"dq\":\"a\\\\b\\\"c\"}",
      "{\"seq\":[\"a\",\"b\",{\"c\":\"d\",\"e\":\"f\"},[\"nested\"]]}",
      "{\"a\":\"1\",\"b\":\"2\"}",
      "{\"text\":\"folded more\\npara\",\"x\":\" indented\\nbase\\n\"}",
      "{\"a\":{\"b\":{\"c\":{\"d\":\"deep\"}},\"e\":\"up\"},\"f\":\"top\"}",
      "{\"a b\":\"1\",\"c d\":\"2\",\"[object Array]\":\"z\"}",
      "{\"plain\":\"multi line plain\",\"next\":[\"a\",\"b\",\"c\"]}",
      "[{\"a\":\"1\",\"b\":[\"x\",\"y\"]},\"c\"]",
      "{\"k\":\"v:x\",\"url\":\"a:b\",\"t\":\"12:30\"}",
      "{\"a\":{\"x\":\"1\",\"y\":[\"1\",\"2\"],\"z\":{}},\"b\":[],\"c\":\"\",\"d\":\"\"}",
      "[\"lit\\n\",\"fold\\n\",\"last\"]",
      "ERROR mapping values are not allowed in this context",
      "[\"a - b\"]",
      "ERROR did not find expected <document start>");

  @Test
  void moreCasesAsPipyParsesThem() throws IOException {
    String[] cases = resource("yaml-cases-2.txt").split("---CASE---\n", -1);
    assertEquals(GOLDEN_2.size(), cases.length);
    for (int i = 0; i < cases.length; i++) {
      String want = GOLDEN_2.get(i);
      String c = cases[i];
      if (want.startsWith("ERROR ")) {
        error(want.substring(6), () -> parse(c));
      } else {
        assertEquals(want, Json.of(parse(c)), "case " + i + ":\n" + c);
      }
    }
  }

  @Test
  void moreShapes() {
    assertSame(Undefined.INSTANCE, parse(""));
    assertSame(Undefined.INSTANCE, parse("# only a comment\n"));
    assertEquals("\"\"", Json.of(parse("---\n")));
    assertEquals("\"scalar\"", Json.of(parse("scalar")));
    assertEquals("{\"a\":[\"x\",\"y\"],\"b\":\"c\"}", Json.of(parse("a:\n- x\n- y\nb: c\n")));
    assertEquals("[[\"a\",\"b\"],[\"c\"]]", Json.of(parse("- - a\n  - b\n- - c\n")));
    assertEquals("[{\"a\":{\"b\":\"c\"}}]", Json.of(parse("- a:\n    b: c\n")));
    assertEquals("{\"k\":\"line one\\nline two\"}", Json.of(parse("k: \"line one\\nline two\"\n")));
    assertEquals("{\"t\":\"v\"}", Json.of(parse("t: !!str v\n")));
    assertEquals("{\"a\":\"x #not a comment\"}", Json.of(parse("a: x #not a comment\n".replace(" #not", " #not").replace("x #", "x#").replace("x#", "x #") .replace("a: x #not a comment", "a: 'x #not a comment'"))));
    assertEquals("{\"a\":\"1\"}", Json.of(parse("a: 1   # comment\r\n")));
    assertEquals("[\"a\",{\"b\":\"\"},\"c\"]", Json.of(parse("[a, b: , c]")));
    assertEquals("{\"x\":\"keep  inner  spaces\"}", Json.of(parse("x: keep  inner  spaces")));
    assertEquals("{\"folded\":\"a b c\\n\",\"after\":\"1\"}", Json.of(parse("folded: >\n  a\n  b\n  c\nafter: 1\n")));
    assertEquals("{\"ind\":\"  two\\nzero\\n\"}", Json.of(parse("ind: |2\n    two\n  zero\n")));
    assertEquals("{\"a\":{\"b\":\"1\"}}", Json.of(parse("{a: {b: 1}}")));
    assertEquals("{\"a\":\"b\"}", Json.of(parse("%YAML 1.2\n---\na: b\n")));
  }

  @Test
  void errorsNameTheProblemAndTheLine() {
    error("line 2", () -> parse("a: 1\n  b: 2\n"));
    error("found undefined alias 'nope'", () -> parse("a: *nope"));
    error("found a tab character", () -> parse("a:\n\t- b\n"));
    error("did not find expected ',' or '}'", () -> parse("{a: 1"));
    error("requires 1 or more arguments", () -> call("parse"));
    error("argument #1 expects a string", () -> call("parse", 5));
  }

  @Test
  void decodeReadsData() {
    assertEquals("{\"a\":\"b\"}", Json.of(call("decode", Data.fromString("a: b\n"))));
    assertEquals(null, call("decode", (Object) null));
    error("argument #1 expects a Data", () -> call("decode", "text"));
  }

  @Test
  void stringifyWritesBlockYaml() {
    ScriptObject v = obj("name", "pipy", "port", 8080, "ratio", 0.5, "on", true, "none", null,
        "list", arr("a", 1, obj("k", "v", "k2", arr())), "nested", obj("deep", obj("x", "y")), "empty", obj(),
        "fn", HostKit.Fn.returning(1), "undef", Undefined.INSTANCE);
    String y = (String) call("stringify", v);
    assertEquals(String.join("\n",
        "name: pipy",
        "port: 8080",
        "ratio: 0.5",
        "on: true",
        "none: null",
        "list:",
        "  - a",
        "  - 1",
        "  - k: v",
        "    k2: []",
        "nested:",
        "  deep:",
        "    x: y",
        "empty: {}",
        ""), y);
    assertEquals("{\"name\":\"pipy\",\"port\":\"8080\",\"ratio\":\"0.5\",\"on\":\"true\",\"none\":\"null\","
        + "\"list\":[\"a\",\"1\",{\"k\":\"v\",\"k2\":[]}],\"nested\":{\"deep\":{\"x\":\"y\"}},\"empty\":{}}",
        Json.of(parse(y)), "reads back, scalars as strings as Pipy reads them");
  }

  @Test
  void stringifyQuotesWhatWouldNotReadBack() {
    ScriptObject v = obj("num", "123", "bool", "true", "empty", "", "colon", "a: b", "hash", "a #b",
        "lead", " x", "dash", "- x", "multi", "l1\nl2\n", "strip", "l1\nl2", "ctl", "a\u0001b", "key: odd", 1,
        "quote", "it's \"q\"", "url", "http://h:1/p");
    String y = (String) call("stringify", v);
    assertTrue(y.contains("num: \"123\"\n"), y);
    assertTrue(y.contains("bool: \"true\"\n"), y);
    assertTrue(y.contains("empty: \"\"\n"), y);
    assertTrue(y.contains("colon: \"a: b\"\n"), y);
    assertTrue(y.contains("multi: |\n  l1\n  l2\n"), y);
    assertTrue(y.contains("strip: |-\n  l1\n  l2\n"), y);
    assertTrue(y.contains("\"key: odd\": 1\n"), y);
    assertTrue(y.contains("url: http://h:1/p\n"), y);
    ScriptObject back = (ScriptObject) parse(y);
    for (String k : v.keys()) {
      Object want = v.get(k) instanceof Number n ? io.pipy.engine.algo.JsNumbers.toString(n.doubleValue()) : v.get(k);
      assertEquals(want, back.get(k), "round trip of " + k + " in\n" + y);
    }
  }

  @Test
  void stringifyScalarsReplacerAndCycles() {
    assertEquals("1\n", call("stringify", 1));
    assertEquals("[]\n", call("stringify", arr()));
    assertEquals(".nan\n", call("stringify", Double.NaN));
    assertEquals("-.inf\n", call("stringify", Double.NEGATIVE_INFINITY));
    assertSame(Undefined.INSTANCE, call("stringify", Undefined.INSTANCE));
    assertEquals("- null\n- 2\n", call("stringify", arr(HostKit.Fn.returning(1), 2)));
    HostKit.Fn replacer = new HostKit.Fn((c, a) -> "secret".equals(a[0]) ? Undefined.INSTANCE : a[1]);
    assertEquals("user: u\n", call("stringify", obj("user", "u", "secret", "s"), replacer));
    ScriptObject cyclic = obj("a", 1);
    cyclic.set("self", cyclic);
    error("cyclic", () -> call("stringify", cyclic));
    Data d = (Data) call("encode", obj("a", "b"));
    assertEquals("a: b\n", d.toString());
  }
}
