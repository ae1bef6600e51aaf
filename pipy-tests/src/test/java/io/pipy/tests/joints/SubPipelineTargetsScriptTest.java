package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.js;
import static io.pipy.tests.joints.Scripts.msg;
import static io.pipy.tests.joints.Scripts.shape;
import static io.pipy.tests.joints.Scripts.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a joint filter gets its sub-pipeline: {@code .to('name')}, {@code .to($=>$...)}, or (Pipy
 * 0.50) the layout name as the filter's first argument; the same filter behaves the same either
 * way. A joint filter left without its sub-pipeline, or given an unknown name, is a load error.
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class SubPipelineTargetsScriptTest {

  /** Runs {@code filter} in layout 'in' with a layout 'sub' that upper-cases messages. */
  private static String run(String filter) {
    String script = js(
        "pipy()",
        ".pipeline('in')." + filter,
        ".pipeline('sub').replaceMessage(msg => new Message(msg.body.toString().toUpperCase()))");
    return shape(script, "in", stream(msg("a")));
  }

  @ParameterizedTest(name = "{0} and {1} and {2}")
  @CsvSource(delimiter = '|', value = {
      "demux().to('sub')          | demux().to($=>$.link('sub'))          | demux('sub')          | MS D(A) ME SE",
      "demuxQueue().to('sub')     | demuxQueue().to($=>$.link('sub'))     | demuxQueue('sub')     | MS D(A) ME SE",
      "mux(() => 1).to('sub')     | mux(() => 1).to($=>$.link('sub'))     | mux('sub', () => 1)   | MS D(A) ME SE",
      "muxQueue(() => 1).to('sub')| muxQueue(() => 1).to($=>$.link('sub'))| muxQueue('sub', () => 1)| MS D(A) ME SE",
      "fork().to('sub')           | fork().to($=>$.link('sub'))           | fork('sub')           | MS D(a) ME SE",
  })
  void theThreeWaysToGiveASubPipelineAreAlike(String byName, String byBuilder, String nameFirst, String expected) {
    assertEquals(expected, run(byName));
    assertEquals(expected, run(byBuilder));
    assertEquals(expected, run(nameFirst));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "forkJoin().to('sub')    | MS D(a) ME SE",
      "forkRace().to('sub')    | MS D(A) ME SE",
      "replay().to('sub')      | MS D(A) ME SE",
      "repeat(() => false).to('sub') | MS D(A) ME SE",
      "link('sub')             | MS D(A) ME SE",
      "branch(() => true, 'sub') | MS D(A) ME SE",
  })
  void otherJointFiltersTakeALayoutName(String filter, String expected) {
    assertEquals(expected, run(filter));
  }

  @Test
  void anUnknownLayoutNameFailsAtLoadTime() {
    ScriptException e = assertThrows(ScriptException.class, () ->
        ScriptTester.load("main.js", "pipy().pipeline('in').demux().to('nowhere')").close());
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  @Test
  void aJointFilterWithoutItsSubPipelineFailsAtLoadTimeWithItsLocation() {
    // Found before the first stream gets there (it used to fail then, with an internal error).
    for (String script : new String[] {
        "pipy()\n.pipeline('in').demux()\n.pipeline('x').dummy()",
        "pipy()\n.pipeline('in').fork().to($=>$.mux(() => 1))",
        "pipy.listen(8000, $=>$\n.replay())"}) {
      ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.load("main.js", script).close());
      assertTrue(e.getMessage().contains("missing .to(...)"), e.getMessage());
      assertTrue(e.report().contains("main.js:2"), e.report());
    }
  }

  @Test
  void toNeedsANameOrABuilder() {
    ScriptException e = assertThrows(ScriptException.class, () ->
        ScriptTester.load("main.js", "pipy().pipeline('in').demux().to(42)").close());
    assertTrue(e.getMessage().contains("to()"), e.getMessage());
  }
}
