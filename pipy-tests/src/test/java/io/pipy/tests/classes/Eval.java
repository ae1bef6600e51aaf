package io.pipy.tests.classes;

import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import java.util.Arrays;
import java.util.List;

/**
 * Evaluates script expressions inside a running pipeline (where host classes see a stream's
 * context, as in real scripts) and shows each result as text: strings quoted, {@code Data} as
 * {@code Data(hex)}, arrays and plain objects as JSON, and a thrown error as
 * {@code threw <message>}.
 */
final class Eval {

  private Eval() {
  }

  private static final String SHOW = String.join("\n",
      "var __show = v => v instanceof Data ? 'Data(' + v.toString('hex') + ')'",
      "  : Array.isArray(v) ? '[' + v.map(__show).join(',') + ']'",
      "  : v === undefined ? 'undefined'",
      "  : typeof v === 'function' ? 'function'",
      "  : JSON.stringify(v)",
      "var __try = f => { try { return __show(f()) } catch (e) { return 'threw ' + e.message } }",
      "");

  /** The results of {@code expressions}, evaluated in order after {@code prelude} ran. */
  static List<String> all(String prelude, String... expressions) {
    StringBuilder sb = new StringBuilder(SHOW).append(prelude).append('\n');
    sb.append("pipy().pipeline('p').replaceStreamStart(() => new Data([\n");
    for (String e : expressions) sb.append("  __try(() => (").append(e).append(")),\n");
    sb.append("].join('\\n')))\n");
    try (ScriptTester t = ScriptTester.load("eval.js", sb.toString())) {
      ScriptTester.Run run = t.run("p");
      run.input(StreamEnd.normal());
      String out = run.outputText();
      run.release();
      return Arrays.asList(out.split("\n", -1));
    }
  }

  /** The result of one expression. */
  static String one(String expression) {
    return all("", expression).get(0);
  }
}
