package io.pipy.engine.formats;

import static io.pipy.engine.algo.HostKit.arr;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.get;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.script.HostFunction;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.algo.HostKit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class XmlTest {

  private PipelineTester t;
  private Context ctx;
  private final Map<String, Object> xml = FormatsNamespace.xml();

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
    return ((HostFunction) xml.get(fn)).call(ctx, null, args);
  }

  /** Pipy 1.5.18 on xml-cases.txt: the parsed tree, XML.stringify(doc) and XML.stringify(doc, 2); null for malformed. */
  private static final List<String[]> GOLDEN = List.of(
      new String[] {"{\"n\":\"\",\"a\":{},\"c\":[{\"n\":\"a\",\"a\":{\"x\":\"1\"},\"c\":[\"hello\",\"\\n\",\"  \",{\"n\":\"b\",\"a\":null,\"c\":[\"t\",\"&\",\"u\"]},\"\\n\"]}]}",
          "<a x=\"1\">hello\n  <b>t<![CDATA[&]]>u</b>\n</a>",
          "<a x=\"1\">\n  hello\n  \n\n    \n  <b>\n    t\n    <![CDATA[&]]>\n    u\n  </b>\n  \n\n</a>\n"},
      new String[] {"{\"n\":\"\",\"a\":{},\"c\":[{\"n\":\"root\",\"a\":null,\"c\":[{\"n\":\"item\",\"a\":{\"id\":\"1\",\"name\":\"n\"},\"c\":[]},{\"n\":\"item\",\"a\":null,\"c\":[\"text\"]},\"raw <x>\",\"\\n\",\"y\"]}]}",
          "<root><item id=\"1\" name=\"n\"/><item>text</item><![CDATA[raw <x>]]>\ny</root>",
          "<root>\n  <item id=\"1\" name=\"n\"/>\n  <item>text</item>\n  <![CDATA[raw <x>]]>\n  \n\n  y\n</root>\n"},
      new String[] {"{\"n\":\"\",\"a\":{},\"c\":[{\"n\":\"a\",\"a\":null,\"c\":[\"<\",\"A\",\"B\",\">\",\" \",\"\\\"\",\"q\",\"'\"]}]}",
          "<a><![CDATA[<]]>AB<![CDATA[>]]> \"q'</a>",
          "<a>\n  <![CDATA[<]]>\n  A\n  B\n  <![CDATA[>]]>\n   \n  \"\n  q\n  '\n</a>\n"},
      new String[] {"null"},
      new String[] {"null"},
      new String[] {"{\"n\":\"\",\"a\":{},\"c\":[{\"n\":\"a\",\"a\":{\"attr\":\"x y\"},\"c\":[]}]}",
          "<a attr=\"x y\"/>", "<a attr=\"x y\"/>\n"},
      new String[] {"null"},
      new String[] {"{\"n\":\"\",\"a\":{},\"c\":[{\"n\":\"r\",\"a\":null,\"c\":[\"line1\",\"\\n\",\"line2\",\"\\n\"]}]}",
          "<r>line1\nline2\n</r>", "<r>\n  line1\n  \n\n  line2\n  \n\n</r>\n"});

  @Test
  void parsesAndWritesAsPipyDoes() throws IOException {
    String[] cases = YamlTest.resource("xml-cases.txt").split("---CASE---\n", -1);
    assertEquals(GOLDEN.size(), cases.length);
    for (int i = 0; i < cases.length; i++) {
      String[] want = GOLDEN.get(i);
      Object doc = call("parse", cases[i]);
      assertEquals(want[0], Json.of(doc), "case " + i);
      if (doc != null) {
        assertEquals(want[1], call("stringify", doc), "stringify of case " + i);
        assertEquals(want[2], call("stringify", doc, 2), "stringify(2) of case " + i);
      }
    }
  }

  @Test
  void nodesMadeByScripts() {
    XmlNode d = make(XmlNode.CLASS, ctx, "d", null, arr("only"));
    XmlNode r = make(XmlNode.CLASS, ctx, "r", obj("k", "v"), arr("a<b]]>c", make(XmlNode.CLASS, ctx, "c"), "plain", d));
    XmlNode doc = make(XmlNode.CLASS, ctx, "", null, arr(r));
    // Pipy 1.5.18 gave exactly this for the same nodes with space 3.
    assertEquals("<r k=\"v\">\n   <![CDATA[a<b]]]]><![CDATA[>c]]>\n   <c/>\n   plain\n   <d>only</d>\n</r>\n",
        call("stringify", doc, 3));
    XmlNode bare = make(XmlNode.CLASS, ctx, "x");
    assertNull(get(XmlNode.CLASS, bare, "attributes"));
    assertNull(get(XmlNode.CLASS, bare, "children"));
    assertEquals("x", get(XmlNode.CLASS, bare, "name"));
    XmlNode two = make(XmlNode.CLASS, ctx, "", null, arr(make(XmlNode.CLASS, ctx, "a"), make(XmlNode.CLASS, ctx, "b")));
    assertEquals("", call("stringify", two), "a document needs exactly one root");
    assertEquals("", ((Data) call("encode", two)).toString());
  }

  @Test
  void attributeValuesAreEscaped() {
    XmlNode doc = make(XmlNode.CLASS, ctx, "", null, arr(make(XmlNode.CLASS, ctx, "a", obj("q", "x\"<&y"))));
    String s = (String) call("stringify", doc);
    assertEquals("<a q=\"x&quot;&lt;&amp;y\"/>", s);
    XmlNode back = (XmlNode) call("parse", s);
    XmlNode a = (XmlNode) back.children().get(0);
    assertEquals("x\"<&y", a.attributes().get("q"));
  }

  @Test
  void decodeAndEncodeData() {
    XmlNode doc = (XmlNode) call("decode", Data.fromString("<?xml version=\"1.0\"?>\r\n<a>\u00e9</a>"));
    assertEquals("<a>\u00e9</a>", call("stringify", doc));
    assertEquals("<a>\u00e9</a>", ((Data) call("encode", doc)).toString());
    assertNull(call("encode", (Object) null));
  }

  @Test
  void malformedInputGivesNull() {
    for (String bad : new String[] {"", "<a>", "<a></b>", "<a x=1/>", "<a x='1' x='2'/>", "<a>&bogus;</a>",
        "<a>]]></a>", "<a><!-- open</a>", "text <a/>", "<a/>text", "<1a/>"}) {
      assertNull(call("parse", bad), bad);
    }
  }

  @Test
  void badArguments() {
    error("requires 1 or more arguments", () -> call("parse"));
    error("argument #1 expects a string", () -> call("parse", 1));
    error("argument #1 expects an XML.Node", () -> call("stringify", "x"));
    error("argument #1 expects a Data", () -> call("decode", "x"));
    error("requires 1 or more arguments", () -> make(XmlNode.CLASS, ctx));
    error("argument #2 expects an object", () -> make(XmlNode.CLASS, ctx, "a", "attrs"));
    error("argument #3 expects an array", () -> make(XmlNode.CLASS, ctx, "a", null, "kids"));
  }
}
