package io.pipy.tests.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The script class {@code Timeout}: {@code new Timeout(seconds)}, {@code wait()},
 * {@code restart()}, {@code cancel()}. Scripts record what happened in {@code log}; pipeline
 * 'report' shows it. Checked against Pipy 1.5.18 unless a test says otherwise.
 */
@Timeout(30)
class TimeoutScriptTest {

  private static final String REPORT = ".pipeline('report').replaceStreamStart(() => new Data(log.join(' | ')))";

  private static String report(ScriptTester t) {
    ScriptTester.Run r = t.run("report");
    r.input(StreamEnd.normal());
    return r.outputText();
  }

  /** Waits until the log has {@code n} entries (or 10 s); returns it. */
  private static String awaitLog(ScriptTester t, int n) {
    long until = System.nanoTime() + 10_000_000_000L;
    while (true) {
      String r = report(t);
      if ((r.isEmpty() ? 0 : r.split(" \\| ").length) >= n || System.nanoTime() > until) return r;
      t.settle(10);
    }
  }

  /** Runs pipeline 'p' once with one Data, so its callbacks make the timers. */
  private static void start(ScriptTester t) {
    ScriptTester.Run run = t.run("p");
    run.input(Data.fromString("go"));
  }

  @Test
  void waitIsFulfilledWithTheTimeoutWhenItFires() {
    String script = String.join("\n", "var log = []", "pipy()",
        ".pipeline('p').handleStreamStart(() => {",
        "  var t0 = Date.now()",
        "  var t = new Timeout(0.3)",
        "  t.wait().then(v => log.push('fired ' + (v === t) + ' ' + (Date.now() - t0 >= 290)))",
        "})", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      start(t);
      assertEquals("", report(t));
      assertEquals("fired true true", awaitLog(t, 1));
    }
  }

  @Test
  void waitingAfterItFiredIsFulfilledAtOnce() {
    String script = String.join("\n", "var log = []", "pipy()",
        ".pipeline('p').handleStreamStart(() => {",
        "  var t = new Timeout(0.01)",
        "  t.wait().then(() => { log.push('first'); t.wait().then(() => log.push('again')) })",
        "})", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      start(t);
      assertEquals("first | again", awaitLog(t, 2));
    }
  }

  @Test
  void cancelRejectsWaitersNowAndLater() {
    String script = String.join("\n", "var log = []", "pipy()",
        ".pipeline('p').handleStreamStart(() => {",
        "  var t = new Timeout(0.02)",
        "  t.wait().then(() => log.push('fired?'), v => log.push('rejected ' + (v === t)))",
        "  t.cancel()",
        "  t.wait().then(() => log.push('fired?'), () => log.push('rejected again'))",
        "})", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      start(t);
      assertEquals("rejected true | rejected again", awaitLog(t, 2));
      t.settle(60);
      assertEquals("rejected true | rejected again", report(t));
    }
  }

  @Test
  void restartStartsOverWithTheSameOrANewDuration() {
    // Pipy 1.5 has these two forms swapped by mistake (restart() fails, restart(t) ignores t);
    // ours does what the method says.
    String script = String.join("\n", "var log = []", "var t0", "pipy()",
        ".pipeline('p').handleStreamStart(() => {",
        "  t0 = Date.now()",
        "  var a = new Timeout(0.05)",
        "  new Timeout(0.03).wait().then(() => a.restart())",
        "  a.wait().then(() => log.push('a after ' + (Date.now() - t0 >= 75 ? 'restart' : 'too early')))",
        "  var b = new Timeout(0.02)",
        "  b.restart(0.1)",
        "  b.wait().then(() => log.push('b after ' + (Date.now() - t0 >= 95 ? 'new duration' : 'too early')))",
        "  var c = new Timeout(0.01)",
        "  c.cancel()",
        "  c.restart()",
        "  c.wait().then(() => log.push('c fired after cancel and restart'))",
        "})", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      start(t);
      String r = awaitLog(t, 3);
      assertTrue(r.contains("a after restart") && r.contains("b after new duration") && r.contains("c fired after cancel and restart"), r);
    }
  }

  @Test
  void aTimeoutPausesAStreamWhenItsPromiseIsReturned() {
    String script = String.join("\n", "pipy()", ".pipeline('p').replaceData(d => new Timeout(0.2).wait().then(() => new Data('late ' + d.toString())))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p");
      run.input(Data.fromString("a"), StreamEnd.normal());
      assertEquals("", run.outputText());
      long until = System.nanoTime() + 10_000_000_000L;
      while (run.output().size() < 2 && System.nanoTime() < until) t.settle(10);
      assertEquals(List.of("late a", StreamEnd.normal()), run.output());
    }
  }

  @Test
  void badArguments() {
    assertEquals(List.of("threw Timeout: requires 1 or more arguments", "threw Timeout: argument #1 expects a number", "\"function\""),
        Eval.all("", "new Timeout()", "new Timeout('1s')", "typeof new Timeout(1).wait"));
  }
}
