package io.pipy.tests.filters;

import static io.pipy.tests.filters.Scripts.data;
import static io.pipy.tests.filters.Scripts.lines;
import static io.pipy.tests.filters.Scripts.me;
import static io.pipy.tests.filters.Scripts.ms;
import static io.pipy.tests.filters.Scripts.se;
import static io.pipy.tests.filters.Scripts.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import io.pipy.engine.filters.LeakWatch;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code dump} and {@code print}: what they write to the log (in Pipy 1.5's format, checked
 * against Pipy 1.5.18) and that they pass every event on unchanged.
 */
@Timeout(30)
@ExtendWith(LeakWatch.class)
class DebugFiltersScriptTest {

  /** The log lines that came from dump, without the time and level in front. */
  private static List<String> dumped(ScriptTester t) {
    return Arrays.stream(t.log().split("\n"))
        .filter(l -> l.contains("[dump]"))
        .map(l -> l.substring(l.indexOf("[dump]")))
        .collect(Collectors.toList());
  }

  @Test
  void dumpLogsEveryEventAndPassesItOn() {
    String script = lines("pipy()", ".pipeline('p')",
        ".replaceMessageStart(() => new MessageStart({a: 1, s: 'x'}))",
        ".replaceMessageEnd(() => new MessageEnd({t: 1}, 'pl'))",
        ".dump()");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(ms(), data("hello world, this is more than 16 bytes"), data(""), data("short"), me(),
          StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
      assertEquals("MS{\"a\":1,\"s\":\"x\"} D(hello world, this is more than 16 bytes) D() D(short) ME{\"t\":1} SE(ConnectionReset)", shape(t, run));
      List<String> l = dumped(t);
      assertEquals(6, l.size(), l.toString());
      String prefix = "[dump] [worker=0] [context=1] [test.js 5:2] ";
      assertEquals(prefix + "MessageStart, head = { a: 1, s: \"x\" }", l.get(0));
      assertEquals(prefix + "Data [39] [ 68 65 6C 6C 6F 20 77 6F 72 6C 64 2C 20 74 68 69 ... ]", l.get(1));
      assertEquals(prefix + "Data [0]", l.get(2));
      assertEquals(prefix + "Data [5] [ 73 68 6F 72 74 ]", l.get(3));
      assertEquals(prefix + "MessageEnd, tail = { t: 1 }, payload = \"pl\"", l.get(4));
      assertEquals(prefix + "StreamEnd, code = ConnectionReset", l.get(5));
    }
  }

  @Test
  void dumpTagsOfEveryKind() {
    String script = lines("pipy({ _n: 0 })", ".pipeline('p')",
        ".dump('tag')",
        ".dump({ o: 1 })",
        ".dump(() => 'call #' + ++_n)");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      t.run("p").input(data("x"), se());
      List<String> l = dumped(t);
      assertEquals(List.of(
          "[dump] [worker=0] [context=1] [test.js 3:2] [tag] Data [1] [ 78 ]",
          "[dump] [worker=0] [context=1] [test.js 4:2] [{ o: 1 }] Data [1] [ 78 ]",
          "[dump] [worker=0] [context=1] [test.js 5:2] [call #1] Data [1] [ 78 ]",
          "[dump] [worker=0] [context=1] [test.js 3:2] [tag] StreamEnd",
          "[dump] [worker=0] [context=1] [test.js 4:2] [{ o: 1 }] StreamEnd",
          "[dump] [worker=0] [context=1] [test.js 5:2] [call #2] StreamEnd"), l);
    }
  }

  @Test
  void dumpShowsAThrownErrorValue() {
    String script = lines("pipy()", ".pipeline('p')", ".replaceStreamEnd(() => new StreamEnd({ reason: 'gone' }))", ".dump('x')");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(se())));
      assertEquals(List.of("[dump] [worker=0] [context=1] [test.js 4:2] [x] StreamEnd, code = RuntimeError, error = { reason: \"gone\" }"), dumped(t));
    }
  }

  @Test
  void eachStreamHasItsOwnContextNumber() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').dump()")) {
      ScriptTester.Run a = t.run("p");
      ScriptTester.Run b = t.run("p");
      a.input(data("a"));
      b.input(data("b"));
      a.input(se());
      List<String> l = dumped(t);
      assertTrue(l.get(0).contains("[context=1]") && l.get(1).contains("[context=2]") && l.get(2).contains("[context=1]"), l.toString());
    }
  }

  @Test
  void dumpInPipelineStyle() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy.listen(8000, $=>$.dump('in'))")) {
      ScriptTester.Run run = t.run(t.listenLayout(0)).input(ms(), me());
      assertEquals("MS ME", shape(t, run));
      assertEquals(List.of("[dump] [worker=0] [context=1] [test.js 1:24] [in] MessageStart", "[dump] [worker=0] [context=1] [test.js 1:24] [in] MessageEnd"), dumped(t));
    }
  }

  @Test
  void aThrowingTagFunctionEndsTheStream() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').dump(() => { throw new Error('no tag') })")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("a"), data("b"), se())));
      assertTrue(t.log().contains("test.js:1:41: Error: no tag"), t.log());
      assertTrue(dumped(t).isEmpty());
    }
  }

  @Test
  void printWritesTheBytesOfEveryDataOnALineOfItsOwn() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').print()")) {
      ScriptTester.Run run = t.run("p").input(ms(), data("line1\n"), data("line2"), me(), se());
      assertEquals("MS D(line1\n) D(line2) ME SE", shape(t, run));
      // Raw bytes where the log goes, no header; each Data followed by a line break.
      assertTrue(t.log().endsWith("line1\n\nline2\n"), t.log());
    }
  }

  @Test
  void printInPipelineStyle() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy.listen(8000, $=>$.print())")) {
      assertEquals("D(héllo) SE", shape(t, t.run(t.listenLayout(0)).input(data("héllo"), se())));
      assertTrue(t.log().endsWith("héllo\n"), t.log());
    }
  }
}
