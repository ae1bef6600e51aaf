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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Event;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import io.pipy.engine.filters.LeakWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code handle*} filters as scripts use them: what each callback is called with (and its
 * counter), that every event goes on unchanged and in order, and what a callback may change.
 * Expected results were checked against Pipy 1.5.18.
 */
@Timeout(30)
@ExtendWith(LeakWatch.class)
class HandleFiltersScriptTest {

  /** Two messages with heads and tails, Data outside them, then the end. */
  private static final String SOURCE = ".replaceStreamStart(e => [e, new MessageStart({n:1}), new Data('b'), new Data('c'),"
      + " new MessageEnd({t:1}), new MessageStart({n:2}), new MessageEnd, new Data('z')])";

  private static final String FLOW = "D(a) MS{\"n\":1} D(b) D(c) ME{\"t\":1} MS{\"n\":2} ME D(z) SE";

  /** Runs pipeline 'p' of {@code script} with input {@code a}, the SOURCE events, end; returns output and log. */
  private static String[] runWithSource(String filter) {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')", SOURCE, filter, REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("a"), se());
      return new String[] {shape(t, run), report(t)};
    }
  }

  private static String loadError(String script) {
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.load("test.js", script).close());
    return e.report();
  }

  // ---- handle (pipeline style in Pipy; ours takes it in configuration style too)

  @Test
  void handleCallsBackForEveryEventWithACounterAndPassesItOn() {
    String script = lines(PRELUDE,
        "pipy.listen(8000, $=>$",
        "  .replaceStreamStart(e => [e, new MessageStart({n:1}), new Data('b'), new MessageEnd({t:1})])",
        "  .handle((e, i) => log.push(show(e) + '/' + i)))",
        "pipy.listen(8001, $=>$.replaceStreamStart(() => new Data(log.join(' | '))))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run(t.listenLayout(0)).input(data("a"), se());
      assertEquals("D(a) MS{\"n\":1} D(b) ME{\"t\":1} SE", shape(t, run));
      assertEquals("D(a)/0 | MS{\"n\":1}/1 | D(b)/2 | ME{\"t\":1}/3 | SE/4",
          t.run(t.listenLayout(1)).input(se()).outputText());
    }
  }

  @Test
  void handleWorksInConfigurationStyleToo() {
    String[] r = runWithSource(".handle((e, i) => { if (i < 2) log.push(show(e)) })");
    assertEquals(FLOW, r[0]);
    assertEquals("D(a) | MS{\"n\":1}", r[1]);
  }

  // ---- handleStreamStart

  @Test
  void handleStreamStartIsCalledOnceWithTheFirstEvent() {
    String[] r = runWithSource(".handleStreamStart((e, i) => log.push(show(e) + '/' + i))");
    assertEquals(FLOW, r[0]);
    assertEquals("D(a)/0", r[1]);
  }

  @Test
  void handleStreamStartGetsWhateverEventComesFirst() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')",
        ".handleStreamStart(e => log.push(show(e) + ' ' + (e instanceof MessageStart) + ' ' + (e instanceof StreamEnd)))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("MS D(x) ME SE", shape(t, t.run("p").input(ms(), data("x"), me(), se())));
      assertEquals("SE", shape(t, t.run("p").input(se())));
      assertEquals("MS true false | SE false true", report(t));
    }
  }

  @Test
  void eachStreamStartsOverEvenOnARecycledPipeline() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')", ".handleStreamStart((e, i) => log.push(show(e) + '/' + i))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run first = t.run("p").input(data("one"), data("more"), se());
      first.release();
      ScriptTester.Run second = t.run("p").input(data("two"), se());
      assertEquals("D(two) SE", shape(t, second));
      assertEquals("D(one)/0 | D(two)/0", report(t));
    }
  }

  // ---- handleMessageStart

  @Test
  void handleMessageStartIsCalledForEveryMessageStartWithItsHead() {
    String[] r = runWithSource(".handleMessageStart((e, i) => log.push(show(e) + '/' + i))");
    assertEquals(FLOW, r[0]);
    assertEquals("MS{\"n\":1}/0 | MS{\"n\":2}/1", r[1]);
  }

  @Test
  void changesToTheHeadObjectAreSeenDownstream() {
    String[] r = runWithSource(".handleMessageStart(e => { e.head.n *= 10; e.head.extra = true })");
    assertEquals("D(a) MS{\"n\":10,\"extra\":true} D(b) D(c) ME{\"t\":1} MS{\"n\":20,\"extra\":true} ME D(z) SE", r[0]);
  }

  // ---- handleData

  @Test
  void handleDataIsCalledForEveryDataWithACounter() {
    String[] r = runWithSource(".handleData((d, i) => log.push(show(d) + '/' + i + '/' + d.size + '/' + (d instanceof Data)))");
    assertEquals(FLOW, r[0]);
    assertEquals("D(a)/0/1/true | D(b)/1/1/true | D(c)/2/1/true | D(z)/3/1/true", r[1]);
  }

  @Test
  void whatTheCallbackLeavesInTheDataIsWhatGoesOn() {
    // Pipy's documentation: "if you alter the event object itself, the change will be visible on the output".
    String script = lines(PRELUDE, "var kept", "pipy()", ".pipeline('p')",
        ".handleData(d => { d.shift(1); d.push('!'); kept = d })",
        ".pipeline('later').replaceStreamStart(() => { kept.push('?'); return new Data(kept.toString()) })");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("abc"), data("x"), se());
      assertEquals("D(bc!) D(!) SE", shape(t, run));
      // The script still owns its object after it went on, and may go on changing it.
      assertEquals("!?", t.run("later").input(se()).outputText());
      assertEquals("D(bc!) D(!) SE", shape(t, run));
    }
  }

  @Test
  void emptyDataIsHandledToo() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')", ".handleData((d, i) => log.push(d.size + '/' + i))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("D() D(x) SE", shape(t, t.run("p").input(data(""), data("x"), se())));
      assertEquals("0/0 | 1/1", report(t));
    }
  }

  // ---- handleMessageBody

  @Test
  void handleMessageBodyIsCalledOncePerMessageWithTheWholeBody() {
    String[] r = runWithSource(".handleMessageBody((b, i) => log.push(show(b) + '/' + i + '/' + (b instanceof Data)))");
    assertEquals(FLOW, r[0]);
    // Data outside messages is not part of any body; a message without Data has an empty body.
    assertEquals("D(bc)/0/true | D()/1/true", r[1]);
  }

  @Test
  void handleMessageBodyIsCalledWhenTheStreamEndsInsideAMessage() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')", ".handleMessageBody(b => log.push(show(b)))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("MS D(ab) D(c) SE(ConnectionReset)",
          shape(t, t.run("p").input(ms(), data("ab"), data("c"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET))));
      assertEquals("D(abc)", report(t));
    }
  }

  @Test
  void handleMessageBodyKeepsTheFirstBufferLimitBytes() {
    String script = lines(PRELUDE, "pipy()",
        ".pipeline('p').handleMessageBody(b => log.push('opt ' + b.toString()), { bufferLimit: 5 })",
        ".pipeline('q').handleMessageBody('1k', b => log.push('old ' + b.size))",
        REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      // The whole message still goes on; only what the callback sees is cut.
      assertEquals("MS D(abcdef) D(ghij) ME", shape(t, t.run("p").input(ms(), data("abcdef"), data("ghij"), me())));
      t.run("q").input(ms(), data("x".repeat(1500)), me());
      assertEquals("opt abcde | old 1024", report(t));
    }
  }

  @Test
  void handleMessageBodyInPipelineStyle() {
    String script = lines(PRELUDE,
        "pipy.listen(8000, $=>$.handleMessageBody(b => log.push(b.toString()), { bufferLimit: '2' }))",
        "pipy.listen(8001, $=>$.replaceStreamStart(() => new Data(log.join(' | '))))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      t.run(t.listenLayout(0)).input(ms(), data("hello"), me(), ms(), me(), se());
      assertEquals("he | ", t.run(t.listenLayout(1)).input(se()).outputText());
    }
  }

  // ---- handleMessage

  @Test
  void handleMessageIsCalledWithHeadBodyAndTail() {
    String[] r = runWithSource(".handleMessage((m, i) => log.push(JSON.stringify(m.head) + ' ' + m.body.toString()"
        + " + ' ' + JSON.stringify(m.tail) + ' ' + (m instanceof Message) + '/' + i))");
    assertEquals(FLOW, r[0]);
    assertEquals("{\"n\":1} bc {\"t\":1} true/0 | {\"n\":2}  null true/1", r[1]);
  }

  @Test
  void handleMessageGetsAMessageWithoutTailWhenTheStreamEndsInsideIt() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')",
        ".replaceMessageStart(() => new MessageStart({x:1}))",
        ".handleMessage(m => log.push(JSON.stringify(m.head) + ' ' + m.body.toString() + ' ' + m.tail))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("MS{\"x\":1} D(ab) SE(ConnectionReset)",
          shape(t, t.run("p").input(ms(), data("ab"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET))));
      assertEquals("{\"x\":1} ab null", report(t));
    }
  }

  @Test
  void aMessageStartInsideAMessageStartsTheMessageOver() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')",
        ".replaceMessageStart((e, i) => new MessageStart({i}))",
        ".handleMessage(m => log.push(JSON.stringify(m.head) + ' ' + m.body.toString()))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("MS{\"i\":0} D(x) MS{\"i\":1} D(y) ME SE", shape(t, t.run("p").input(ms(), data("x"), ms(), data("y"), me(), se())));
      assertEquals("{\"i\":1} y", report(t));
    }
  }

  @Test
  void handleMessageBufferLimitInBothForms() {
    String script = lines(PRELUDE, "pipy()",
        ".pipeline('p').handleMessage(m => log.push(m.body.toString()), { bufferLimit: 3 })",
        ".pipeline('q').handleMessage(4, m => log.push(m.body.toString()))",
        REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("MS D(abcdef) ME", shape(t, t.run("p").input(ms(), data("abcdef"), me())));
      t.run("q").input(ms(), data("ab"), data("cdef"), me());
      assertEquals("abc | abcd", report(t));
    }
  }

  @Test
  void handleMessageInPipelineStyle() {
    String script = lines(PRELUDE,
        "pipy.listen(8000, $=>$.handleMessage((m, i) => log.push(m.body.toString() + '/' + i)))",
        "pipy.listen(8001, $=>$.replaceStreamStart(() => new Data(log.join(' | '))))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run(t.listenLayout(0)).input(ms(), data("one"), me(), ms(), data("two"), me(), se());
      assertEquals("MS D(one) ME MS D(two) ME SE", shape(t, run));
      assertEquals("one/0 | two/1", t.run(t.listenLayout(1)).input(se()).outputText());
    }
  }

  // ---- handleMessageEnd

  @Test
  void handleMessageEndIsCalledForEveryMessageEndWithItsTail() {
    String[] r = runWithSource(".handleMessageEnd((e, i) => log.push(show(e) + ' ' + JSON.stringify(e.tail) + '/' + i))");
    assertEquals(FLOW, r[0]);
    assertEquals("ME{\"t\":1} {\"t\":1}/0 | ME null/1", r[1]);
  }

  @Test
  void handleMessageEndSeesThePayload() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')",
        ".replaceMessageEnd(() => new MessageEnd({t:2}, 'the payload'))",
        ".handleMessageEnd(e => log.push(e.payload))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("MS ME{\"t\":2}", shape(t, t.run("p").input(ms(), me())));
      assertEquals("the payload", report(t));
    }
  }

  // ---- handleStreamEnd

  @Test
  void handleStreamEndIsCalledWithTheStreamEnd() {
    String[] r = runWithSource(".handleStreamEnd((e, i) => log.push(show(e) + ' ' + e.error + '/' + i))");
    assertEquals(FLOW, r[0]);
    assertEquals("SE undefined/0", r[1]);
  }

  @Test
  void handleStreamEndSeesTheErrorCode() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')", ".handleStreamEnd(e => log.push(typeof e.error + ' ' + e.error))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("D(x) SE(ConnectionReset)", shape(t, t.run("p").input(data("x"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET))));
      assertEquals("string ConnectionReset", report(t));
    }
  }

  @Test
  void eventsAfterTheStreamEndStillPassAndAreHandled() {
    // As in Pipy, the handle filters do not police the stream: what comes after a StreamEnd goes on.
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')",
        ".handleData((d, i) => log.push('data ' + d.toString() + '/' + i))",
        ".handleStreamEnd((e, i) => log.push('end/' + i))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      Event[] in = {data("q"), se(), data("r"), ms(), me(), se()};
      assertEquals("D(q) SE D(r) MS ME SE", shape(t, t.run("p").input(in)));
      assertEquals("data q/0 | end/0 | data r/1 | end/1", report(t));
    }
  }

  @Test
  void everyHandleFilterInPipelineStyle() {
    String script = lines(PRELUDE,
        "pipy.listen(8000, $=>$",
        "  .replaceStreamStart(e => [e, new MessageStart({n:1}), new Data('b'), new MessageEnd({t:1})])",
        "  .handleStreamStart(e => log.push('start ' + show(e)))",
        "  .handleMessageStart(e => log.push('ms ' + show(e)))",
        "  .handleData(d => log.push('data ' + show(d)))",
        "  .handleMessageBody(b => log.push('body ' + show(b)))",
        "  .handleMessage(m => log.push('msg ' + m.body.toString()))",
        "  .handleMessageEnd(e => log.push('me ' + show(e)))",
        "  .handleStreamEnd(e => log.push('end ' + show(e)))",
        ")",
        "pipy.listen(8001, $=>$.replaceStreamStart(() => new Data(log.join(' | '))))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run(t.listenLayout(0)).input(data("a"), se());
      assertEquals("D(a) MS{\"n\":1} D(b) ME{\"t\":1} SE", shape(t, run));
      assertEquals("start D(a) | data D(a) | ms MS{\"n\":1} | data D(b) | body D(b) | msg b | me ME{\"t\":1} | end SE",
          t.run(t.listenLayout(1)).input(se()).outputText());
    }
  }

  // ---- bad arguments

  @Test
  void aCallbackThatIsNotAFunctionIsALoadError() {
    String report = loadError(lines("pipy()", ".pipeline('p')", "  .handleData('not a function')"));
    assertTrue(report.contains("test.js:3:4"), report);
    assertTrue(report.contains("handleData: callback expects a function, got string"), report);
    report = loadError(lines("pipy()", ".pipeline('p')", "  .handleMessageStart()"));
    assertTrue(report.contains("test.js:3:4") && report.contains("handleMessageStart: callback expects a function, got undefined"), report);
  }

  @Test
  void badBufferLimitsAreLoadErrors() {
    String report = loadError(lines("pipy()", ".pipeline('p')", ".handleMessage(m => m, { bufferLimit: 'lots' })"));
    assertTrue(report.contains("test.js:3:2") && report.contains("handleMessage: options.bufferLimit: invalid size 'lots'"), report);
    report = loadError(lines("pipy()", ".pipeline('p')", ".handleMessageBody(b => b, 42)"));
    assertTrue(report.contains("test.js:3:2") && report.contains("handleMessageBody: options expects an object, got number"), report);
  }
}
