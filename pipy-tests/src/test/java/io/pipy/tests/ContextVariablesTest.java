package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Context variables: each stream sees its own, written and read from callbacks of different pipelines. */
@Timeout(30)
class ContextVariablesTest {

  private static final String SCRIPT = String.join("\n",
      "pipy({ _who: 'nobody', _count: 0 })",
      ".pipeline('in')",
      "  .handleMessageStart(() => { _count++; })",
      "  .handleData(d => { _who = d.toString(); })",
      "  .link('out')",
      ".pipeline('out')",
      "  .replaceMessage(() => new Message(_who + ' #' + _count))",
      "");

  @Test
  void eachStreamHasItsOwnValuesSharedAcrossLinkedPipelines() {
    try (ScriptTester t = ScriptTester.load("ctx.js", SCRIPT)) {
      ScriptTester.Run a = t.run("in");
      ScriptTester.Run b = t.run("in");
      a.input(MessageStart.of(null), Data.fromString("alice"), MessageEnd.plain());
      b.input(MessageStart.of(null), Data.fromString("bob"), MessageEnd.plain());
      a.input(MessageStart.of(null), Data.fromString("alice"), MessageEnd.plain(), StreamEnd.normal());
      assertEquals("alice #1alice #2", a.outputText());
      assertEquals("bob #1", b.outputText());
      a.release();
      b.release();
    }
  }
}
