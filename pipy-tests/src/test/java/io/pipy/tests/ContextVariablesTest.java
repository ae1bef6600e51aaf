package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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

  @TempDir Path dir;

  @Test
  void exportedVariablesAreSharedBetweenModulesWithinAConnectionOnly() throws IOException {
    Files.writeString(dir.resolve("main.js"), String.join("\n",
        "pipy({ _n: 0 })",
        ".export('main', { __user: '' })",
        ".pipeline('in')",
        "  .handleData(d => { _n++; if (!__user) __user = d.toString() })",
        "  .use('greeter.js', 'greet')",
        "  .replaceData(d => new Data(d.toString() + '#' + _n + ' '))"));
    Files.writeString(dir.resolve("greeter.js"), String.join("\n",
        "pipy({ _n: 100 })",
        ".import({ __user: 'main' })",
        ".pipeline('greet')",
        "  .replaceData(d => new Data(__user + ':' + d.toString() + '@' + (++_n)))"));
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      ScriptTester.Run a = t.run("in");
      ScriptTester.Run b = t.run("in");
      a.input(Data.fromString("alice"));
      b.input(Data.fromString("bob"));
      a.input(Data.fromString("x"));
      b.input(Data.fromString("y"), StreamEnd.normal());
      a.input(StreamEnd.normal());
      // __user is written by main.js and read by greeter.js in the same connection; module-local
      // _n is separate per module and per connection.
      assertEquals("alice:alice@101#1 alice:x@102#2 ", a.outputText());
      assertEquals("bob:bob@101#1 bob:y@102#2 ", b.outputText());
      a.release();
      b.release();
    }
  }
}
