package io.pipy.tests.filters;

import static io.pipy.tests.filters.Scripts.PRELUDE;
import static io.pipy.tests.filters.Scripts.REPORT;
import static io.pipy.tests.filters.Scripts.await;
import static io.pipy.tests.filters.Scripts.awaitEnd;
import static io.pipy.tests.filters.Scripts.data;
import static io.pipy.tests.filters.Scripts.lines;
import static io.pipy.tests.filters.Scripts.me;
import static io.pipy.tests.filters.Scripts.ms;
import static io.pipy.tests.filters.Scripts.report;
import static io.pipy.tests.filters.Scripts.se;
import static io.pipy.tests.filters.Scripts.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import io.pipy.engine.filters.LeakWatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters that reach outside the process: {@code tee} (to files), {@code read} (from files) and
 * {@code exec} (a child process as the stream). Expected results were checked against Pipy
 * 1.5.18 unless a test says otherwise.
 */
@Timeout(30)
@ExtendWith(LeakWatch.class)
class IoFiltersScriptTest {

  @TempDir Path dir;

  /** {@code p} as a script string literal. */
  private static String q(Path p) {
    return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String loadError(String script) {
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.load("test.js", script).close());
    return e.report();
  }

  // ---- tee

  @Test
  void teeWritesTheDataOfTheStreamToAFileAndPassesEverythingOn() {
    Path file = dir.resolve("sub/dir/out.txt");
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').tee(" + q(file) + ")")) {
      ScriptTester.Run run = t.run("p").input(ms(), data("abc"), me(), data("def"), se());
      assertEquals("MS D(abc) ME D(def) SE", shape(t, run));
      // Missing directories are made; only Data is written.
      await(t, () -> "abcdef".equals(read(file)));
      // The next stream starts the file over.
      t.run("p").input(data("new"), se());
      await(t, () -> "new".equals(read(file)));
    }
  }

  @Test
  void teeFileNameFunctionIsEvaluatedPerStream() {
    String script = lines("pipy({ _name: '' })", ".pipeline('p')",
        ".handleStreamStart(e => { _name = e.toString().substring(0, 1) })",
        ".tee(() => " + q(dir) + " + '/' + _name + '.log')");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      t.run("p").input(data("a1"), data("a2"), se());
      t.run("p").input(data("b1"), se());
      await(t, () -> "a1a2".equals(read(dir.resolve("a.log"))) && "b1".equals(read(dir.resolve("b.log"))));
    }
  }

  @Test
  void teeAppendAndSharedOptions() throws IOException {
    Path appended = dir.resolve("appended.txt");
    Files.writeString(appended, "old;");
    Path shared = dir.resolve("shared.txt");
    String script = lines("pipy()",
        ".pipeline('append').tee(" + q(appended) + ", { append: true })",
        ".pipeline('shared').tee(" + q(shared) + ", { shared: true })");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      t.run("append").input(data("new"), se());
      await(t, () -> "old;new".equals(read(appended)));
      ScriptTester.Run a = t.run("shared").input(data("1"));
      ScriptTester.Run b = t.run("shared").input(data("2"));
      a.input(data("3"), se());
      b.input(se());
      // One file for all streams, written in the order the Data came.
      await(t, () -> "123".equals(read(shared)));
    }
  }

  @Test
  void teeAndReadInPipelineStyle() {
    Path file = dir.resolve("roundtrip.txt");
    String script = lines("pipy.listen(8000, $=>$.tee(" + q(file) + "))", "pipy.listen(8001, $=>$.read(() => " + q(file) + "))");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("D(written) MS ME SE", shape(t, t.run(t.listenLayout(0)).input(data("written"), ms(), me(), se())));
      await(t, () -> "written".equals(read(file)));
      assertEquals("D(written) SE", awaitEnd(t, t.run(t.listenLayout(1)).input(data("anything"))));
    }
  }

  @Test
  void teeErrors() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').tee(() => { throw new Error('no name') })")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("x"), se())));
      assertTrue(t.log().contains("Error: no name"), t.log());
    }
    String report = loadError(lines("pipy()", ".pipeline('p')", ".tee()"));
    assertTrue(report.contains("test.js:3:2") && report.contains("tee: filename expects a string or a function"), report);
  }

  // ---- read

  @Test
  void readOutputsTheFileThenTheEnd() throws IOException {
    Path file = dir.resolve("in.txt");
    Files.writeString(file, "file content\nline2\n");
    String script = lines("pipy()",
        ".pipeline('p').read(" + q(file) + ")",
        ".pipeline('fn').read(() => " + q(file) + ")",
        ".pipeline('part').read(" + q(file) + ", { seek: 5, size: 4 })");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      // The first event opens the file, whatever it is; every input event is discarded.
      assertEquals("D(file content\nline2\n) SE", awaitEnd(t, t.run("p").input(ms(), data("ignored"), me())));
      assertEquals("D(file content\nline2\n) SE", awaitEnd(t, t.run("fn").input(data("x"))));
      assertEquals("D(cont) SE", awaitEnd(t, t.run("part").input(se())));
    }
  }

  @Test
  void aBigFileIsReadInChunks() throws IOException {
    byte[] content = new byte[200_000];
    new Random(7).nextBytes(content);
    Path file = dir.resolve("big.bin");
    Files.write(file, content);
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').read(" + q(file) + ").replaceData(d => new Data(String(d.size) + ' '))")) {
      ScriptTester.Run run = t.run("p").input(se());
      String out = awaitEnd(t, run);
      int total = 0;
      int chunks = 0;
      for (String s : run.outputText().trim().split(" ")) {
        total += Integer.parseInt(s);
        chunks++;
      }
      assertEquals(content.length, total, out);
      assertTrue(chunks > 1, out);
    }
  }

  @Test
  void readingAMissingFileEndsTheStreamWithAnError() {
    Path missing = dir.resolve("missing.txt");
    String script = lines(PRELUDE, "pipy()", ".pipeline('p')", "  .read(" + q(missing) + ")",
        "  .handleStreamEnd(e => log.push(e.error))", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("SE(RuntimeError)", awaitEnd(t, t.run("p").input(se())));
      String expected = "test.js:9:4: unable to open file for reading: " + missing;
      assertTrue(t.log().contains(expected), t.log());
      assertEquals(expected, report(t));
    }
    String report = loadError(lines("pipy()", ".pipeline('p')", ".read()"));
    assertTrue(report.contains("test.js:3:2") && report.contains("read: pathname expects a string or a function"), report);
  }

  // ---- exec

  @Test
  void execRunsACommandWithTheStreamAsItsInputAndOutput() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').exec('cat')")) {
      ScriptTester.Run run = t.run("p").input(ms(), data("hello "), data("world\n"), me());
      await(t, () -> "hello world\n".equals(run.outputText()));
      // The StreamEnd kills the process, as in Pipy.
      run.input(se());
      assertTrue(awaitEnd(t, run).endsWith(") SE"));
      assertEquals("hello world\n", run.outputText());
    }
  }

  @Test
  void theStreamEndsWhenTheProcessExits() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').exec('echo hello world')")) {
      assertEquals("D(hello world\n) SE", awaitEnd(t, t.run("p").input(ms(), me())));
    }
  }

  @Test
  void commandLinesAreSplitAsPipySplitsThem() {
    // Double quotes group and backslashes escape; single quotes are ordinary characters.
    String script = "pipy().pipeline('p').exec(() => 'echo \"a  b\" c\\\\ d \\'e f\\'')";
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("D(a  b c d 'e f'\n) SE", awaitEnd(t, t.run("p").input(ms())));
    }
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').exec(['printf', '%s|', 'a b', '', 42])")) {
      assertEquals("D(a b||42|) SE", awaitEnd(t, t.run("p").input(ms())));
    }
  }

  @Test
  void onExitGetsTheExitCodeAndStandardError() {
    String script = "pipy().pipeline('p').exec(['sh', '-c', 'echo out; echo err >&2; exit 3'],"
        + " { onExit: (code, err) => [new Data('code=' + code + ' err=' + err.toString()), new StreamEnd] })";
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      // Pipy 1.5 calls onExit as soon as the process exits, before its output is read (so 'out'
      // and the standard error may be lost); ours waits for both.
      assertEquals("D(out\n) D(code=3 err=err\n) SE", awaitEnd(t, t.run("p").input(ms())));
    }
  }

  @Test
  void stderrOptionOutputsStandardErrorToo() {
    String script = "pipy().pipeline('p').exec(['sh', '-c', 'echo err >&2'], { stderr: true })";
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("D(err\n) SE", awaitEnd(t, t.run("p").input(ms())));
    }
  }

  @Test
  void envOptionIsTheWholeEnvironment() {
    String script = "pipy().pipeline('p').exec('/usr/bin/env', { env: () => ({ FOO: 'bar', N: 1 }) })";
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      String out = awaitEnd(t, t.run("p").input(ms()));
      assertTrue(out.matches("D\\((FOO=bar\nN=1|N=1\nFOO=bar)\n\\) SE"), out);
    }
  }

  @Test
  void theProcessIsKilledWhenThePipelineGoes() {
    String script = lines(PRELUDE, "pipy()", ".pipeline('p').exec('sleep 30', { onStart: pid => log.push(pid) })", REPORT);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(ms());
      await(t, () -> !report(t).isEmpty());
      long pid = Long.parseLong(report(t));
      assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
      run.release();
      await(t, () -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }
  }

  @Test
  void aCommandThatCannotRunEndsTheStreamWithAnError() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').exec('/nonexistent/command')")) {
      assertEquals("SE(RuntimeError)", awaitEnd(t, t.run("p").input(ms())));
      assertTrue(t.log().contains("test.js:1:22: exec: unable to run /nonexistent/command"), t.log());
    }
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').exec(() => '   ')")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(ms())));
      assertTrue(t.log().contains("test.js:1:22: exec: no command"), t.log());
    }
    String report = loadError(lines("pipy()", ".pipeline('p')", ".exec('ls', { onExit: 'no' })"));
    assertTrue(report.contains("test.js:3:2") && report.contains("exec: onExit expects a function, got string"), report);
  }

  @Test
  void execInPipelineStyle() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy.listen(8000, $=>$.exec(['cat']))")) {
      ScriptTester.Run run = t.run(t.listenLayout(0)).input(data("echo\n"));
      await(t, () -> "echo\n".equals(run.outputText()));
      run.input(se());
      assertFalse(awaitEnd(t, run).isEmpty());
    }
  }

  @Test
  void dataTypesStayIntact() {
    // Bytes that are not UTF-8 go through the process unchanged.
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').exec('cat').replaceData(d => new Data(d.toString('hex')))")) {
      ScriptTester.Run run = t.run("p").input(Scripts.bytes(new byte[] {(byte) 0xff, 0, (byte) 0x80}));
      await(t, () -> "ff0080".equals(run.outputText()));
      run.input(se());
    }
  }
}
