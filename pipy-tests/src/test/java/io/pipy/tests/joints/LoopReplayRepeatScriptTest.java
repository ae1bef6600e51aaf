package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.data;
import static io.pipy.tests.joints.Scripts.js;
import static io.pipy.tests.joints.Scripts.listenShape;
import static io.pipy.tests.joints.Scripts.shape;
import static io.pipy.tests.joints.Scripts.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code loop} (output fed back into the sub-pipeline), {@code replay} (the recorded input played
 * again to a new sub-pipeline after {@code StreamEnd('Replay')}, after a delay), the pipeline
 * style's {@code repeat(condition)} filter and the configuration style's batch
 * {@code repeat(count | array, fn)}. Checked against Pipy 1.5.18.
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class LoopReplayRepeatScriptTest {

  // ---- loop ----

  private static final String COUNTDOWN = js(
      "pipy.listen(8000, $=>$",
      "  .loop($=>$.replaceData(d => (n => n > 0 ? new Data('' + (n - 1)) : null)(Number(d.toString()))))",
      ")");

  @Test
  void loopOutputsWhatItsSubPipelineOutputsAndFeedsItBackIn() {
    Scripts.with(COUNTDOWN, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(data("3"));
      // Output made while the sub-pipeline is busy goes round in a later task, as in Pipy.
      t.settle(20);
      assertEquals("D(2) D(1) D(0)", r.shape());
      r.release();
      return null;
    });
  }

  @Test
  void loopEndsOnceWhenItsSubPipelineEnds() {
    // Deliberate difference: Pipy 1.5 outputs the StreamEnd and also feeds it back in, so it
    // may come out more than once; we end the output with the first.
    Scripts.with(COUNTDOWN, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(data("1"), StreamEnd.normal());
      t.settle(20);
      assertEquals("D(0) SE", r.shape());
      r.release();
      return null;
    });
  }

  @Test
  void loopInTheConfigurationStyle() {
    String script = js(
        "pipy()",
        ".pipeline('in')",
        "  .loop($=>$.replaceData(d => d.size < 4 ? new Data(d.toString() + '+') : null))");
    Scripts.with(script, t -> {
      ScriptTester.Run r = t.run("in");
      r.input(data("a"));
      t.settle(20);
      assertEquals("D(a+) D(a++) D(a+++)", r.shape());
      r.release();
      return null;
    });
  }

  // ---- replay ----

  private static String replayScript(String options) {
    return js(
        "var attempts = 0",
        "pipy({ _attempt: 0 })",
        ".pipeline('in')",
        "  .replay(" + options + ").to($=>$",
        "    .onStart(() => { _attempt = ++attempts })",
        "    .replaceData(d => _attempt < 3 ? new StreamEnd('Replay') : new Data(d.toString() + '@' + _attempt)))");
  }

  @Test
  void replayPlaysTheRecordedInputToANewSubPipelineAfterAReplayEnd() {
    Scripts.with(replayScript(""), t -> {
      ScriptTester.Run r = t.run("in");
      r.input(stream("x", "y"));
      t.settle(50);
      assertEquals("D(x@3) D(y@3) SE", r.shape());
      r.release();
      return null;
    });
  }

  @Test
  void replayWaitsForTheDelayBeforePlayingAgain() {
    Scripts.with(replayScript("{ delay: 0.3 }"), t -> {
      ScriptTester.Run r = t.run("in");
      r.input(stream("x"));
      t.settle(150);
      assertEquals("", r.shape());
      t.settle(700);
      assertEquals("D(x@3) SE", r.shape());
      r.release();
      return null;
    });
  }

  @Test
  void replayDelayMayBeADurationStringOrAFunction() {
    // '50ms' is 50 milliseconds here; Pipy 1.5 reads the 'm' and takes it as 50 minutes.
    Scripts.with(replayScript("{ delay: '50ms' }"), t -> {
      ScriptTester.Run r = t.run("in");
      r.input(stream("x"));
      t.settle(400);
      assertEquals("D(x@3) SE", r.shape());
      r.release();
      return null;
    });
    Scripts.with(replayScript("{ delay: () => (console.log('delay asked at attempt ' + attempts), 0.01) }"), t -> {
      ScriptTester.Run r = t.run("in");
      r.input(stream("x"));
      t.settle(300);
      assertEquals("D(x@3) SE", r.shape());
      assertTrue(Scripts.logLines(t).containsAll(java.util.List.of("delay asked at attempt 1", "delay asked at attempt 2")), t.log());
      r.release();
      return null;
    });
  }

  @Test
  void inputArrivingWhileAReplayIsPendingIsPlayedToo() {
    Scripts.with(replayScript("{ delay: 0.2 }"), t -> {
      ScriptTester.Run r = t.run("in");
      r.input(data("x"));
      t.settle(50);
      r.input(data("late"), StreamEnd.normal());
      t.settle(900);
      assertEquals("D(x@3) D(late@3) SE", r.shape());
      r.release();
      return null;
    });
  }

  @Test
  void otherEndsOfTheSubPipelineEndTheReplay() {
    String script = js(
        "pipy()",
        ".pipeline('in')",
        "  .replay().to($=>$.replaceData(() => new StreamEnd('ConnectionRefused')))");
    assertEquals("SE(ConnectionRefused)", shape(script, "in", stream("x")));
  }

  // ---- repeat (pipeline style filter) ----

  @Test
  void repeatRunsTheRecordedInputAgainWhileTheConditionHolds() {
    String script = js(
        "var runs = 0",
        "var ends = []",
        "pipy.listen(8000, $=>$",
        "  .repeat(e => (ends.push(e.error === undefined ? 'ok' : e.error), runs < 3)).to($=>$",
        "    .onStart(() => void runs++)",
        "    .replaceData(d => new Data(d.toString() + '#' + runs)))",
        "  .replaceStreamEnd(e => [new Data('ends ' + ends.join()), e])",
        ")");
    assertEquals("D(x#1) D(x#2) D(x#3) D(ends ok,ok,ok) SE", listenShape(script, stream("x")));
  }

  @Test
  void repeatConditionMayReturnAPromise() {
    String script = js(
        "var runs = 0",
        "pipy.listen(8000, $=>$",
        "  .repeat(() => Promise.resolve(runs < 2)).to($=>$",
        "    .onStart(() => void runs++)",
        "    .replaceData(d => new Data('run ' + runs)))",
        ")");
    Scripts.with(script, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(stream("x"));
      t.settle(50);
      assertEquals("D(run 1) D(run 2) SE", r.shape());
      r.release();
      return null;
    });
  }

  @Test
  void repeatKeepsRecordingInputThatArrivesLater() {
    String script = js(
        "var runs = 0",
        "pipy.listen(8000, $=>$",
        "  .repeat(() => runs < 2).to($=>$",
        "    .onStart(() => void runs++)",
        "    .replaceData(d => d.toString() === 'end' ? new StreamEnd : new Data(d.toString() + runs)))",
        ")");
    Scripts.with(script, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(data("a"));
      assertEquals("D(a1)", r.shape());
      // 'end' ends run 1; run 2 gets a, end again and ends: the condition says stop.
      r.input(data("end"));
      t.settle(20);
      assertEquals("D(a1) D(a2) SE", r.shape());
      r.release();
      return null;
    });
  }

  @Test
  void repeatNeedsAFunction() {
    ScriptException e = assertThrows(ScriptException.class, () ->
        ScriptTester.load("main.js", "pipy.listen(8000, $=>$.repeat('x').to($=>$))").close());
    assertTrue(e.getMessage().contains("repeat"), e.getMessage());
  }

  // ---- repeat (configuration style: batch configuration) ----

  @Test
  void configurationRepeatWithACountCallsTheFunctionThatManyTimes() {
    String script = js(
        "pipy()",
        ".pipeline('in')",
        "  .repeat(3, ($, i) => $.replaceData(d => new Data(d.toString() + i)))",
        "  .replaceData(d => new Data('[' + d.toString() + ']'))");
    assertEquals("D([x012]) SE", shape(script, "in", stream("x")));
  }

  @Test
  void configurationRepeatOverAnArrayGivesEachValueAndIndex() {
    String script = js(
        "pipy()",
        ".pipeline('in')",
        "  .repeat(['a', 'b'], ($, v, i) => $.replaceData(d => new Data(d.toString() + v + i)))");
    assertEquals("D(xa0b1) SE", shape(script, "in", stream("x")));
  }

  @Test
  void configurationRepeatCanDefineLayouts() {
    String script = js(
        "pipy()",
        ".repeat(['one', 'two'], ($, name) => $.pipeline(name).replaceData(() => new Data(name)))",
        ".pipeline('in').link('two')");
    assertEquals("D(two) SE", shape(script, "in", stream("x")));
  }
}
