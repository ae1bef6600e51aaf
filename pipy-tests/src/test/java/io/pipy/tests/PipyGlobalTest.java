package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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

  @TempDir Path dir;

  @Test
  void solveEvaluatesAnExpressionFileOnceFromTheCodebaseRoot() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("conf.js"), "{ \"port\": 8000, \"made\": globalThis.solved = (globalThis.solved || 0) + 1 }\n");
    Files.writeString(dir.resolve("sub/user.js"), "export default pipy.solve('conf.js')\n");
    Files.writeString(dir.resolve("main.js"), String.join("\n",
        "import user from './sub/user.js'",
        "var c = pipy.solve('conf.js')",
        "pipy().pipeline('p').replaceData(() => new Data([c.port, c.made, user === c, globalThis.solved].join()))"));
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      ScriptTester.Run run = t.run("p");
      run.input(Data.fromString("x"), StreamEnd.normal());
      assertEquals("8000,1,true,1", run.outputText());
      run.release();
    }
  }

  @Test
  void solveReportsMissingFilesRecursionAndSyntaxErrors() throws IOException {
    Files.writeString(dir.resolve("self.js"), "pipy.solve('self.js')\n");
    Files.writeString(dir.resolve("bad.js"), "{ a: }\n");
    assertLoadError("pipy.solve('nope.js')", "Cannot open script to solve: nope.js");
    assertLoadError("pipy.solve('self.js')", "recursive solving file: self.js");
    assertLoadError("pipy.solve('bad.js')", "bad.js:1:6");
  }

  private void assertLoadError(String source, String expected) throws IOException {
    Files.writeString(dir.resolve("main.js"), source + "\n");
    ScriptException e = org.junit.jupiter.api.Assertions.assertThrows(ScriptException.class, () -> ScriptTester.loadFile(dir.resolve("main.js")).close());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void readStreamsAFileThroughAPipelineAndSettlesWhenItEnds() throws IOException {
    Path input = dir.resolve("input.txt");
    Files.writeString(input, "x".repeat(40000) + "END");
    String path = input.toString().replace("\\", "/");
    String script = String.join("\n",
        "var $tag",
        "var out = []",
        "var size = 0",
        "pipy.read('" + path + "', $=>$.onStart(t => void ($tag = t)).handleData(d => { size += d.size })",
        "  .handleStreamEnd(() => out.push($tag + ':' + size)), 'T').then(() => out.push('done'))",
        "var missing = 'pending'",
        "pipy.read('" + path + ".missing', $=>$.dummy()).then(() => missing = 'fulfilled', e => missing = 'rejected')",
        "pipy().pipeline('p').replaceData(() => new Data(out.join() + ' ' + missing))");
    try (ScriptTester t = ScriptTester.load("read.js", script)) {
      String got = "";
      for (int i = 0; i < 200 && !(got.contains("done") && !got.contains("pending")); i++) {
        t.settle(10);
        ScriptTester.Run run = t.run("p");
        run.input(Data.fromString("?"), StreamEnd.normal());
        got = run.outputText();
        run.release();
      }
      assertEquals("T:40003,done rejected", got);
    }
  }
}
