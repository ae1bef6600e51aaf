package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.data;
import static io.pipy.tests.joints.Scripts.js;
import static io.pipy.tests.joints.Scripts.listenShape;
import static io.pipy.tests.joints.Scripts.shape;
import static io.pipy.tests.joints.Scripts.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code fork}, {@code forkJoin} and {@code forkRace}: copies of the input go to one
 * sub-pipeline, or to one per element of an array (given, or returned by a function), each
 * element and its index handed to the sub-pipeline's onStart; fork outputs its input, forkJoin
 * outputs it once every sub-pipeline has ended, forkRace outputs what the first sub-pipeline to
 * answer outputs. Checked against Pipy 1.5.18.
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class ForkScriptTest {

  @Test
  void forkCopiesTheInputToTheSubPipelineAndOutputsTheInputUnchanged() {
    String script = js(
        "var seen = []",
        "pipy()",
        ".pipeline('in')",
        "  .fork().to($=>$.handleData(d => seen.push(d.toString())).replaceData(() => new Data('discarded')))",
        "  .replaceStreamEnd(e => [new Data('sub saw ' + seen.join('+')), e])");
    assertEquals("D(a) D(b) D(sub saw a+b) SE", shape(script, "in", stream("a", "b")));
  }

  @Test
  void forkOverAnArrayStartsOneSubPipelinePerElementWithTheElementAndItsIndex() {
    String script = js(
        "var seen = []",
        "pipy({ _v: 'none' })",
        ".pipeline('in')",
        "  .fork(['x', 'y', 'z']).to($=>$",
        "    .onStart((v, i) => { _v = v + i })",
        "    .handleData(d => seen.push(_v + ':' + d.toString())))",
        "  .replaceStreamEnd(e => [new Data(seen.join(' ') + ' / ' + _v), e])");
    assertEquals("D(a) D(x0:a y1:a z2:a / none) SE", shape(script, "in", stream("a")));
  }

  @Test
  void forkWithAFunctionGetsTheArrayPerStream() {
    String script = js(
        "var seen = []",
        "pipy({ _n: 0 })",
        ".pipeline('in')",
        "  .handleData(d => { _n = Number(d.toString()) })",
        "  .fork(() => new Array(_n).fill(0).map((_, i) => 'w' + i)).to($=>$",
        "    .onStart(v => void seen.push(v)))",
        "  .replaceStreamEnd(e => [new Data(seen.splice(0).join()), e])");
    Scripts.with(script, t -> {
      ScriptTester.Run two = t.run("in");
      two.input(stream("2"));
      ScriptTester.Run three = t.run("in");
      three.input(stream("3"));
      assertEquals("D(2) D(w0,w1) SE", two.shape());
      assertEquals("D(3) D(w0,w1,w2) SE", three.shape());
      two.release();
      three.release();
      return null;
    });
  }

  @Test
  void forkWithASingleValueStartsOneSubPipelineWithThatValue() {
    String script = js(
        "var starts = []",
        "pipy()",
        ".pipeline('in')",
        "  .fork({ id: 7 }).to($=>$.onStart(v => void starts.push(v.id)))",
        "  .replaceStreamEnd(e => [new Data('started ' + starts.join()), e])");
    // Once: Pipy 1.5 calls this onStart twice for a single fork.
    assertEquals("D(x) D(started 7) SE", shape(script, "in", stream("x")));
  }

  @Test
  void forkOverAnEmptyArrayStartsNothingAndPassesTheInput() {
    String script = js(
        "var starts = 0",
        "pipy()",
        ".pipeline('in')",
        "  .fork([]).to($=>$.onStart(() => void starts++))",
        "  .replaceStreamEnd(e => [new Data('starts ' + starts), e])");
    assertEquals("D(x) D(starts 0) SE", shape(script, "in", stream("x")));
  }

  @Test
  void forkNamingTheLayoutFirstAsInPipy050() {
    String script = js(
        "var seen = []",
        "pipy({ _v: '' })",
        ".pipeline('in')",
        "  .fork('copy', () => ['p', 'q'])",
        "  .replaceStreamEnd(e => [new Data(seen.join()), e])",
        ".pipeline('copy')",
        "  .onStart(v => { _v = v })",
        "  .handleData(d => seen.push(_v + d.toString()))");
    assertEquals("D(a) D(pa,qa) SE", shape(script, "in", stream("a")));
  }

  // ---- forkJoin ----

  private static final String JOIN = js(
      "var $who",
      "var ends = []",
      "pipy.listen(8000, $=>$",
      "  .forkJoin(['a', 'b']).to($=>$",
      "    .onStart(v => { $who = v })",
      "    .replaceData(d => d.toString() === 'stop-' + $who ? new StreamEnd : d)",
      "    .handleStreamEnd(() => ends.push($who)))",
      "  .replaceStreamEnd(e => [new Data('ended ' + ends.join()), e])",
      ")");

  @Test
  void forkJoinHoldsTheInputUntilEverySubPipelineHasEnded() {
    Scripts.with(JOIN, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(data("x"), data("stop-a"));
      assertEquals("", r.shape());
      // The input that ends the last sub-pipeline comes out after what was held.
      r.input(data("stop-b"), data("y"), StreamEnd.normal());
      assertEquals("D(x) D(stop-a) D(stop-b) D(y) D(ended a,b) SE", r.shape());
      r.release();
      return null;
    });
  }

  @Test
  void forkJoinNeverOutputsWhileASubPipelineIsStillRunning() {
    String script = js(
        "pipy.listen(8000, $=>$",
        "  .forkJoin([1, 2]).to($=>$.onStart(n => void 0).replaceStreamEnd(() => null))",
        ")");
    assertEquals("", listenShape(script, stream("x")));
  }

  @Test
  void forkJoinOverAnEmptyArrayPassesTheInputAtOnce() {
    assertEquals("D(x) SE", listenShape("pipy.listen(8000, $=>$.forkJoin([]).to($=>$))", stream("x")));
  }

  // ---- forkRace ----

  @Test
  void forkRaceOutputsOnlyWhatTheFirstSubPipelineToAnswerOutputs() {
    String script = js(
        "var $who",
        "pipy.listen(8000, $=>$",
        "  .forkRace(['slow', 'fast']).to($=>$",
        "    .onStart(v => { $who = v })",
        "    .replaceData(d => $who === 'fast' || d.toString() === 'late' ? new Data($who + ':' + d.toString()) : null))",
        ")");
    // 'fast' answers the first Data; 'slow' only answers 'late', which is then dropped.
    assertEquals("D(fast:a) D(fast:late) SE", listenShape(script, stream("a", "late")));
  }

  @Test
  void forkRaceWithASingleSubPipelineOutputsItsOutputInsteadOfTheInput() {
    String script = "pipy.listen(8000, $=>$.forkRace().to($=>$.replaceData(d => new Data('[' + d.toString() + ']'))))";
    assertEquals("D([a]) SE", listenShape(script, stream("a")));
  }
}
