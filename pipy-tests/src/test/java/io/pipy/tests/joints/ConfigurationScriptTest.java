package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.js;
import static io.pipy.tests.joints.Scripts.logLines;
import static io.pipy.tests.joints.Scripts.stream;
import static io.pipy.tests.joints.Scripts.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration style's declarations: {@code import}/{@code export} across files,
 * {@code listen} (recorded, not opened, here), named pipelines and the module entrance
 * {@code pipeline()}, {@code task()} (once, periodic, on a signal, with starting events),
 * {@code exit()}, {@code onStart}, {@code onEnd} and {@code watch()}. Checked against Pipy 1.5.18
 * where it works there (its {@code watch} never fires for a file codebase: the periodic codebase
 * check stops after the first round).
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class ConfigurationScriptTest {

  @TempDir Path dir;

  private static ScriptException loadFails(String script) {
    return assertThrows(ScriptException.class, () -> ScriptTester.load("main.js", script).close());
  }

  // ---- import / export ----

  @Test
  void exportedVariablesStartWithTheirDefaultInEveryConnectionAndAreSharedWithImporters() throws IOException {
    write(dir, "main.js",
        "pipy()",
        ".export('config', { __greeting: 'hello', __count: 0 })",
        ".pipeline('in')",
        "  .handleData(() => { __count++ })",
        "  .use('greet.js', 'greet')");
    write(dir, "greet.js",
        "pipy()",
        ".import({ __greeting: 'config', __count: 'config' })",
        ".pipeline('greet')",
        "  .replaceData(d => new Data(__greeting + ' ' + d.toString() + ' #' + __count))",
        "  .handleData(() => { __greeting = 'bye' })");
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      for (int i = 0; i < 2; i++) {
        ScriptTester.Run r = t.run("in");
        r.input(stream("x", "y"));
        assertEquals("hello x #1bye y #2", r.outputText());
        r.release();
      }
    }
  }

  @Test
  void importingAVariableNobodyExportsFailsAtLoadTime() throws IOException {
    write(dir, "main.js",
        "pipy()",
        ".export('config', { __a: 1 })",
        ".pipeline('in').use('other.js', 'x')");
    write(dir, "other.js",
        "pipy()",
        ".import({ __b: 'config' })",
        ".pipeline('x').dummy()");
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.loadFile(dir.resolve("main.js")).close());
    assertTrue(e.getMessage().contains("__b"), e.getMessage());
  }

  // ---- listen, pipeline(), pipeline(name) ----

  @Test
  void listenDeclarationsAreRecordedWithTheirOwnLayouts() {
    String script = js(
        "pipy()",
        ".listen(8080).replaceData(() => new Data('8080'))",
        ".listen('127.0.0.1:8081').replaceData(() => new Data('8081'))");
    Scripts.with(script, t -> {
      for (String[] c : List.of(new String[] {"Listen on 8080 at 0.0.0.0", "8080"}, new String[] {"Listen on 8081 at 127.0.0.1", "8081"})) {
        ScriptTester.Run r = t.run(t.layout(c[0]));
        r.input(stream("x"));
        assertEquals("D(" + c[1] + ") SE", r.shape());
        r.release();
      }
      assertEquals(t.layout("Listen on 8081 at 127.0.0.1"), t.listenLayout(1));
      return null;
    });
  }

  @Test
  void listeningTwiceOnOnePortFailsAtLoadTime() {
    ScriptException e = loadFails(js("pipy()", ".listen(8080).dummy()", ".listen(8080).dummy()"));
    assertTrue(e.getMessage().contains("already listened on"), e.getMessage());
  }

  @Test
  void namedPipelinesMayBeReferredToBeforeTheyAreDefined() {
    String script = js(
        "pipy()",
        ".pipeline('first').link('second')",
        ".pipeline('second').replaceData(() => new Data('second'))");
    assertEquals("D(second) SE", Scripts.shape(script, "first", stream("x")));
  }

  @Test
  void aPipelineNameCanBeDefinedOnlyOnce() {
    ScriptException e = loadFails(js("pipy()", ".pipeline('p').dummy()", ".pipeline('p').dummy()"));
    assertTrue(e.getMessage().contains("'p' is already defined"), e.getMessage());
  }

  @Test
  void theEntrancePipelineCanBeDefinedOnlyOnce() {
    ScriptException e = loadFails(js("pipy()", ".pipeline().dummy()", ".pipeline().dummy()"));
    assertTrue(e.getMessage().contains("entrance pipeline is already defined"), e.getMessage());
  }

  @Test
  void aFilterNeedsAPipelineToGoInto() {
    ScriptException e = loadFails("pipy().dummy()");
    assertTrue(e.getMessage().contains("needs a pipeline"), e.getMessage());
  }

  @Test
  void toNeedsAJointFilterBeforeIt() {
    ScriptException e = loadFails("pipy().pipeline('p').dummy().to($=>$)");
    assertTrue(e.getMessage().contains("sub-pipeline") || e.getMessage().contains("joint filter"), e.getMessage());
  }

  @Test
  void aJointFilterTakesOnlyAsManySubPipelinesAsItUses() {
    ScriptException e = loadFails("pipy().pipeline('p').fork('a').to($=>$).pipeline('a').dummy()");
    assertTrue(e.getMessage().contains("at most 1 sub-pipeline"), e.getMessage());
  }

  @Test
  void theEntrancePipelineIsWhatUseOfTheFileRuns() throws IOException {
    write(dir, "main.js", "pipy().pipeline('in').use('lib.js')");
    write(dir, "lib.js", "pipy().pipeline('named').replaceData(() => new Data('named')).pipeline().replaceData(() => new Data('entrance'))");
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      ScriptTester.Run r = t.run("in");
      r.input(stream("x"));
      assertEquals("D(entrance) SE", r.shape());
      r.release();
    }
  }

  // ---- onStart, onEnd ----

  @Test
  void onStartEventsComeBeforeTheInput() {
    String script = js(
        "pipy()",
        ".pipeline('msg').onStart(() => new Message('hello')).replaceData(d => new Data('<' + d.toString() + '>'))",
        ".pipeline('list').onStart([new Data('a'), new Data('b')]).handleData(() => {})");
    assertEquals("MS D(<hello>) ME D(<x>) SE", Scripts.shape(script, "msg", stream("x")));
    assertEquals("D(a) D(b) D(x) SE", Scripts.shape(script, "list", stream("x")));
  }

  @Test
  void onEndRunsWhenThePipelineIsDone() {
    String script = js(
        "pipy({ _n: 0 })",
        ".pipeline('in')",
        "  .onEnd(() => console.log('in ended after ' + _n))",
        "  .handleData(() => { _n++ })",
        "  .link('sub')",
        ".pipeline('sub')",
        "  .onEnd(() => console.log('sub ended'))");
    Scripts.with(script, t -> {
      ScriptTester.Run r = t.run("in");
      r.input(Scripts.data("a"), Scripts.data("b"));
      assertTrue(logLines(t).isEmpty(), t.log());
      r.input(io.pipy.api.StreamEnd.normal());
      r.release();
      t.settle(10);
      assertTrue(logLines(t).containsAll(List.of("sub ended", "in ended after 2")), t.log());
      return null;
    });
  }

  // ---- task ----

  @Test
  void aTaskWithoutIntervalRunsOnceAtStart() {
    String script = js(
        "var runs = 0",
        "pipy()",
        ".task()",
        "  .onStart(() => new Message('go'))",
        "  .handleMessage(() => console.log('task run ' + (++runs)))",
        "  .replaceMessage(() => new StreamEnd)");
    Scripts.with(script, t -> {
      assertTrue(logLines(t).isEmpty(), t.log());
      t.startTasks();
      t.settle(300);
      assertEquals(List.of("task run 1"), logLines(t));
      return null;
    });
  }

  @Test
  void taskStartingEventsMayBeGivenAsAnArgument() {
    String script = js(
        "pipy()",
        ".task(new Message('first')).handleMessage(m => console.log('once: ' + m.body.toString())).replaceMessage(new StreamEnd)",
        ".task('1s', () => new Message('tick')).handleMessage(m => console.log('every: ' + m.body.toString())).replaceMessage(new StreamEnd)");
    Scripts.with(script, t -> {
      t.startTasks();
      t.settle(100);
      assertTrue(logLines(t).containsAll(List.of("once: first", "every: tick")), t.log());
      return null;
    });
  }

  @Test
  void aPeriodicTaskRunsAgainAndSkipsARunWhileThePreviousIsStillGoing() {
    String script = js(
        "var runs = 0",
        "pipy()",
        ".task('100ms')",
        "  .onStart(() => new Message('' + (++runs)))",
        "  .handleMessage(m => console.log('run ' + m.body.toString()))",
        "  .replaceMessage(m => m.body.toString() === '2' ? new Message('hold') : new StreamEnd)");
    Scripts.with(script, t -> {
      t.startTasks();
      t.settle(650);
      // Run 2 never ends, so no run 3 starts.
      assertEquals(List.of("run 1", "run 2"), logLines(t));
      return null;
    });
  }

  @Test
  void aSignalTaskRunsWhenTheSignalArrives() {
    String script = js(
        "pipy()",
        ".task('SIGHUP')",
        "  .onStart(() => new Message('hup'))",
        "  .handleMessage(() => console.log('reloading'))",
        "  .replaceMessage(new StreamEnd)");
    Scripts.with(script, t -> {
      t.startTasks();
      t.settle(50);
      assertTrue(logLines(t).isEmpty(), t.log());
      t.signal("SIGHUP");
      t.signal("SIGHUP");
      t.settle(10);
      assertEquals(List.of("reloading", "reloading"), logLines(t));
      return null;
    });
  }

  @Test
  void aBadTaskTriggerFailsAtLoadTime() {
    ScriptException e = loadFails("pipy().task('every now and then').dummy()");
    assertTrue(e.getMessage().contains("invalid task trigger"), e.getMessage());
  }

  // ---- exit ----

  @Test
  void exitPipelinesRunWhenTheProcessShutsDownAndPeriodicTasksStop() {
    String script = js(
        "var ticks = 0",
        "pipy()",
        ".task('50ms').onStart(() => { ticks++; return new StreamEnd })",
        ".exit(() => new Message('bye')).handleMessage(m => console.log('exit: ' + m.body.toString() + ' after ' + (ticks > 0 ? 'ticks' : 'nothing')))",
        ".exit().onStart(() => { console.log('second exit'); return new StreamEnd })");
    Scripts.with(script, t -> {
      t.startTasks();
      t.settle(200);
      assertTrue(logLines(t).isEmpty(), t.log());
      t.exit();
      t.settle(10);
      assertEquals(List.of("exit: bye after ticks", "second exit"), logLines(t));
      return null;
    });
  }

  // ---- watch ----

  private static final String WATCHER = js(
      "var runs = 0",
      "pipy()",
      ".watch('conf/app.json')",
      "  .onStart(() => new Message(pipy.load('conf/app.json')))",
      "  .handleMessage(m => console.log('app.json now ' + m.body.toString() + ' (run ' + (++runs) + ')'))",
      "  .replaceMessage(new StreamEnd)",
      ".watch('plugins/')",
      "  .onStart(() => { console.log('plugins changed'); return new StreamEnd })");

  /** Sets the modification time explicitly: file systems may store it coarsely. */
  private static void touch(Path file, String content, long stamp) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    Files.setLastModifiedTime(file, FileTime.fromMillis(stamp));
  }

  @Test
  void aWatchRunsItsPipelineWhenTheFileChanges() throws IOException {
    touch(dir.resolve("conf/app.json"), "{\"v\":1}", 1_000_000);
    Files.createDirectories(dir.resolve("plugins"));
    write(dir, "main.js", WATCHER);
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      t.startWatches();
      t.pollWatches();
      assertTrue(logLines(t).isEmpty(), t.log());
      touch(dir.resolve("conf/app.json"), "{\"v\":2}", 2_000_000);
      t.pollWatches();
      t.pollWatches();
      t.settle(10);
      assertEquals(List.of("app.json now {\"v\":2} (run 1)"), logLines(t));
    }
  }

  @Test
  void aWatchedFolderNoticesFilesAddedChangedAndRemoved() throws IOException {
    touch(dir.resolve("conf/app.json"), "{}", 1_000_000);
    touch(dir.resolve("plugins/a.js"), "a", 1_000_000);
    write(dir, "main.js", WATCHER);
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      t.startWatches();
      touch(dir.resolve("plugins/sub/b.js"), "b", 1_000_000);
      t.pollWatches();
      touch(dir.resolve("plugins/a.js"), "a2", 3_000_000);
      t.pollWatches();
      Files.delete(dir.resolve("plugins/a.js"));
      t.pollWatches();
      t.pollWatches();
      t.settle(10);
      assertEquals(List.of("plugins changed", "plugins changed", "plugins changed"), logLines(t));
    }
  }

  @Test
  void aWatchIsCheckedPeriodically() throws IOException {
    touch(dir.resolve("conf/app.json"), "1", 1_000_000);
    Files.createDirectories(dir.resolve("plugins"));
    write(dir, "main.js", WATCHER);
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      t.startWatches();
      touch(dir.resolve("conf/app.json"), "2", 2_000_000);
      t.settle(1500);
      assertEquals(List.of("app.json now 2 (run 1)"), logLines(t));
    }
  }

  @Test
  void aWatchOutsideTheCodebaseIsRefused() {
    ScriptException e = loadFails("pipy().watch('../../etc/passwd').dummy()");
    assertTrue(e.getMessage().contains("outside the codebase"), e.getMessage());
  }
}
