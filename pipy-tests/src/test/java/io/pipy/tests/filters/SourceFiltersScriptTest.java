package io.pipy.tests.filters;

import static io.pipy.tests.filters.Scripts.PRELUDE;
import static io.pipy.tests.filters.Scripts.REPORT;
import static io.pipy.tests.filters.Scripts.await;
import static io.pipy.tests.filters.Scripts.awaitEnd;
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
 * Filters that make or hold back events rather than transform them: {@code insert},
 * {@code produce}, {@code wait} and {@code dummy}. Expected results were checked against Pipy
 * 1.5.18 unless a test says otherwise.
 */
@Timeout(30)
@ExtendWith(LeakWatch.class)
class SourceFiltersScriptTest {

  private static final String MANUAL = lines(
      "var pending = []",
      "var later = () => new Promise((resolve, reject) => pending.push({resolve, reject}))");

  /** Pipeline 'go' fulfils (or, for input 'reject:x', rejects) the oldest pending promise. */
  private static final String GO = ".pipeline('go').handleData(d => { var s = d.toString(), p = pending.shift();"
      + " s.startsWith('reject:') ? p.reject(s.substring(7)) : p.resolve(s) })";

  private static String loadError(String script) {
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.load("test.js", script).close());
    return e.report();
  }

  // ---- insert

  @Test
  void insertPutsEventsBeforeTheFirstEventOnly() {
    assertEquals("D(x) MS D(m) ME D(a) MS D(b) ME SE",
        shape("pipy().pipeline('p').insert(() => [new Data('x'), new Message('m')])", data("a"), ms(), data("b"), me(), se()));
    assertEquals("D(hello) D(a) D(b) SE", shape("pipy().pipeline('p').insert(new Data('hello'))", data("a"), data("b"), se()));
    assertEquals("D(a) SE", shape("pipy().pipeline('p').insert(() => null)", data("a"), se()));
  }

  @Test
  void insertInPipelineStyle() {
    assertEquals("MS D(banner) ME SE", shapeListen("pipy.listen(8000, $=>$.insert(new Message('banner')))", se()));
    assertEquals("D(1) D(2) D(in) SE", shapeListen("pipy.listen(8000, $=>$.insert(() => [new Data('1'), new Data('2')]))", data("in"), se()));
  }

  @Test
  void aPromiseFromInsertDoesNotHoldTheStreamUp() {
    String script = lines(MANUAL, "pipy()", ".pipeline('p').insert(() => later().then(v => new Data('<' + v + '>')))", GO);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("a"), data("b"));
      assertEquals("D(a) D(b)", shape(t, run));
      t.run("go").input(data("late"));
      run.input(se());
      assertEquals("D(a) D(b) D(<late>) SE", shape(t, run));
    }
  }

  @Test
  void insertErrorsEndTheStream() {
    String script = lines("pipy()", ".pipeline('p').insert(() => 42)", ".pipeline('q').insert(() => { throw new Error('no insert') })");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("a"), data("b"), se())));
      assertTrue(t.log().contains("test.js:2:16: insert: the inserted value is not an event, a Message or an array of those"), t.log());
      assertEquals("SE(RuntimeError)", shape(t, t.run("q").input(data("a"), se())));
      assertTrue(t.log().contains("Error: no insert"), t.log());
    }
    String report = loadError(lines("pipy()", ".pipeline('p')", ".insert(42)"));
    assertTrue(report.contains("test.js:3:2") && report.contains("insert: expects an Event, a Message, a function or an array, got number"), report);
  }

  // ---- produce

  @Test
  void produceCallsTheProducerUntilAStreamEnd() {
    String script = lines("var n = 0", "pipy()", ".pipeline('p').produce(() => n++ < 3 ? new Data('p' + n) : new StreamEnd)");
    // The input only starts it; it is discarded.
    assertEquals("D(p1) D(p2) D(p3) SE", shape(script, data("ignored"), se()));
  }

  @Test
  void produceTakesArraysMessagesAndDropsWhatFollowsTheEnd() {
    String script = lines("var n = 0", "pipy()",
        ".pipeline('p').produce(() => n++ < 2 ? [new Message('m' + n)] : [new Data('last'), new StreamEnd, new Data('after')])");
    assertEquals("MS D(m1) ME MS D(m2) ME D(last) SE", shape(script, ms(), me()));
  }

  @Test
  void aConstantProducerIsOutputOnce() {
    assertEquals("D(once)", shape("pipy().pipeline('p').produce(new Data('once'))", data("a"), data("b"), se()));
  }

  @Test
  void producedPromisesAreWaitedFor() {
    String script = lines(MANUAL, "var n = 0", "pipy()", ".pipeline('p').produce(() => n++ < 2 ? later().then(v => new Data(v)) : new StreamEnd)", GO);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("start"));
      assertEquals("", shape(t, run));
      t.run("go").input(data("q1"));
      assertEquals("D(q1)", shape(t, run));
      t.run("go").input(data("q2"));
      assertEquals("D(q1) D(q2) SE", shape(t, run));
    }
  }

  @Test
  void producerErrorsEndTheStream() {
    String script = lines(MANUAL, "pipy()",
        ".pipeline('p').produce(() => 42)",
        ".pipeline('q').produce(() => { throw new Error('dry') })",
        ".pipeline('r').produce(() => later())", GO);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("a"))));
      assertTrue(t.log().contains("produce: the production is not an event, a Message or an array of those"), t.log());
      assertEquals("SE(RuntimeError)", shape(t, t.run("q").input(data("a"))));
      assertTrue(t.log().contains("Error: dry"), t.log());
      ScriptTester.Run r = t.run("r").input(data("a"));
      t.run("go").input(data("reject:gone"));
      assertEquals("SE(RuntimeError)", shape(t, r));
      assertTrue(t.log().contains("produce: promise rejected: gone"), t.log());
    }
    String report = loadError(lines("pipy()", ".pipeline('p')", ".produce(42)"));
    assertTrue(report.contains("test.js:3:2") && report.contains("produce: expects a function or events, got number"), report);
  }

  @Test
  void anEndlessProducerLeavesTheWorkerFreeForOtherStreams() {
    String script = lines("pipy()", ".pipeline('p').produce(() => new Data('x'))", ".pipeline('q').replaceData(d => new Data('q'))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run endless = t.run("p").input(data("go"));
      // Other work gets the worker between batches of productions.
      assertEquals("D(q) SE", shape(t, t.run("q").input(data("a"), se())));
      await(t, () -> endless.output().size() > 1000);
      endless.release();
      int n = endless.output().size();
      t.settle(20);
      assertEquals(n, endless.output().size());
    }
  }

  // ---- wait

  @Test
  void waitHoldsEverythingBackUntilTheConditionHolds() {
    String script = lines("var open = false", "pipy()",
        ".pipeline('p').wait(() => open)",
        ".pipeline('open').handleStreamStart(() => { open = true })");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("a"), ms(), data("b"), me());
      t.settle(30);
      assertEquals("", shape(t, run));
      // Pipy 1.x checks only when events arrive; ours also re-checks while events are held,
      // as the documentation promises ("whenever any state in the context has changed").
      t.run("open").input(se());
      await(t, () -> !shape(t, run).isEmpty());
      run.input(se());
      assertEquals("D(a) MS D(b) ME SE", shape(t, run));
    }
  }

  @Test
  void waitLetsEverythingThroughWhenTheConditionAlreadyHolds() {
    assertEquals("D(a) SE", shape("pipy().pipeline('p').wait(() => true)", data("a"), se()));
  }

  @Test
  void waitOnAPromise() {
    String script = lines(MANUAL, "pipy()", ".pipeline('p').wait(() => later())", GO);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("a"), se());
      assertEquals("", shape(t, run));
      t.run("go").input(data("any value"));
      assertEquals("D(a) SE", shape(t, run));
      ScriptTester.Run rejected = t.run("p").input(data("a"), se());
      t.run("go").input(data("reject:nope"));
      assertEquals("SE(RuntimeError)", shape(t, rejected));
      assertTrue(t.log().contains("wait: promise rejected: nope"), t.log());
    }
  }

  @Test
  void waitTimeoutLetsEverythingThrough() {
    String script = lines("pipy()", ".pipeline('p').wait(() => false, { timeout: 0.05 })", ".pipeline('q').wait(() => false, { timeout: '50ms' })");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run p = t.run("p").input(data("a"), se());
      ScriptTester.Run q = t.run("q").input(data("b"), se());
      assertEquals("D(a) SE", awaitEnd(t, p));
      assertEquals("D(b) SE", awaitEnd(t, q));
    }
  }

  @Test
  void aThrowingConditionEndsTheStream() {
    String script = lines("pipy()", ".pipeline('p').wait(() => { throw new Error('cannot tell') })");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("a"), data("b"), se())));
      assertTrue(t.log().contains("test.js:2:35: Error: cannot tell"), t.log());
    }
    String report = loadError(lines("pipy()", ".pipeline('p')", ".wait(true)"));
    assertTrue(report.contains("test.js:3:2") && report.contains("wait: condition expects a function, got boolean"), report);
  }

  @Test
  void waitInPipelineStyle() {
    String script = lines("var ready = false",
        "pipy.listen(8000, $=>$.wait(() => ready))",
        "pipy.listen(8001, $=>$.handleStreamStart(() => { ready = true }))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run(t.listenLayout(0)).input(data("x"));
      t.run(t.listenLayout(1)).input(se());
      // The next event re-checks the condition at once.
      run.input(se());
      assertEquals("D(x) SE", shape(t, run));
    }
  }

  // ---- dummy

  @Test
  void dummySwallowsEverythingButTheEnd() {
    assertEquals("SE", shape("pipy().pipeline('p').dummy()", data("a"), ms(), data("b"), me(), se()));
    assertEquals("SE(ConnectionReset)", shapeListen("pipy.listen(8000, $=>$.dummy())", data("a"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET)));
  }

  @Test
  void dummyAfterAFilterThatLooks() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p').handleData(d => log.push(d.toString())).dummy()", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("SE", shape(t, t.run("p").input(data("seen"), se())));
      assertEquals("seen", report(t));
    }
  }
}
