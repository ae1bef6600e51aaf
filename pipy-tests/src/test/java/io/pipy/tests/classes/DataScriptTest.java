package io.pipy.tests.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The script class {@code Data}: construction from text in each encoding, from byte arrays and
 * from other Data, {@code Data.from}, and the methods scripts use. Expected results were checked
 * against Pipy 1.5.18; error messages are ours (Pipy's read "argument #1 expects ...").
 */
@Timeout(30)
class DataScriptTest {

  @Test
  void constructingFromText() {
    assertEquals(List.of(
        "Data()",
        "Data(68c3a96c6c6f)",
        "6",
        "Data(48656c6c6f)",
        "Data(68656c6c6f)",
        "Data(68656c6c6f)",
        "Data(fbff)",
        "Data(fbff)",
        "Data(68c3a9)",
        "Data(006800e9)",
        "Data(6800e900)"),
        Eval.all("",
            "new Data()",
            "new Data('héllo')",
            "new Data('héllo').size",
            "new Data('48656c6C6f', 'hex')",
            "new Data('aGVsbG8=', 'base64')",
            // Unlike Pipy, which wants the padding, base64 may leave it out.
            "new Data('aGVsbG8', 'base64')",
            "new Data('-_8', 'base64url')",
            "new Data('-_8=', 'base64url')",
            "new Data('hé', 'utf8')",
            // Pipy also knows UTF-16, undocumented.
            "new Data('hé', 'utf16be')",
            "new Data('hé', 'utf16le')"));
  }

  @Test
  void malformedTextIsAnErrorForNewDataAndNullForDataFrom() {
    List<String> r = Eval.all("",
        "new Data('486', 'hex')",
        "new Data('zz', 'hex')",
        "new Data('!!!!', 'base64')",
        "new Data('-_8=', 'base64')",
        "new Data('x', 'latin1')",
        "Data.from('zz', 'hex')",
        "Data.from('!!!!', 'base64')",
        "Data.from('aGk=', 'base64')",
        "Data.from('hi')",
        "Data.from(5)");
    assertEquals("threw new Data: the text is not valid hex", r.get(0));
    assertEquals("threw new Data: the text is not valid hex", r.get(1));
    assertEquals("threw new Data: the text is not valid base64", r.get(2));
    assertEquals("threw new Data: the text is not valid base64", r.get(3));
    assertEquals("threw new Data: unknown encoding 'latin1' (expected: utf8, hex, base64, base64url, utf16be, utf16le)", r.get(4));
    assertEquals(List.of("null", "null", "Data(6869)", "Data(6869)", "threw Data.from: expected a string"), r.subList(5, 10));
  }

  @Test
  void constructingFromBytesAndFromData() {
    assertEquals(List.of(
        // Each element is taken as a number and cut to a byte, as in Pipy.
        "Data(686900ff03)",
        "Data(0100)",
        "Data()",
        "\"cp\"",
        "[\"cp!\",\"cp\"]",
        "threw new Data: expected a string, an array of bytes or a Data, got number",
        "threw new Data: expected a string, an array of bytes or a Data"),
        Eval.all("var orig = new Data('cp')",
            "new Data([104, 105, 256, -1, 3.7])",
            "new Data(['1', 'x'])",
            "new Data([])",
            "new Data(orig).toString()",
            // A copy is independent of its source.
            "(() => { var c = new Data(orig); c.push('!'); return [c.toString(), orig.toString()] })()",
            "new Data(42)",
            "new Data({})"));
  }

  @Test
  void toStringInEachEncodingAndToArray() {
    assertEquals(List.of(
        "\"Hi\"",
        "\"4869\"",
        "\"//79AQ==\"",
        "\"__79AQ\"",
        "\"\"",
        "\"�A\"",
        "threw Data.toString: unknown encoding 'nope' (expected: utf8, hex, base64, base64url, utf16be, utf16le)",
        "[65,66]",
        "[]",
        "\"ab!\""),
        Eval.all("",
            "new Data('Hi').toString()",
            "new Data('Hi').toString('hex')",
            "new Data([255, 254, 253, 1]).toString('base64')",
            "new Data([255, 254, 253, 1]).toString('base64url')",
            "new Data().toString()",
            // Pipy gives undefined for bytes that are not UTF-8; ours decodes them as U+FFFD.
            "new Data([0xff, 0x41]).toString()",
            "new Data('x').toString('nope')",
            "new Data('AB').toArray()",
            "new Data().toArray()",
            "'' + new Data('ab') + '!'"));
  }

  @Test
  void pushAppendsTextOrDataAndReturnsTheSameData() {
    assertEquals(List.of(
        "[\"ab\",true]",
        "[\"ab\",\"b\",1]",
        "\"abab\"",
        "threw Data.push: expected a string or a Data, got number",
        "threw Data.push: expected a string or a Data, got object",
        "\"aé\""),
        Eval.all("",
            "(() => { var d = new Data('a'); var r = d.push('b'); return [d.toString(), r === d] })()",
            // The pushed Data is left as it was.
            "(() => { var d = new Data('a'); var x = new Data('b'); d.push(x); return [d.toString(), x.toString(), x.size] })()",
            // Pipy 1.5 ignores pushing a Data onto itself; ours appends a copy.
            "(() => { var d = new Data('ab'); d.push(d); return d.toString() })()",
            "new Data('a').push(5)",
            "new Data('a').push([66])",
            "new Data('a').push('é').toString()"));
  }

  @Test
  void shiftTakesBytesOffTheFront() {
    assertEquals(List.of(
        "[\"ab\",\"cdef\"]",
        "[\"abc\",\"\"]",
        "[\"\",\"abc\"]",
        "threw Data.shift: requires 1 or more arguments",
        "threw Data.shift: argument #1 expects a number, got string",
        "[\"\",\"\"]"),
        Eval.all("",
            "(() => { var d = new Data('abcdef'); var s = d.shift(2); return [s.toString(), d.toString()] })()",
            "(() => { var d = new Data('abc'); var s = d.shift(10); return [s.toString(), d.toString()] })()",
            "(() => { var d = new Data('abc'); var s = d.shift(-1); return [s.toString(), d.toString()] })()",
            "new Data('abc').shift()",
            "new Data('abc').shift('2')",
            "(() => { var d = new Data(); var s = d.shift(1); return [s.toString(), d.toString()] })()"));
  }

  @Test
  void shiftToAndShiftWhileScanByte() {
    assertEquals(List.of(
        "[\"ab,\",\"cd\"]",
        "[\"abcd\",\"\"]",
        "[\"aa\",\"b\"]",
        "[\"aa\",\"\"]",
        "[\"\",\"b\"]",
        "\"97 98 \"",
        "threw Data.shiftTo: expected a function",
        "threw Data.shiftWhile: expected a function",
        "threw scanner says no"),
        Eval.all("",
            // shiftTo: up to and including the first byte the scanner is truthy for.
            "(() => { var d = new Data('ab,cd'); var s = d.shiftTo(c => c == 44); return [s.toString(), d.toString()] })()",
            "(() => { var d = new Data('abcd'); var s = d.shiftTo(c => false); return [s.toString(), d.toString()] })()",
            // shiftWhile: as long as the scanner is truthy.
            "(() => { var d = new Data('aab'); var s = d.shiftWhile(c => c == 97); return [s.toString(), d.toString()] })()",
            "(() => { var d = new Data('aa'); var s = d.shiftWhile(c => true); return [s.toString(), d.toString()] })()",
            "(() => { var d = new Data('b'); var s = d.shiftWhile(c => c == 97); return [s.toString(), d.toString()] })()",
            "(() => { var seen = ''; new Data('ab').shiftWhile(c => { seen += c + ' '; return true }); return seen })()",
            "new Data('a').shiftTo()",
            "new Data('a').shiftWhile(1)",
            "new Data('abc').shiftTo(c => { throw new Error('scanner says no') })"));
  }

  @Test
  void popTakesBytesOffTheEnd() {
    // Pipy has data.pop(n) too, though its documentation does not list it.
    assertEquals(List.of(
        "[\"ef\",\"abcd\"]",
        "[\"abc\",\"\"]",
        "[\"\",\"abc\"]",
        "threw Data.pop: requires 1 or more arguments"),
        Eval.all("",
            "(() => { var d = new Data('ab'); d.push('cdef'); var s = d.pop(2); return [s.toString(), d.toString()] })()",
            "(() => { var d = new Data('abc'); var s = d.pop(5); return [s.toString(), d.toString()] })()",
            "(() => { var d = new Data('abc'); var s = d.pop(0); return [s.toString(), d.toString()] })()",
            "new Data('abc').pop()"));
  }

  @Test
  void sizeAndIdentity() {
    assertEquals(List.of("0", "3", "true", "true", "false"),
        Eval.all("",
            "new Data().size",
            "new Data([1, 2, 3]).size",
            "new Data() instanceof Data",
            "typeof Data.from === 'function'",
            "new Message() instanceof Data"));
  }

  @Test
  void aDataKeptAcrossStreamsStaysValid() {
    // Script-held Data lives on the GC heap: keeping one from a stream that has gone is safe.
    String script = String.join("\n",
        "var kept = []",
        "pipy()",
        ".pipeline('keep').handleData(d => kept.push(d))",
        ".pipeline('show').replaceStreamStart(() => new Data(kept.map(d => d.toString()).join('+')))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      for (String s : new String[] {"one", "two"}) {
        ScriptTester.Run run = t.run("keep");
        io.netty.buffer.ByteBuf b = io.netty.buffer.PooledByteBufAllocator.DEFAULT.directBuffer();
        b.writeCharSequence(s, java.nio.charset.StandardCharsets.UTF_8);
        run.input(io.pipy.api.Data.of(b), StreamEnd.normal());
        run.release();
      }
      ScriptTester.Run show = t.run("show");
      show.input(StreamEnd.normal());
      assertEquals("one+two", show.outputText());
    }
  }

  @Test
  void anUncaughtDataErrorNamesTheScriptLocation() {
    String script = String.join("\n", "pipy()", ".pipeline('p')", ".replaceData(d => new Data(d.toString(), 'hex'))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p");
      run.input(io.pipy.api.Data.fromString("xyz"), StreamEnd.normal());
      assertEquals("SE(RuntimeError)", Scripts2.shape(run));
      assertTrue(t.log().contains("test.js:3:19: TypeError: new Data: the text is not valid hex"), t.log());
    }
  }

  /** Shape without heads, for the one test here that looks at a stream. */
  private static final class Scripts2 {
    static String shape(ScriptTester.Run run) {
      StringBuilder sb = new StringBuilder();
      for (Object o : run.output()) {
        if (sb.length() > 0) sb.append(' ');
        if (o instanceof String s) sb.append("D(").append(s).append(')');
        else if (o instanceof StreamEnd e) sb.append(e.hasError() ? "SE(" + e.error().scriptName() + ")" : "SE");
        else sb.append(o);
      }
      return sb.toString();
    }
  }
}
