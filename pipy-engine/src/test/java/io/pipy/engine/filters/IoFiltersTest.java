package io.pipy.engine.filters;

import static io.pipy.engine.filters.Kit.arr;
import static io.pipy.engine.filters.Kit.data;
import static io.pipy.engine.filters.Kit.make;
import static io.pipy.engine.filters.Kit.me;
import static io.pipy.engine.filters.Kit.ms;
import static io.pipy.engine.filters.Kit.obj;
import static io.pipy.engine.filters.Kit.se;
import static io.pipy.engine.filters.Kit.shape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.StreamEnd;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedData;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.PipelineTester.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** tee, read and exec. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class IoFiltersTest {

  @TempDir
  Path dir;

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private static void await(BooleanSupplier cond) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!cond.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("timed out");
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static boolean ended(PipelineTester.Run run) {
    List<PipelineTester.Recorded> out = run.output();
    return !out.isEmpty() && out.get(out.size() - 1) instanceof RecordedEvent e && e.event() instanceof StreamEnd;
  }

  /** The file's text, or "" while it does not exist (a rotating writer may rename it between any two calls). */
  private static String text(Path p) {
    try {
      return Files.readString(p);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] bytesOut(Run run) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (var r : run.output()) if (r instanceof RecordedData d) out.writeBytes(d.bytes());
    return out.toByteArray();
  }

  // ---- tee ----

  @Test
  void teeWritesDataAndPassesEverything() {
    Path f = dir.resolve("sub/dir/out.txt");
    Run run = t.run(make(t, Tee::create, f.toString()));
    run.input(ms(), data("hello "), data("world"), me(), se());
    assertEquals("MS D(hello ) D(world) ME SE", shape(t, run));
    await(() -> text(f).equals("hello world"));
  }

  @Test
  void teeTruncatesPerStreamUnlessAppending() throws IOException {
    Path f = dir.resolve("t.txt");
    Files.writeString(f, "old;");
    var layout = t.layout(make(t, Tee::create, Kit.Fn.returning(f.toString())));
    Run r1 = t.run(layout);
    r1.input(data("one"), se());
    await(() -> text(f).equals("one"));
    Path g = dir.resolve("a.txt");
    Files.writeString(g, "old;");
    Run r2 = t.run(make(t, Tee::create, g.toString(), obj("append", true)));
    r2.input(data("two"), se());
    await(() -> text(g).equals("old;two"));
  }

  @Test
  void sharedTeeRotatesBySize() throws IOException {
    Path f = dir.resolve("shared.log");
    var layout = t.layout(make(t, Tee::create, f.toString(), obj("shared", true, "maxFileSize", 10, "maxFileCount", 1)));
    Run r1 = t.run(layout);
    Run r2 = t.run(layout);
    r1.input(data("aaaaaa"));
    r2.input(data("bbbb"));
    r1.input(data("cccccc"), se());
    await(() -> text(f).equals("cccccc"));
    try (var s = Files.list(dir)) {
      List<Path> rotated = s.filter(p -> !p.equals(f)).toList();
      assertEquals(1, rotated.size());
      assertEquals("aaaaaabbbb", text(rotated.get(0)));
      assertTrue(rotated.get(0).getFileName().toString().matches("\\d{4}(-\\d\\d){5}-shared\\.log"), rotated.toString());
    }
  }

  // ---- read ----

  @Test
  void readOutputsTheFileThenStreamEnd() throws IOException {
    byte[] content = new byte[40000];
    for (int i = 0; i < content.length; i++) content[i] = (byte) i;
    Path f = dir.resolve("in.bin");
    Files.write(f, content);
    Run run = t.run(make(t, Read::create, f.toString()));
    run.input(ms(), data("ignored"), me(), se());
    await(() -> ended(run));
    assertArrayEquals(content, bytesOut(run));
    assertEquals(3, run.output().size() - 1); // three 16k-or-less chunks
    StreamEnd end = (StreamEnd) ((RecordedEvent) run.output().get(3)).event();
    assertFalse(end.hasError());
  }

  @Test
  void readWithSeekAndSize() throws IOException {
    Path f = dir.resolve("in.txt");
    Files.writeString(f, "0123456789");
    Run run = t.run(make(t, Read::create, Kit.Fn.returning(f.toString()), obj("seek", 2, "size", Kit.Fn.returning(5))));
    run.input(data("go"));
    await(() -> ended(run));
    assertEquals("D(23456) SE", shape(t, run));
  }

  @Test
  void readAMissingFileFails() {
    Run run = t.run(make(t, Read::create, dir.resolve("missing").toString()));
    String log = Kit.captureLog(() -> {
      run.input(se());
      await(() -> ended(run));
    });
    assertEquals("SE(RuntimeError)", shape(t, run));
    assertTrue(log.contains("unable to open file for reading"), log);
  }

  @Test
  void releasingAReadingPipelineStopsReading() throws IOException {
    Path f = dir.resolve("big.bin");
    Files.write(f, new byte[1 << 20]);
    var layout = t.layout(make(t, Read::create, f.toString()));
    Run run = t.run(layout);
    run.input(se());
    run.release();
    t.settle(50);
    Run again = t.run(layout);
    t.settle(50);
    assertEquals("", shape(t, again));
  }

  // ---- exec ----

  @Test
  void execRunsAProcessWithTheStreamAsItsInputAndOutput() {
    Run run = t.run(make(t, Exec::create, "cat"));
    run.input(data("hello\n"));
    await(() -> new String(bytesOut(run), StandardCharsets.UTF_8).equals("hello\n"));
    run.input(se()); // kills the process, as Pipy does
    await(() -> ended(run));
  }

  @Test
  void execEndsTheStreamWhenTheProcessExits() {
    Run run = t.run(make(t, Exec::create, arr("sh", "-c", "printf 'a b'; echo ' c'")));
    run.input(ms());
    await(() -> ended(run));
    assertEquals("a b c\n", new String(bytesOut(run), StandardCharsets.UTF_8));
  }

  @Test
  void execOnExitGetsTheCodeAndStandardError() {
    Kit.Fn onExit = new Kit.Fn((c, a) -> arr(Data.fromString("code " + a[0] + " err " + a[1]), StreamEnd.normal()));
    Kit.Fn onStart = Kit.Fn.returning(null);
    Run run = t.run(make(t, Exec::create, "sh -c \"echo out; echo oops >&2; exit 3\"", obj("onExit", onExit, "onStart", onStart)));
    run.input(ms());
    await(() -> ended(run));
    assertEquals("out\ncode 3 err oops\n", new String(bytesOut(run), StandardCharsets.UTF_8));
    assertTrue(onStart.arg(0, 0) instanceof Number);
  }

  @Test
  void execStderrOptionOutputsStandardError() {
    Run run = t.run(make(t, Exec::create, "sh -c \"echo oops >&2\"", obj("stderr", true)));
    run.input(ms());
    await(() -> ended(run));
    assertEquals("oops\n", new String(bytesOut(run), StandardCharsets.UTF_8));
  }

  @Test
  void execEnvironment() {
    Run run = t.run(make(t, Exec::create, "/usr/bin/env", obj("env", obj("A", "1", "B", 2))));
    run.input(ms());
    await(() -> ended(run));
    assertEquals("A=1\nB=2\n", new String(bytesOut(run), StandardCharsets.UTF_8));
  }

  @Test
  void execOfAMissingProgramFails() {
    Run run = t.run(make(t, Exec::create, "/no/such/program"));
    String log = Kit.captureLog(() -> {
      run.input(ms());
      await(() -> ended(run));
    });
    assertEquals("SE(RuntimeError)", shape(t, run));
    assertTrue(log.contains("unable to run /no/such/program"), log);
  }

  @Test
  void releasingThePipelineKillsTheProcess() {
    var layout = t.layout(make(t, Exec::create, "sleep 30"));
    Run run = t.run(layout);
    run.input(ms());
    t.settle(100);
    run.release();
    t.settle(100);
    assertEquals("", shape(t, run));
  }

  @Test
  void commandLineSplitting() {
    // As Pipy splits: only double quotes group; single quotes are kept as they are.
    assertEquals(List.of("a", "b c", "d\"e", "'f", "g'", "h'i"), Exec.splitArgs(" a  \"b c\" d\\\"e 'f g' \"h'i\" "));
    assertEquals(List.of("''", "x", "", "y"), Exec.splitArgs("'' x \"\" y"));
  }

  @Test
  void teeWithAThrowingFilenameFunctionEndsTheStreamOnce() {
    Kit.Fn name = new Kit.Fn((c, a) -> {
      throw new IllegalStateException("name");
    });
    Run run = t.run(make(t, Tee::create, name));
    Kit.captureLog(() -> run.input(data("a"), data("b"), se()));
    assertEquals("SE(RuntimeError)", shape(t, run));
  }
}
