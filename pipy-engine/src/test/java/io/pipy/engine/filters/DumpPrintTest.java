package io.pipy.engine.filters;

import static io.pipy.engine.filters.Kit.data;
import static io.pipy.engine.filters.Kit.make;
import static io.pipy.engine.filters.Kit.me;
import static io.pipy.engine.filters.Kit.ms;
import static io.pipy.engine.filters.Kit.obj;
import static io.pipy.engine.filters.Kit.se;
import static io.pipy.engine.filters.Kit.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.MessageEnd;
import io.pipy.api.StreamEnd;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class DumpPrintTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  /** The log lines without their time stamps. */
  private static List<String> lines(String log) {
    return log.lines().map(l -> l.substring(l.indexOf(" [") + 1)).toList();
  }

  @Test
  void dumpLinesAreInPipyFormat() {
    Run run = t.run(make(t, Dump::create, "X"));
    String log = Kit.captureLog(() -> run.input(ms(obj("a", 1)), data("0123456789abcdefXYZ"), data("hi"),
        MessageEnd.of(obj("t", 2), "pl"), se()));
    assertEquals(List.of(
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] [X] MessageStart, head = {a=1}",
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] [X] Data [19] [ 30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66 ... ]",
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] [X] Data [2] [ 68 69 ]",
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] [X] MessageEnd, tail = {t=2}, payload = \"pl\"",
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] [X] StreamEnd"), lines(log));
    assertEquals("MS D(0123456789abcdefXYZ) D(hi) ME SE", shape(t, run));
    assertTrue(log.matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[INF\\] .*"), log);
  }

  @Test
  void dumpWithoutTagAndWithOtherTags() {
    Run r1 = t.run(make(t, Dump::create), make(t, Dump::create, 42), make(t, Dump::create, Kit.Fn.returning("fn")));
    String log = Kit.captureLog(() -> r1.input(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET), StreamEnd.thrown("oops")));
    assertEquals(List.of(
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] StreamEnd, code = ConnectionReset",
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] [42] StreamEnd, code = ConnectionReset",
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] [fn] StreamEnd, code = ConnectionReset",
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] StreamEnd, code = RuntimeError, error = \"oops\"",
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] [42] StreamEnd, code = RuntimeError, error = \"oops\"",
        "[INF] [dump] [worker=0] [context=1] [test.js 3:7] [fn] StreamEnd, code = RuntimeError, error = \"oops\""), lines(log));
  }

  @Test
  void dumpNumbersContexts() {
    var layout = t.layout(make(t, Dump::create));
    Run r1 = t.run(layout);
    Run r2 = t.run(layout);
    String log = Kit.captureLog(() -> {
      r1.input(data(""));
      r2.input(ms());
      r1.input(me());
    });
    List<String> l = lines(log);
    assertTrue(l.get(0).contains("[context=1]") && l.get(0).endsWith("Data [0]"), l.get(0));
    assertTrue(l.get(1).contains("[context=2]"), l.get(1));
    assertTrue(l.get(2).contains("[context=1]"), l.get(2));
  }

  @Test
  void printWritesDataBytesEachFollowedByALineBreak() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    io.pipy.api.Log.setOutput(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      Run run = t.run(make(t, Print::create));
      run.input(ms(), data("hello\nwor"), data("ld\n"), me(), se());
      assertEquals("MS D(hello\nwor) D(ld\n) ME SE", shape(t, run));
    } finally {
      io.pipy.api.Log.setOutput(System.err);
    }
    assertEquals("hello\nwor\nld\n\n", buf.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aThrowingTagFunctionEndsTheStreamOnce() {
    Kit.Fn tag = new Kit.Fn((c, a) -> {
      throw new IllegalStateException("tag");
    });
    Run run = t.run(make(t, Dump::create, tag));
    Kit.captureLog(() -> run.input(ms(), data("a"), se()));
    assertEquals("SE(RuntimeError)", shape(t, run));
  }
}
