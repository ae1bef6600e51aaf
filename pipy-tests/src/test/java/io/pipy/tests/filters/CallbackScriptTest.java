package io.pipy.tests.filters;

import static io.pipy.tests.filters.Scripts.PRELUDE;
import static io.pipy.tests.filters.Scripts.REPORT;
import static io.pipy.tests.filters.Scripts.awaitEnd;
import static io.pipy.tests.filters.Scripts.data;
import static io.pipy.tests.filters.Scripts.lines;
import static io.pipy.tests.filters.Scripts.me;
import static io.pipy.tests.filters.Scripts.ms;
import static io.pipy.tests.filters.Scripts.report;
import static io.pipy.tests.filters.Scripts.se;
import static io.pipy.tests.filters.Scripts.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.engine.ScriptTester;
import io.pipy.engine.filters.LeakWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every callback of the handle and replace filters shares: a returned promise pauses the
 * stream until it settles (later events wait, order kept), a rejected promise or a throwing
 * callback ends the stream with a {@code RuntimeError} and logs where, and other streams on the
 * worker carry on.
 */
@Timeout(30)
@ExtendWith(LeakWatch.class)
class CallbackScriptTest {

  /** Promises the test settles by running pipeline 'go' (which fulfils the oldest one with its input). */
  private static final String MANUAL = lines(
      "var pending = []",
      "var later = v => new Promise(r => pending.push(r))");

  private static final String GO = ".pipeline('go').handleData(d => pending.shift()(d.toString()))";

  private static void go(ScriptTester t, String value) {
    t.run("go").input(data(value));
  }

  @Test
  void aPromiseFromHandleDataHoldsBackThatDataAndEverythingAfterIt() {
    String script = lines(PRELUDE, MANUAL, "pipy()",
        ".pipeline('p').handleData((d, i) => { log.push('cb ' + d.toString() + '/' + i); return later() })",
        GO, REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(ms(), data("a"), data("b"), me(), se());
      assertEquals("MS", shape(t, run));
      assertEquals("cb a/0", report(t));
      go(t, "first");
      assertEquals("MS D(a)", shape(t, run));
      assertEquals("cb a/0 | cb b/1", report(t));
      go(t, "second");
      assertEquals("MS D(a) D(b) ME SE", shape(t, run));
    }
  }

  @Test
  void eventsArrivingWhilePausedAreQueuedInOrder() {
    String script = lines(PRELUDE, MANUAL, "pipy()",
        ".pipeline('p').handleMessageStart(() => later()).handleData(d => log.push(d.toString()))",
        GO, REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(ms(), data("1"));
      run.input(data("2"), me(), ms(), data("3"));
      assertEquals("", shape(t, run));
      go(t, "x");
      // The second message pauses again at its MessageStart.
      assertEquals("MS D(1) D(2) ME", shape(t, run));
      assertEquals("1 | 2", report(t));
      run.input(me(), se());
      go(t, "y");
      assertEquals("MS D(1) D(2) ME MS D(3) ME SE", shape(t, run));
    }
  }

  @Test
  void aPausedStreamDoesNotHoldUpOtherStreams() {
    String script = lines(PRELUDE, MANUAL, "pipy()",
        ".pipeline('p').handleData(d => d.toString() === 'wait' ? later() : undefined)", GO);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run slow = t.run("p").input(data("wait"), data("more"));
      ScriptTester.Run fast = t.run("p").input(data("x"), data("y"), se());
      assertEquals("D(x) D(y) SE", shape(t, fast));
      assertEquals("", shape(t, slow));
      go(t, "now");
      slow.input(se());
      assertEquals("D(wait) D(more) SE", shape(t, slow));
    }
  }

  @Test
  void aPromisedReplacementIsOutputWhenFulfilled() {
    String script = lines(PRELUDE, MANUAL, "pipy()",
        ".pipeline('p').replaceMessage(m => later().then(v => new Message(m.body.toString() + '->' + v)))", GO);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(ms(), data("q1"), me(), ms(), data("q2"), me(), se());
      assertEquals("", shape(t, run));
      go(t, "r1");
      assertEquals("MS D(q1->r1) ME", shape(t, run));
      go(t, "r2");
      assertEquals("MS D(q1->r1) ME MS D(q2->r2) ME SE", shape(t, run));
    }
  }

  @Test
  void timersResolvePromisesToo() {
    String script = lines(PRELUDE, "pipy()",
        ".pipeline('p').handleData(d => { log.push('cb ' + d.toString()); return new Timeout(0.02).wait().then(() => log.push('done ' + d.toString())) })",
        REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("a"), ms(), data("b"), me(), se());
      assertEquals("D(a) MS D(b) ME SE", awaitEnd(t, run));
      assertEquals("cb a | done a | cb b | done b", report(t));
    }
  }

  @Test
  void aRejectedPromiseEndsTheStreamWithAnError() {
    String script = lines(PRELUDE, MANUAL, "pipy()",
        ".pipeline('p')",
        "  .handleData(d => later().then(v => { throw new Error('refused ' + v) }))",
        "  .handleStreamEnd(e => log.push(e.error instanceof Error ? e.error.message : String(e.error)))",
        GO, REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("a"), data("b"), se());
      go(t, "x");
      assertEquals("SE(RuntimeError)", shape(t, run));
      assertEquals("refused x", report(t));
      assertTrue(t.log().contains("test.js:11:4: handleData: promise rejected: Error: refused x"), t.log());
      // What comes later is dropped: the stream has ended.
      run.input(data("c"), se());
      assertEquals("SE(RuntimeError)", shape(t, run));
    }
  }

  @Test
  void aThrowingCallbackEndsItsStreamAndLogsWhereWhileOtherStreamsCarryOn() {
    String script = lines(PRELUDE, "pipy()",
        ".pipeline('p')",
        "  .handleData(d => { if (d.toString() === 'bad') throw new Error('boom on ' + d.toString()) })",
        "  .handleStreamEnd(e => log.push(e.error ? e.error.message : 'normal end'))",
        REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run good = t.run("p").input(data("x"));
      ScriptTester.Run bad = t.run("p").input(data("ok"), data("bad"), data("after"), se());
      good.input(data("y"), se());
      assertEquals("D(ok) SE(RuntimeError)", shape(t, bad));
      assertEquals("D(x) D(y) SE", shape(t, good));
      assertEquals("boom on bad | normal end", report(t));
      String log = t.log();
      // Where the Error was made (line 9: the prelude takes six lines), the
      // source line and a caret under it.
      assertTrue(log.contains("test.js:9:56: Error: boom on bad"), log);
      assertTrue(log.contains("9 |   .handleData(d => { if (d.toString() === 'bad') throw new Error('boom on ' + d.toString()) })"), log);
      assertTrue(log.contains("  |" + " ".repeat(56) + "^"), log);
    }
  }

  @Test
  void aThrowingReplaceCallbackEndsTheStreamOnce() {
    // Pipy 1.5 outputs an error StreamEnd for each throw and lets the rest through; ours ends the
    // stream once, which is what the downstream (a connection, a mux) acts on anyway.
    String script = lines("pipy()", ".pipeline('p')", ".replaceData(() => { throw 'plain string' })");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("a"), data("b"), ms(), me(), se());
      assertEquals("SE(RuntimeError)", shape(t, run));
      assertTrue(t.log().contains("test.js:3:22: Uncaught plain string"), t.log());
    }
  }

  @Test
  void theCounterGoesOnAcrossPauses() {
    String script = lines(PRELUDE, MANUAL, "pipy()",
        ".pipeline('p').replaceData((d, i) => i === 1 ? later().then(v => new Data(v + i)) : new Data(d.toString() + i))", GO);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(data("a"), data("b"), data("c"), se());
      go(t, "B");
      assertEquals("D(a0) D(B1) D(c2) SE", shape(t, run));
    }
  }

  @Test
  void promisesPauseInPipelineStyleToo() {
    String script = lines(PRELUDE, MANUAL,
        "pipy.listen(8000, $=>$.handle(e => e instanceof MessageEnd ? later() : null))",
        "pipy.listen(8001, $=>$.handleData(d => pending.shift()(d.toString())))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run(t.listenLayout(0)).input(ms(), data("a"), me(), data("after"), se());
      assertEquals("MS D(a)", shape(t, run));
      t.run(t.listenLayout(1)).input(data("go"));
      assertEquals("MS D(a) ME D(after) SE", shape(t, run));
    }
  }

  @Test
  void aReleasedPipelineIgnoresItsLateSettlingPromise() {
    String script = lines(PRELUDE, MANUAL, "pipy()",
        ".pipeline('p').handleData(d => { log.push('cb ' + d.toString()); return later() })", GO, REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run first = t.run("p").input(data("old"), data("queued"));
      first.release();
      ScriptTester.Run second = t.run("p").input(data("new"));
      go(t, "late"); // fulfils the first stream's promise: nothing may come of it
      assertEquals("", shape(t, second));
      assertEquals("", shape(t, first));
      go(t, "now");
      second.input(se());
      assertEquals("D(new) SE", shape(t, second));
      assertEquals("cb old | cb new", report(t));
    }
  }
}
