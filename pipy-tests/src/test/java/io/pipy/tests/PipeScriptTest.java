package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** pipe() and pipeNext() in pipeline style: startup arguments, chains, and ends. */
@Timeout(30)
class PipeScriptTest {

  private static String run(String script, io.pipy.api.Event... input) {
    try (ScriptTester t = ScriptTester.load("pipe.js", script)) {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(input);
      String shape = r.shape();
      r.release();
      return shape;
    }
  }

  @Test
  void startupArgumentsFromAnArrayAreSpreadIntoOnStart() {
    String script = String.join("\n",
        "var $who",
        "var greet = pipeline($=>$.onStart((a, b) => void ($who = a + '+' + b)).replaceData(() => new Data($who)))",
        "pipy.listen(8000, $=>$.pipe(greet, ['x', 'y']))");
    assertEquals("D(x+y) SE", run(script, Data.fromString("?"), StreamEnd.normal()));
  }

  @Test
  void startupArgumentsFunctionGetsTheFirstEvent() {
    String script = String.join("\n",
        "var $first",
        "var p = pipeline($=>$.onStart(e => void ($first = e.toString())).replaceData(() => new Data($first)))",
        "pipy.listen(8000, $=>$.pipe(p, evt => evt))");
    assertEquals("D(hello) SE", run(script, Data.fromString("hello"), StreamEnd.normal()));
  }

  @Test
  void chainCarriesItsArgumentsToEachPipeNextUnlessOverridden() {
    String script = String.join("\n",
        "var $seen = ''",
        "var a = pipeline($=>$.onStart(x => void ($seen += 'a' + x)).pipeNext())",
        "var b = pipeline($=>$.onStart(x => void ($seen += 'b' + x)).pipeNext(() => [7]))",
        "var c = pipeline($=>$.onStart(x => void ($seen += 'c' + x)).replaceData(() => new Data($seen)))",
        "pipy.listen(8000, $=>$.pipe([a, b, c], () => [1]))");
    assertEquals("D(a1b1c7) SE", run(script, Data.fromString("?"), StreamEnd.normal()));
  }

  @Test
  void chainContinuesFromInsideSubPipelinesOfAChainedPipeline() {
    String script = String.join("\n",
        "var log = []",
        "var a = pipeline($=>$.fork().to($=>$.pipeNext()).replaceData(() => new Data(log.join(','))))",
        "var b = pipeline($=>$.handleData(d => log.push('b got ' + d.toString())))",
        "pipy.listen(8000, $=>$.pipe([a, b]))");
    // fork's sub-pipeline continues the chain into b (its output is discarded); a then reports.
    assertEquals("D(b got x) SE", run(script, Data.fromString("x"), StreamEnd.normal()));
  }

  @Test
  void pipeNextOutsideAnyChainPassesThrough() {
    String script = "pipy.listen(8000, $=>$.pipeNext().replaceData(d => new Data('[' + d.toString() + ']')))";
    assertEquals("D([x]) SE", run(script, Data.fromString("x"), StreamEnd.normal()));
  }

  @Test
  void aStreamThatEndsBeforeAnyPipelineIsChosenEndsInsteadOfHanging() {
    String script = String.join("\n",
        "var p = pipeline($=>$.replaceMessage(new Message('chosen')))",
        "pipy.listen(8000, $=>$.pipe(evt => evt instanceof MessageStart ? p : undefined))");
    assertEquals("D(chosen)", run(script, MessageStart.of(null), MessageEnd.plain()).replace("MS ", "").replace(" ME", ""));
    assertEquals("SE", run(script, Data.fromString("no message"), StreamEnd.normal()));
  }
}
