package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** pipeline($=>$...) objects: spawn(args) and process(events), settling with the pipeline's result. */
@Timeout(30)
class PipelineTemplateTest {

  private static String settle(ScriptTester t, String until) {
    String got = "";
    for (int i = 0; i < 200 && !got.contains(until); i++) {
      t.settle(5);
      ScriptTester.Run run = t.run("report");
      run.input(Data.fromString("?"), StreamEnd.normal());
      got = run.outputText();
      run.release();
    }
    return got;
  }

  @Test
  void spawnAndProcessSettleWithWhatOnEndReturns() {
    String script = String.join("\n",
        "var log = []",
        "var $seen",
        "var counter = pipeline($=>$",
        "  .onStart((a, b) => { $seen = [a, b].join('+'); return new Message('from onStart') })",
        "  .onEnd(() => 'result of ' + $seen)",
        "  .handleMessage(m => log.push(m.body.toString()))",
        "  .replaceMessage(() => new StreamEnd))",
        "counter.spawn('x', 'y').then(v => log.push('spawn: ' + v))",
        "var plain = pipeline($=>$.handleMessage(m => log.push(m.body.toString())).replaceMessage(() => new StreamEnd))",
        "plain.process([new Message('processed')]).then(v => log.push('process: ' + v))",
        "pipeline($=>$.onStart(() => new StreamEnd).onEnd(() => 42)).spawn().then(v => log.push('at once: ' + v))",
        "pipy().pipeline('report').replaceData(() => new Data(log.join(' | ') + ' END'))");
    try (ScriptTester t = ScriptTester.load("templates.js", script)) {
      String got = settle(t, "at once");
      assertEquals("from onStart | processed | spawn: result of x+y | process: undefined | at once: 42 END", got);
    }
  }

  @Test
  void processRejectsWhatIsNotEvents() {
    String script = String.join("\n",
        "var log = []",
        "try { pipeline($=>$.dummy()).process(42) } catch (e) { log.push(e.message) }",
        "pipy().pipeline('report').replaceData(() => new Data(log.join()))");
    try (ScriptTester t = ScriptTester.load("bad.js", script)) {
      assertEquals("process(): expected events or messages", settle(t, "expected"));
    }
  }
}
