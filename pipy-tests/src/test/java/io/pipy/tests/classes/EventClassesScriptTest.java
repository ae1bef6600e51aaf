package io.pipy.tests.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The script classes {@code Message}, {@code MessageStart}, {@code MessageEnd} and
 * {@code StreamEnd}: construction, properties, and what they become as events. Expected results
 * were checked against Pipy 1.5.18 unless a test says otherwise.
 */
@Timeout(30)
class EventClassesScriptTest {

  @Test
  void messageConstructorForms() {
    assertEquals(List.of(
        "[null,\"\",null]",
        "[null,\"body\",null]",
        "[null,\"data\",null]",
        "[{\"a\":1},\"\",null]",
        "[{\"a\":1},\"b\",null]",
        "[{\"a\":1},\"b\",{\"t\":2}]",
        "[null,\"b\",null]",
        "true"),
        Eval.all("var parts = m => [m.head, m.body.toString(), m.tail]",
            // Unlike Pipy (null), a message without a body has an empty Data body.
            "parts(new Message())",
            "parts(new Message('body'))",
            "parts(new Message(new Data('data')))",
            "parts(new Message({a: 1}))",
            "parts(new Message({a: 1}, 'b'))",
            "parts(new Message({a: 1}, 'b', {t: 2}))",
            "parts(new Message(null, 'b'))",
            "new Message() instanceof Message"));
  }

  @Test
  void badMessageArguments() {
    assertEquals(List.of(
        "threw Message: argument #1 expects an object, got number",
        "threw Message: body: expected a string or a Data, got number",
        "threw Message: argument #3 expects an object, got string"),
        Eval.all("",
            "new Message(1)",
            "new Message({}, 5)",
            "new Message({}, '', 'tail')"));
  }

  @Test
  void messagePropertiesCanBeChanged() {
    // Pipy ignores assignments to these; ours takes them, which is what a script means.
    assertEquals(List.of("[{\"z\":1},\"new\",{\"t\":1}]", "threw Message.body: body: expected a string or a Data, got number"),
        Eval.all("var m = new Message('q')",
            "(() => { m.head = {z: 1}; m.body = 'new'; m.tail = {t: 1}; return [m.head, m.body.toString(), m.tail] })()",
            "(() => { m.body = 7 })()"));
  }

  @Test
  void messageStartMessageEndAndStreamEnd() {
    assertEquals(List.of(
        "null",
        "{\"x\":1}",
        "threw MessageStart: argument #1 expects an object, got string",
        "null",
        "undefined",
        "[{\"a\":1},\"pl\"]",
        "undefined",
        "\"ConnectionReset\"",
        "\"Custom\"",
        "{\"a\":1}",
        "42",
        "[true,true,true]"),
        Eval.all("",
            "new MessageStart().head",
            "new MessageStart({x: 1}).head",
            "new MessageStart('x')",
            "new MessageEnd().tail",
            "new MessageEnd().payload",
            "[new MessageEnd({a: 1}, 'pl').tail, new MessageEnd({a: 1}, 'pl').payload]",
            "new StreamEnd().error",
            "new StreamEnd('ConnectionReset').error",
            // A string that names no error code is kept as the error, as in Pipy.
            "new StreamEnd('Custom').error",
            "new StreamEnd({a: 1}).error",
            "new StreamEnd(42).error",
            "[new MessageStart instanceof MessageStart, new MessageEnd instanceof MessageEnd, new StreamEnd instanceof StreamEnd]"));
  }

  @Test
  void theErrorCodesScriptsKnow() {
    String[] codes = {"Replay", "RuntimeError", "ReadError", "WriteError", "CannotResolve", "ConnectionAborted", "ConnectionReset",
        "ConnectionRefused", "ConnectionTimeout", "ReadTimeout", "WriteTimeout", "IdleTimeout", "BufferOverflow", "ProtocolError", "Unauthorized"};
    StringBuilder expr = new StringBuilder("[");
    for (String c : codes) expr.append("new StreamEnd('").append(c).append("').error,");
    expr.append("]");
    assertEquals(List.of("[\"" + String.join("\",\"", codes) + "\"]"), Eval.all("", expr.toString()));
  }

  @Test
  void eventsMadeByScriptsGoDownThePipelineAsThemselves() {
    String script = String.join("\n", "pipy()", ".pipeline('p').replaceStreamStart(() => [",
        "  new Message({status: 200}, 'hi', {trailer: 1}),",
        "  new MessageStart({m: 1}), new Data('x'), new MessageEnd({t: 2}, 'payload'),",
        "  new StreamEnd('Custom'),",
        "])");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p");
      run.input(StreamEnd.normal());
      List<Object> out = run.output();
      assertEquals(7, out.size(), out.toString()); // the input StreamEnd was the event replaced
      t.call(() -> {
        assertEquals("{\"status\":200}", json(((MessageStart) out.get(0)).head()));
        assertEquals("hi", out.get(1));
        assertEquals("{\"trailer\":1}", json(((MessageEnd) out.get(2)).tail()));
        assertEquals("{\"m\":1}", json(((MessageStart) out.get(3)).head()));
        assertEquals("x", out.get(4));
        assertEquals("payload", ((MessageEnd) out.get(5)).payload());
        StreamEnd end = (StreamEnd) out.get(6);
        assertEquals(StreamEnd.Error.RUNTIME_ERROR, end.error());
        assertEquals("Custom", end.value());
        return null;
      });
    }
  }

  private static String json(Object v) {
    if (v instanceof io.pipy.api.script.ScriptObject o) {
      StringBuilder sb = new StringBuilder("{");
      for (String k : o.keys()) {
        if (sb.length() > 1) sb.append(',');
        sb.append('"').append(k).append("\":").append(json(o.get(k)));
      }
      return sb.append('}').toString();
    }
    return v instanceof CharSequence ? "\"" + v + "\"" : String.valueOf(v);
  }

  @Test
  void messagesInCallbacksAreScriptObjectsLikeAnyOther() {
    String script = String.join("\n", "var seen = []", "pipy()",
        ".pipeline('p').handleMessage(m => { seen.push(m) })",
        ".pipeline('show').replaceStreamStart(() => new Data(seen.map(m => m.body.toString() + ':' + m.tail).join(',')))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run p = t.run("p");
      p.input(MessageStart.of(null), io.pipy.api.Data.fromString("kept"), MessageEnd.plain(), StreamEnd.normal());
      p.release();
      ScriptTester.Run show = t.run("show");
      show.input(StreamEnd.normal());
      assertEquals("kept:null", show.outputText());
    }
  }
}
