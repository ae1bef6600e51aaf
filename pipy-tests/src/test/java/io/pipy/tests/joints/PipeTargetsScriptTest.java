package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.data;
import static io.pipy.tests.joints.Scripts.js;
import static io.pipy.tests.joints.Scripts.listenShape;
import static io.pipy.tests.joints.Scripts.msg;
import static io.pipy.tests.joints.Scripts.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code pipe} in the pipeline style: a pipeline object, a key into a map of pipelines (builder
 * functions allowed), a function of the first event choosing either (input held while it returns
 * nothing), an array chaining pipelines for {@code pipeNext}; errors for unknown keys; the chosen
 * pipeline ending ends the pipe. (PipeScriptTest in io.pipy.tests covers startup arguments and
 * pipeNext's chain rules.) Checked against Pipy 1.5.18.
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class PipeTargetsScriptTest {

  private static final String MAP = js(
      "var upper = pipeline($=>$.replaceData(d => new Data(d.toString().toUpperCase())))",
      "var targets = {",
      "  upper,",
      "  star: ($=>$.replaceData(() => new Data('*'))),",
      "}");

  @Test
  void aPipelineObjectRunsTheStream() {
    assertEquals("D(X) SE", listenShape(MAP + "pipy.listen(8000, $=>$.pipe(upper))", stream("x")));
  }

  @Test
  void aKeyPicksFromTheMapWhoseEntriesMayBeBuilders() {
    assertEquals("D(*) D(*) SE", listenShape(MAP + "pipy.listen(8000, $=>$.pipe('star', targets))", stream("x", "y")));
    assertEquals("D(X) SE", listenShape(MAP + "pipy.listen(8000, $=>$.pipe('upper', targets))", stream("x")));
  }

  @Test
  void aFunctionChoosesFromTheFirstEvent() {
    String script = MAP + "pipy.listen(8000, $=>$.pipe(evt => evt.toString() === 'loud' ? 'upper' : 'star', targets))";
    assertEquals("D(LOUD) D(AGAIN) SE", listenShape(script, stream("loud", "again")));
    assertEquals("D(*) D(*) SE", listenShape(script, stream("quiet", "loud")));
  }

  @Test
  void aFunctionReturningNothingHoldsTheInputAndIsAskedAgain() {
    String script = MAP + js(
        "var asked = 0",
        "pipy.listen(8000, $=>$",
        "  .pipe(evt => (asked++, evt instanceof MessageStart ? upper : undefined))",
        "  .replaceStreamEnd(e => [new Data('asked ' + asked), e])",
        ")");
    Scripts.with(script, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(data("a"), data("b"));
      assertEquals("", r.shape());
      r.input(msg("c"));
      r.input(data("d"), StreamEnd.normal());
      // Held events go first once a pipeline is chosen; the function is not asked again after.
      assertEquals("D(A) D(B) MS D(C) ME D(D) D(asked 3) SE", r.shape());
      r.release();
      return null;
    });
  }

  @Test
  void aFunctionMayReturnAnArrayToChainPipelines() {
    String script = js(
        "var a = pipeline($=>$.replaceData(d => new Data(d.toString() + '>a')).pipeNext())",
        "var b = pipeline($=>$.replaceData(d => new Data(d.toString() + '>b')).pipeNext())",
        "pipy.listen(8000, $=>$.pipe(evt => evt.toString() === 'ab' ? [a, b] : [b, a]))");
    assertEquals("D(ab>a>b) SE", listenShape(script, stream("ab")));
    assertEquals("D(ba>b>a) SE", listenShape(script, stream("ba")));
  }

  @Test
  void anUnknownKeyEndsTheStreamWithAnError() {
    String script = MAP + "pipy.listen(8000, $=>$.pipe(() => 'missing', targets))";
    Scripts.with(script, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(stream("x"));
      assertEquals("SE(RuntimeError)", r.shape());
      assertTrue(t.log().contains("pipeline 'missing' not found"), t.log());
      r.release();
      return null;
    });
  }

  @Test
  void anUnknownFixedKeyFailsAtLoadTime() {
    org.junit.jupiter.api.Assertions.assertThrows(io.pipy.api.script.ScriptException.class, () ->
        ScriptTester.load("main.js", MAP + "pipy.listen(8000, $=>$.pipe('missing', targets))").close());
  }

  @Test
  void theChosenPipelineEndingEndsThePipeAndLaterInputIsDropped() {
    String script = js(
        "var once = pipeline($=>$.replaceData(d => [d, new StreamEnd]))",
        "pipy.listen(8000, $=>$.pipe(once))");
    assertEquals("D(a) SE", listenShape(script, stream("a", "b")));
  }
}
