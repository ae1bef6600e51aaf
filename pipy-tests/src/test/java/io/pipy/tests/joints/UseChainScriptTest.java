package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.stream;
import static io.pipy.tests.joints.Scripts.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code use} and {@code chain} across script files: one module's named or entrance pipeline; a
 * list of modules walked up through {@code name} and back down through {@code nameDown}, turned
 * round early by the turn-down condition; module chains continued by {@code chain()}. Each module
 * tags the data it passes, so the path shows in the output. (PluginChainTest covers whole plugin
 * systems built this way; this covers the filters' rules one by one.)
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class UseChainScriptTest {

  @TempDir Path dir;

  /** Modules a, b (no 'up'), c, each tagging data on the way up and down. */
  @BeforeEach
  void modules() throws IOException {
    write(dir, "mods/a.js",
        "pipy()",
        ".import({ __stop: 'main' })",
        ".pipeline()",
        "  .replaceData(d => new Data(d.toString() + ' a:entry'))",
        "  .chain()",
        ".pipeline('up')",
        "  .handleData(d => { if (d.toString() === 'stop-after-a') __stop = true })",
        "  .replaceData(d => new Data(d.toString() + ' a:up'))",
        ".pipeline('down')",
        "  .replaceData(d => new Data(d.toString() + ' a:down'))");
    write(dir, "mods/b.js",
        "pipy()",
        ".import({ __stop: 'main' })",
        ".pipeline()",
        "  .replaceData(d => new Data(d.toString() + ' b:entry'))",
        "  .link('more')",
        ".pipeline('more')",
        "  .chain()",
        ".pipeline('down')",
        "  .replaceData(d => new Data(d.toString() + ' b:down'))");
    write(dir, "mods/c.js",
        "pipy()",
        ".import({ __stop: 'main' })",
        ".pipeline()",
        "  .replaceData(d => new Data(d.toString() + ' c:entry'))",
        "  .chain()",
        ".pipeline('up')",
        "  .replaceData(d => new Data(d.toString() + ' c:up'))",
        ".pipeline('down')",
        "  .replaceData(d => new Data(d.toString() + ' c:down'))");
    write(dir, "mods/none.js", "pipy().pipeline('other').dummy()");
  }

  private String run(String layout, Object... input) throws IOException {
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      ScriptTester.Run r = t.run(layout);
      r.input(Scripts.events(input));
      String s = r.shape();
      r.release();
      return s;
    }
  }

  private void main(String... pipelines) throws IOException {
    String[] lines = new String[pipelines.length + 2];
    lines[0] = "pipy()";
    lines[1] = ".export('main', { __stop: false })";
    System.arraycopy(pipelines, 0, lines, 2, pipelines.length);
    write(dir, "main.js", lines);
  }

  // ---- use ----

  @Test
  void useRunsANamedPipelineOfAnotherModule() throws IOException {
    main(".pipeline('in').use('mods/c.js', 'up')");
    assertEquals("D(x c:up) SE", run("in", stream("x")));
  }

  @Test
  void useWithoutANameRunsTheModulesEntrancePipeline() throws IOException {
    main(".pipeline('in').use('mods/c.js')");
    // c's entrance ends with chain(), which outside any chain passes events on.
    assertEquals("D(x c:entry) SE", run("in", stream("x")));
  }

  @Test
  void useOfAMissingPipelineFailsAtLoadTime() throws IOException {
    main(".pipeline('in').use('mods/none.js', 'up')");
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.loadFile(dir.resolve("main.js")).close());
    assertTrue(e.getMessage().contains("pipeline not found in module"), e.getMessage());
  }

  @Test
  void useOverAListGoesUpThroughEachModuleThatHasThePipelineInOrder() throws IOException {
    main(".pipeline('in').use(['mods/a.js', 'mods/b.js', 'mods/none.js', 'mods/c.js'], 'up')");
    assertEquals("D(x a:up c:up) SE", run("in", stream("x")));
  }

  @Test
  void useOverAListWithADownPipelineComesBackDownInReverseOrder() throws IOException {
    main(".pipeline('in').use(['mods/a.js', 'mods/b.js', 'mods/c.js'], 'up', 'down')");
    assertEquals("D(x a:up c:up c:down b:down a:down) SE", run("in", stream("x")));
  }

  @Test
  void theTurnDownConditionTurnsTheStreamRoundBeforeTheNextModule() throws IOException {
    // a's up pipeline sets __stop on 'stop-after-a': as the stream reaches b, it turns round and
    // goes down from a; b and c are skipped.
    main(".pipeline('in')",
        "  .use(['mods/a.js', 'mods/b.js', 'mods/c.js'], 'up', 'down', () => __stop)");
    assertEquals("D(go a:up c:up c:down b:down a:down) SE", run("in", stream("go")));
    assertEquals("D(stop-after-a a:up a:down) SE", run("in", stream("stop-after-a")));
  }

  @Test
  void theTurnDownConditionIsAskedAsTheStreamReachesEachModule() throws IOException {
    main(".pipeline('in')",
        "  .use(['mods/a.js', 'mods/c.js'], 'up', 'down', () => __stop)",
        ".pipeline('flag')",
        "  .handleData(() => { __stop = true })",
        "  .use(['mods/a.js', 'mods/c.js'], 'up', 'down', () => __stop)");
    assertEquals("D(x a:up c:up c:down a:down) SE", run("in", stream("x")));
    assertEquals("D(x) SE", run("flag", stream("x")));
  }

  @Test
  void turningDownWithoutADownPipelineGoesStraightToTheOutput() throws IOException {
    main(".pipeline('in')",
        "  .use(['mods/a.js', 'mods/c.js'], 'up', () => __stop)",
        "  .replaceData(d => new Data(d.toString() + ' out'))",
        ".pipeline('stopped')",
        "  .handleStreamStart(() => { __stop = true })",
        "  .link('in')");
    assertEquals("D(x a:up c:up out) SE", run("in", stream("x")));
    assertEquals("D(x out) SE", run("stopped", stream("x")));
  }

  // ---- chain ----

  @Test
  void chainRunsTheEntrancePipelinesOfTheModulesInTurn() throws IOException {
    main(".pipeline('in').chain(['mods/a.js', 'mods/b.js', 'mods/c.js'])");
    // b continues the chain from a sub-pipeline it links to.
    assertEquals("D(x a:entry b:entry c:entry) SE", run("in", stream("x")));
  }

  @Test
  void theSameModulesFollowEachChainsOwnOrder() throws IOException {
    main(".pipeline('ca').chain(['mods/c.js', 'mods/a.js'])",
        ".pipeline('ac').chain(['mods/a.js', 'mods/c.js'])");
    assertEquals("D(x c:entry a:entry) SE", run("ca", stream("x")));
    assertEquals("D(x a:entry c:entry) SE", run("ac", stream("x")));
  }

  @Test
  void chainWithoutArgumentsOutsideAChainPassesEventsOn() throws IOException {
    main(".pipeline('in').chain().replaceData(d => new Data(d.toString() + '!'))");
    assertEquals("D(x!) SE", run("in", stream("x")));
  }

  @Test
  void chainingAModuleWithoutEntrancePipelineFailsAtLoadTime() throws IOException {
    main(".pipeline('in').chain(['mods/a.js', 'mods/none.js'])");
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.loadFile(dir.resolve("main.js")).close());
    assertTrue(e.getMessage().contains("mods/none.js"), e.getMessage());
  }
}
