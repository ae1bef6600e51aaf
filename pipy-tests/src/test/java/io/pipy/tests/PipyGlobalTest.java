package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Members of the pipy object contributed by modules. */
@Timeout(30)
class PipyGlobalTest {

  @Test
  void inboundAndOutboundListsAreOnThePipyObject() {
    String script = "pipy().pipeline('p').replaceData(() => new Data(typeof pipy.inbound.forEach + ' ' + pipy.outbound.count))";
    try (ScriptTester t = ScriptTester.load("g.js", script)) {
      ScriptTester.Run run = t.run("p");
      run.input(Data.fromString("x"), StreamEnd.normal());
      assertEquals("function 0", run.outputText());
      run.release();
    }
  }
}
