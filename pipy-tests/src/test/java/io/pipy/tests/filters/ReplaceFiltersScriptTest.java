package io.pipy.tests.filters;

import static io.pipy.tests.filters.Scripts.PRELUDE;
import static io.pipy.tests.filters.Scripts.REPORT;
import static io.pipy.tests.filters.Scripts.data;
import static io.pipy.tests.filters.Scripts.lines;
import static io.pipy.tests.filters.Scripts.me;
import static io.pipy.tests.filters.Scripts.ms;
import static io.pipy.tests.filters.Scripts.report;
import static io.pipy.tests.filters.Scripts.se;
import static io.pipy.tests.filters.Scripts.shape;
import static io.pipy.tests.filters.Scripts.shapeListen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import io.pipy.engine.filters.LeakWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code replace*} filters as scripts use them: what the callback gets, what it may return
 * (an event, a Message, an array of those, null/undefined for nothing, or a constant instead of
 * a callback), and what goes on around the replaced events. Expected results were checked
 * against Pipy 1.5.18 unless a test says otherwise.
 */
@Timeout(30)
@ExtendWith(LeakWatch.class)
class ReplaceFiltersScriptTest {

  /** Input 'a', then two messages with heads and tails, Data outside them, then the end. */
  private static final String SOURCE = ".replaceStreamStart(e => [e, new MessageStart({n:1}), new Data('b'), new Data('c'),"
      + " new MessageEnd({t:1}), new MessageStart({n:2}), new MessageEnd, new Data('z')])";

  /** The output of {@code filter} behind SOURCE, fed 'a' and the end. */
  private static String replaced(String filter) {
    return shape(lines(PRELUDE, "pipy()", ".pipeline('p')", SOURCE, filter), data("a"), se());
  }

  private static String loadError(String script) {
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.load("test.js", script).close());
    return e.report();
  }

  // ---- replace (pipeline style in Pipy; ours takes it in configuration style too)

  @Test
  void replaceGetsEveryEventWithACounter() {
    assertEquals("D(<a0>) MS{\"n\":1} D(<b2>) ME{\"t\":1} SE",
        shapeListen("pipy.listen(8000, $=>$.replaceStreamStart(e => [e, new MessageStart({n:1}), new Data('b'), new MessageEnd({t:1})])"
            + ".replace((e, i) => e instanceof Data ? new Data('<' + e.toString() + i + '>') : e))", data("a"), se()));
  }

  @Test
  void replaceWithAConstantNullOrNothing() {
    assertEquals("D(K) D(K) D(K) D(K)", shapeListen("pipy.listen(8000, $=>$.replace(new Data('K')))", data("a"), ms(), me(), se()));
    assertEquals("", shapeListen("pipy.listen(8000, $=>$.replace(null))", data("a"), ms(), me(), se()));
    assertEquals("", shapeListen("pipy.listen(8000, $=>$.replace())", data("a"), ms(), me(), se()));
    assertEquals("D(a) MS ME SE", shape("pipy().pipeline('p').replace(e => e)", data("a"), ms(), me(), se()));
  }

  // ---- replaceStreamStart

  @Test
  void replaceStreamStartReplacesTheFirstEventOnly() {
    assertEquals("D(<D(a)0>) MS{\"n\":1} D(b) D(c) ME{\"t\":1} MS{\"n\":2} ME D(z) SE",
        replaced(".replaceStreamStart((e, i) => new Data('<' + show(e) + i + '>'))"));
    assertEquals("D(K) MS{\"n\":1} D(b) D(c) ME{\"t\":1} MS{\"n\":2} ME D(z) SE", replaced(".replaceStreamStart(new Data('K'))"));
    assertEquals("MS{\"n\":1} D(b) D(c) ME{\"t\":1} MS{\"n\":2} ME D(z) SE", replaced(".replaceStreamStart(() => null)"));
  }

  @Test
  void replaceStreamStartCanPutAWholeMessageFirst() {
    assertEquals("MS{\"greeting\":true} D(hello) ME D(rest) SE",
        shape("pipy().pipeline('p').replaceStreamStart(e => [new Message({greeting: true}, 'hello'), e])", data("rest"), se()));
  }

  // ---- replaceMessageStart

  @Test
  void replaceMessageStartReplacesEveryMessageStart() {
    assertEquals("D(a) MS{\"r\":0,\"was\":{\"n\":1}} D(b) D(c) ME{\"t\":1} MS{\"r\":1,\"was\":{\"n\":2}} ME D(z) SE",
        replaced(".replaceMessageStart((e, i) => new MessageStart({r: i, was: e.head}))"));
    assertEquals("D(a) MS{\"c\":1} D(b) D(c) ME{\"t\":1} MS{\"c\":1} ME D(z) SE", replaced(".replaceMessageStart(new MessageStart({c: 1}))"));
  }

  @Test
  void replaceMessageStartWithNothingOrMore() {
    assertEquals("D(a) D(b) D(c) ME{\"t\":1} ME D(z) SE", replaced(".replaceMessageStart(() => null)"));
    assertEquals("D(a) D(<) MS{\"n\":1} D(b) D(c) ME{\"t\":1} D(<) MS{\"n\":2} ME D(z) SE", replaced(".replaceMessageStart(e => [new Data('<'), e])"));
  }

  // ---- replaceData

  @Test
  void replaceDataGetsEveryDataWithACounter() {
    assertEquals("D(A0) MS{\"n\":1} D(B1) D(C2) ME{\"t\":1} MS{\"n\":2} ME D(Z3) SE",
        replaced(".replaceData((d, i) => new Data(d.toString().toUpperCase() + i))"));
  }

  @Test
  void replaceDataWithArraysMessagesAndNothing() {
    assertEquals("D(a) D(a) MS{\"n\":1} D(b) D(b) D(c) D(c) ME{\"t\":1} MS{\"n\":2} ME D(z) D(z) SE", replaced(".replaceData(d => [d, d])"));
    assertEquals("MS D(Ma) ME MS{\"n\":1} MS D(Mb) ME MS D(Mc) ME ME{\"t\":1} MS{\"n\":2} ME MS D(Mz) ME SE",
        replaced(".replaceData(d => new Message('M' + d.toString()))"));
    assertEquals("MS{\"n\":1} ME{\"t\":1} MS{\"n\":2} ME SE", replaced(".replaceData(() => undefined)"));
    assertEquals("MS{\"n\":1} ME{\"t\":1} MS{\"n\":2} ME SE", replaced(".replaceData(() => null)"));
    assertEquals("MS{\"n\":1} ME{\"t\":1} MS{\"n\":2} ME SE", replaced(".replaceData()"));
    assertEquals("D(K) MS{\"n\":1} D(K) D(K) ME{\"t\":1} MS{\"n\":2} ME D(K) SE", replaced(".replaceData(new Data('K'))"));
  }

  @Test
  void aConstantDataReplacementIsNotUsedUp() {
    // The same script object goes out every time; what goes out is a copy, so it stays whole.
    String script = lines("var k = new Data('K')", "pipy()", ".pipeline('p').replaceData(k).handleData(d => { d.shift(1) })",
        ".pipeline('size').replaceStreamStart(() => new Data(String(k.size)))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("D() D() SE", shape(t, t.run("p").input(data("1"), data("2"), se())));
      assertEquals("1", t.run("size").input(se()).outputText());
    }
  }

  @Test
  void aStringReplacementIsTakenAsUtf8Data() {
    // An extension: Pipy 1.5 ends the stream ("Promise was not fulfilled with an event...").
    assertEquals("D(ü) SE", shape("pipy().pipeline('p').replaceData(() => 'ü')", data("a"), se()));
  }

  @Test
  void aReplacementThatIsNotEventsEndsTheStreamWithAnError() {
    String script = lines("pipy()", ".pipeline('p')", "  .replaceData(d => 42)");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(ms(), data("a"), data("b"), me(), se());
      // Unlike Pipy, which outputs an error StreamEnd per bad replacement and carries on, the
      // stream ends once and nothing more goes out.
      assertEquals("MS SE(RuntimeError)", shape(t, run));
      assertTrue(t.log().contains("test.js:3:4: replaceData: the replacement is not an event, a Message or an array of those, got number"), t.log());
    }
  }

  // ---- replaceMessageBody

  @Test
  void replaceMessageBodyReplacesEachWholeBody() {
    assertEquals("D(a) MS{\"n\":1} D([bc0]) ME{\"t\":1} MS{\"n\":2} D([1]) ME D(z) SE",
        replaced(".replaceMessageBody((b, i) => new Data('[' + b.toString() + i + ']'))"));
    assertEquals("D(a) MS{\"n\":1} D(K) ME{\"t\":1} MS{\"n\":2} D(K) ME D(z) SE", replaced(".replaceMessageBody(new Data('K'))"));
    assertEquals("D(a) MS{\"n\":1} ME{\"t\":1} MS{\"n\":2} ME D(z) SE", replaced(".replaceMessageBody(() => null)"));
  }

  @Test
  void replaceMessageBodyWhenTheStreamEndsInsideTheMessage() {
    assertEquals("MS D(<ab>) SE(ReadError)",
        shape("pipy().pipeline('p').replaceMessageBody(b => new Data('<' + b.toString() + '>'))",
            ms(), data("a"), data("b"), StreamEnd.of(StreamEnd.Error.READ_ERROR)));
  }

  @Test
  void aMessageStartInsideABodyIsDropped() {
    assertEquals("MS D(<xy>) ME SE",
        shape("pipy().pipeline('p').replaceMessageBody(b => new Data('<' + b.toString() + '>'))", ms(), data("x"), ms(), data("y"), me(), se()));
  }

  @Test
  void replaceMessageBodyBufferLimit() {
    assertEquals("MS D(abcde) ME SE",
        shape("pipy().pipeline('p').replaceMessageBody(b => b, { bufferLimit: '5' })", ms(), data("abcdef"), data("ghij"), me(), se()));
    assertEquals("MS D(abc) ME SE",
        shapeListen("pipy.listen(8000, $=>$.replaceMessageBody(b => b, { bufferLimit: 3 }))", ms(), data("abcdef"), me(), se()));
  }

  // ---- replaceMessage

  @Test
  void replaceMessageReplacesEachWholeMessage() {
    assertEquals("D(a) MS{\"h\":{\"n\":1},\"i\":0} D(bc!) ME{\"t\":1} MS{\"h\":{\"n\":2},\"i\":1} D(!) ME D(z) SE",
        replaced(".replaceMessage((m, i) => new Message({h: m.head, i}, m.body.toString() + '!', m.tail))"));
    assertEquals("D(a) MS D(K) ME MS D(K) ME D(z) SE", replaced(".replaceMessage(new Message('K'))"));
  }

  @Test
  void replaceMessageWithArraysEventsAndNothing() {
    assertEquals("D(a) MS D(1) ME D(x) MS D(2) ME MS D(1) ME D(x) MS D(2) ME D(z) SE",
        replaced(".replaceMessage(m => [new Message('1'), new Data('x'), new Message('2')])"));
    assertEquals("D(a) D(z) SE", replaced(".replaceMessage(() => null)"));
    assertEquals("D(a) D(only) D(only) D(z) SE", replaced(".replaceMessage(() => new Data('only'))"));
  }

  @Test
  void replaceMessageWhenTheStreamEndsInsideTheMessage() {
    // Pipy 1.5 drops the StreamEnd here and leaves the stream open; ours passes it on.
    assertEquals("MS D(<ab> null) ME SE(ConnectionReset)",
        shape("pipy().pipeline('p').replaceMessage(m => new Message('<' + m.body.toString() + '> ' + m.tail))",
            ms(), data("ab"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET)));
  }

  @Test
  void aMessageStartInsideAMessageIsDropped() {
    String script = lines("pipy()", ".pipeline('p')", ".replaceMessageStart((e, i) => new MessageStart({i}))",
        ".replaceMessage(m => new Message(JSON.stringify(m.head) + m.body.toString()))");
    assertEquals("MS D({\"i\":0}xy) ME SE", shape(script, ms(), data("x"), ms(), data("y"), me(), se()));
  }

  @Test
  void replaceMessageBufferLimitInBothForms() {
    assertEquals("MS D(abcd) ME", shape("pipy().pipeline('p').replaceMessage(m => new Message(m.body), { bufferLimit: 4 })", ms(), data("abcdef"), me()));
    assertEquals("MS D(ab) ME", shape("pipy().pipeline('p').replaceMessage(2, m => new Message(m.body))", ms(), data("abcdef"), me()));
  }

  // ---- replaceMessageEnd

  @Test
  void replaceMessageEndReplacesEveryMessageEnd() {
    assertEquals("D(a) MS{\"n\":1} D(b) D(c) ME{\"i\":0,\"was\":{\"t\":1}} MS{\"n\":2} ME{\"i\":1,\"was\":null} D(z) SE",
        replaced(".replaceMessageEnd((e, i) => new MessageEnd({i, was: e.tail}))"));
    assertEquals("D(a) MS{\"n\":1} D(b) D(c) D(tail) ME{\"t\":1} MS{\"n\":2} D(tail) ME D(z) SE",
        replaced(".replaceMessageEnd(e => [new Data('tail'), e])"));
  }

  // ---- replaceStreamEnd

  @Test
  void replaceStreamEndReplacesTheEnd() {
    assertEquals("D(a) MS{\"n\":1} D(b) D(c) ME{\"t\":1} MS{\"n\":2} ME D(z) D(bye0) SE",
        replaced(".replaceStreamEnd((e, i) => [new Data('bye' + i), e])"));
    // Without a StreamEnd in the replacement the stream does not end.
    assertEquals("D(a) MS{\"n\":1} D(b) D(c) ME{\"t\":1} MS{\"n\":2} ME D(z)", replaced(".replaceStreamEnd(null)"));
    assertEquals("D(a) MS{\"n\":1} D(b) D(c) ME{\"t\":1} MS{\"n\":2} ME D(z)", replaced(".replaceStreamEnd()"));
    assertEquals("D(x) SE", shape("pipy().pipeline('p').replaceStreamEnd(e => e.error ? new StreamEnd : e)",
        data("x"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET)));
  }

  @Test
  void replaceStreamEndCanTurnAnErrorIntoAnAnswer() {
    String script = "pipy.listen(8000, $=>$.replaceStreamEnd(e => [new Message({status: 502}, 'error: ' + e.error), new StreamEnd]))";
    assertEquals("MS{\"status\":502} D(error: ConnectionRefused) ME SE", shapeListen(script, StreamEnd.of(StreamEnd.Error.CONNECTION_REFUSED)));
  }

  @Test
  void everyReplaceFilterInPipelineStyle() {
    String script = "pipy.listen(8000, $=>$"
        + ".replaceStreamStart(e => [new Data('<'), e])"
        + ".replaceMessageStart(e => new MessageStart({was: e.head}))"
        + ".replaceData(d => new Data(d.toString().toUpperCase()))"
        + ".replaceMessageEnd(e => new MessageEnd({end: true}))"
        + ".replaceMessageBody(b => new Data('[' + b.toString() + ']'))"
        + ".replaceMessage(m => new Message(m.head, m.body.toString() + '!', m.tail))"
        + ".replaceStreamEnd(e => [new Data('>'), e])"
        + ")";
    assertEquals("D(<) D(A) MS{\"was\":null} D([B]!) ME{\"end\":true} D(>) SE", shapeListen(script, data("a"), ms(), data("b"), me(), se()));
  }

  // ---- bad arguments

  @Test
  void aReplacementOfTheWrongTypeIsALoadError() {
    String report = loadError(lines("pipy()", ".pipeline('p')", "  .replaceData(42)"));
    assertTrue(report.contains("test.js:3:4"), report);
    assertTrue(report.contains("replaceData: replacement expects a function, an event, a Message or an array of those, got number"), report);
    report = loadError(lines("pipy()", ".pipeline('p')", ".replaceMessage([new Message, 'x', {}])"));
    assertTrue(report.contains("test.js:3:2") && report.contains("replaceMessage: replacement expects a function"), report);
  }

  @Test
  void eventsAfterTheStreamEndAreStillReplaced() {
    assertEquals("D(q0) SE D(r1) SE", shape("pipy().pipeline('p').replaceData((d, i) => new Data(d.toString() + i))", data("q"), se(), data("r"), se()));
  }

  @Test
  void aPromisedReplacementKeepsTheOrderOfEvents() {
    String script = lines(PRELUDE, "pipy()",
        ".pipeline('p').replaceData(d => new Timeout(0.2).wait().then(() => new Data(d.toString() + d.toString())))",
        REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(ms(), data("a"), data("b"), me(), se());
      assertEquals("MS", shape(t, run));
      assertEquals("MS D(aa) D(bb) ME SE", Scripts.awaitEnd(t, run));
      assertEquals("", report(t));
    }
  }
}
