package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** stats from scripts: metrics, and stats.sum() as a real promise scripts can chain and adopt. */
@Timeout(30)
class StatsScriptTest {

  @Test
  void sumIsAPromiseOfSummedMetrics() {
    String script = String.join("\n",
        "var c = new stats.Counter('t_script_requests', ['method'])",
        "c.withLabels('GET').increase(2)",
        "c.withLabels('POST').increase()",
        "var d = new stats.Counter('t_script_plain')",
        "d.increase(5)",
        "var seen = []",
        "var p = stats.sum(['t_script_requests', 't_script_plain'])",
        "seen.push(p instanceof Promise)",
        // As in Pipy, a labelled metric's root holds only what was added to it directly.
        "p.then(m => seen.push(m.t_script_plain.value, m.t_script_requests.value, m.t_script_requests.withLabels('GET').value))",
        "Promise.resolve(p).then(m => seen.push(typeof m.t_script_requests))",
        "pipy().pipeline('p').replaceData(() => new Data(seen.join()))");
    try (ScriptTester t = ScriptTester.load("sum.js", script)) {
      String out = "";
      for (int i = 0; i < 100 && !out.contains("object"); i++) {
        t.settle(20);
        ScriptTester.Run run = t.run("p");
        run.input(Data.fromString("?"), StreamEnd.normal());
        out = run.outputText();
        run.release();
      }
      assertEquals("true,5,0,2,object", out);
    }
  }
}
