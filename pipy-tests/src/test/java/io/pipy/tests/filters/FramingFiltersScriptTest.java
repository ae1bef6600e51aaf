package io.pipy.tests.filters;

import static io.pipy.tests.filters.Scripts.awaitEnd;
import static io.pipy.tests.filters.Scripts.bytes;
import static io.pipy.tests.filters.Scripts.data;
import static io.pipy.tests.filters.Scripts.lines;
import static io.pipy.tests.filters.Scripts.me;
import static io.pipy.tests.filters.Scripts.ms;
import static io.pipy.tests.filters.Scripts.msg;
import static io.pipy.tests.filters.Scripts.se;
import static io.pipy.tests.filters.Scripts.seq;
import static io.pipy.tests.filters.Scripts.shape;
import static io.pipy.tests.filters.Scripts.shapeListen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import io.pipy.engine.filters.LeakWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Filters that cut byte streams into messages and put messages together: {@code split},
 * {@code deframe} and {@code pack}. Expected results were checked against Pipy 1.5.18 unless a
 * test says otherwise.
 */
@Timeout(30)
@ExtendWith(LeakWatch.class)
class FramingFiltersScriptTest {

  private static String loadError(String script) {
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.load("test.js", script).close());
    return e.report();
  }

  private static String split(String separator, io.pipy.api.Event... input) {
    return shape("pipy().pipeline('p').split(" + separator + ")", input);
  }

  // ---- split

  @Test
  void splitCutsTheByteStreamIntoMessages() {
    assertEquals("MS D(a) ME MS D(b) ME MS D(c) ME SE", split("','", data("a,b,c"), se()));
    // Pipy 1.5 also puts an empty Data into an empty piece: MS D() ME.
    assertEquals("MS D(a) ME MS ME MS D(c) ME SE", split("','", data("a,,c"), se()));
    assertEquals("MS D(xyz) ME SE", split("','", data("xyz"), se()));
  }

  @Test
  void endingRightAfterASeparatorGivesALastEmptyMessage() {
    assertEquals("MS D(ab) ME MS ME SE", split("','", data("ab,"), se()));
  }

  @Test
  void aSeparatorSplitAcrossDataIsFound() {
    assertEquals("MS D(ab) ME MS D(cd) ME MS ME SE", split("'\\r\\n'", data("ab\r"), data("\ncd\r\n"), se()));
    // Bytes that may start a separator are held back until it is clear they do not.
    assertEquals("MS D(a) D(-b) ME SE", split("'--'", data("a-"), data("b"), se()));
  }

  @Test
  void overlappingPartialMatchesAreHandled() {
    assertEquals("MS D(a) ME MS ME SE", split("'aab'", data("aaab"), se()));
    // The leftmost occurrence wins: "x|abab|abc".
    assertEquals("MS D(x) ME MS D(abc) ME SE", split("'abab'", data("xababab"), data("c"), se()));
  }

  @Test
  void separatorsOfEveryKind() {
    assertEquals("MS D(a) ME MS D(b) ME SE", split("new Data('12')", data("a12b"), se()));
    assertEquals("MS D(a) ME MS D(b) ME SE", split("1", data("a1b"), se()));
    assertEquals("MS D(a) ME MS D(b) ME SE", split("new Data([0])", bytes(new byte[] {'a', 0, 'b'}), se()));
  }

  @Test
  void aSeparatorFunctionIsEvaluatedPerStream() {
    String script = lines("pipy({ _sep: ',' })", ".pipeline('p')",
        ".handleStreamStart(e => { if (e.toString().startsWith(';')) _sep = ';' })",
        ".split(() => _sep)");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      assertEquals("MS D(a) ME MS D(b;c) ME SE", shape(t, t.run("p").input(data("a,b;c"), se())));
      assertEquals("MS ME MS D(a,b) ME MS D(c) ME SE", shape(t, t.run("p").input(data(";a,b;c"), se())));
    }
  }

  @Test
  void inputMessageEndsEndThePiece() {
    // Pipy 1.5 drops the StreamEnd that comes after a MessageEnd here; ours passes it on.
    assertEquals("MS D(a) ME MS D(b) ME MS D(c) ME MS ME SE",
        split("','", seq(ms(), data("a,b"), me(), ms(), data("c,"), me(), se())));
    assertEquals("MS D(a) ME MS D(b) ME MS D(c) ME MS D(d) ME SE",
        split("','", data("a,b"), data(",c"), me(), data("d"), se()));
  }

  @Test
  void emptyInput() {
    assertEquals("MS ME SE", split("','", data(""), se()));
    // Pipy 1.5 drops a StreamEnd that comes before any Data; ours passes it on.
    assertEquals("SE", split("','", se()));
  }

  @Test
  void splitInPipelineStyle() {
    assertEquals("MS D(GET /) ME MS D(host: x) ME MS ME MS ME SE",
        shapeListen("pipy.listen(8000, $=>$.split('\\r\\n'))", data("GET /\r\nhost: x\r\n\r\n"), se()));
  }

  @Test
  void badSeparators() {
    String report = loadError(lines("pipy()", ".pipeline('p')", ".split('')"));
    assertTrue(report.contains("test.js:3:2") && report.contains("split: separator is empty"), report);
    report = loadError(lines("pipy()", ".pipeline('p')", ".split('x'.repeat(1025))"));
    assertTrue(report.contains("test.js:3:2") && report.contains("split: separator over 1KB is not supported"), report);
    report = loadError(lines("pipy()", ".pipeline('p')", ".split()"));
    assertTrue(report.contains("test.js:3:2") && report.contains("split: separator expects a string, a Data or a function"), report);
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').split(() => '')")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("a,b"), data("c"), se())));
      assertTrue(t.log().contains("test.js:1:22: split: separator is empty"), t.log());
    }
  }

  // ---- deframe

  /** A length-prefixed framing: one length byte, then that many bytes, as one message each. */
  private static final String LENGTH_PREFIXED = lines(
      "pipy()",
      ".pipeline('p').deframe({",
      "  len: n => n === 0 ? 'len' : [new MessageStart({n}), 'body', n],",
      "  body: () => [new MessageEnd, 'len'],",
      "})");

  @Test
  void deframeRunsAByteLevelStateMachine() {
    // Passing bytes: the body goes out as Data as it comes, across input chunks.
    assertEquals("MS{\"n\":2} D(AB) ME MS{\"n\":3} D(C) D(DE) ME MS{\"n\":1} D(F) ME SE",
        shape(LENGTH_PREFIXED, bytes(new byte[] {2, 'A', 'B', 3, 'C'}), bytes(new byte[] {'D', 'E', 0, 1, 'F'}), se()));
  }

  @Test
  void deframeReadsIntoDataOrArrays() {
    String intoData = lines("pipy()", ".pipeline('p').deframe({",
        "  len: n => ['body', n, new Data],",
        "  body: d => [new MessageStart, d, new MessageEnd, 'len'],",
        "})");
    assertEquals("MS D(AB) ME MS D(CDE) ME SE", shape(intoData, bytes(new byte[] {2, 'A', 'B', 3, 'C'}), bytes(new byte[] {'D', 'E'}), se()));
    String intoArray = lines("pipy()", ".pipeline('p').deframe({",
        "  len: n => ['body', n, []],",
        "  body: a => [new Data(JSON.stringify(a)), 'len'],",
        "})");
    assertEquals("D([65,66]) D([67]) SE", shape(intoArray, bytes(new byte[] {2, 'A', 'B', 1, 'C'}), se()));
  }

  @Test
  void deframeGetsByteValuesAndConstantStates() {
    String script = lines("pipy()", ".pipeline('p').deframe({",
        "  start: 'odd',",
        "  odd: c => [new Data('' + c + ' '), 'start'],",
        "})");
    // The constant state takes a byte without a call; 'odd' gets the next one.
    assertEquals("D(98 ) D(100 ) SE", shape(script, data("abcd"), se()));
  }

  @Test
  void aStreamEndStartsTheMachineOverAndMessageEventsAreDropped() {
    String script = lines("pipy()", ".pipeline('p').deframe({",
        "  a: c => [new Data('A' + c), 'b'],",
        "  b: c => [new Data('B' + c), 'b'],",
        "})");
    assertEquals("D(A97) D(B98) SE D(A99) D(B100) SE", shape(script, ms(), data("ab"), me(), se(), data("cd"), se()));
  }

  @Test
  void deframeErrorsEndTheStream() {
    String script = lines("pipy()",
        ".pipeline('unknown').deframe({ s: c => 'nope' })",
        ".pipeline('number').deframe({ s: c => 42 })",
        ".pipeline('length').deframe({ s: c => ['s', 0] })",
        ".pipeline('buffer').deframe({ s: c => ['s', 1, 'bad'] })",
        ".pipeline('throw').deframe({ s: c => { throw new Error('bad byte ' + c) } })");
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      for (String p : new String[] {"unknown", "number", "length", "buffer", "throw"}) {
        assertEquals("SE(RuntimeError)", shape(t, t.run(p).input(data("abc"), data("d"), se())), p);
      }
      String log = t.log();
      assertTrue(log.contains("test.js:2:22: deframe: invalid state: nope"), log);
      assertTrue(log.contains("test.js:3:21: deframe: invalid state returned: number"), log);
      assertTrue(log.contains("test.js:4:21: deframe: invalid reading length 0"), log);
      assertTrue(log.contains("test.js:5:21: deframe: invalid read buffer"), log);
      assertTrue(log.contains("Error: bad byte 97"), log);
    }
    String report = loadError(lines("pipy()", ".pipeline('p')", ".deframe('states')"));
    assertTrue(report.contains("test.js:3:2") && report.contains("deframe: states expects an object, got string"), report);
    report = loadError(lines("pipy()", ".pipeline('p')", ".deframe({})"));
    assertTrue(report.contains("test.js:3:2") && report.contains("deframe: no states"), report);
  }

  @Test
  void deframeInPipelineStyle() {
    String script = "pipy.listen(8000, $=>$.deframe({ len: n => ['body', n, new Data], body: d => [new MessageStart, d, new MessageEnd, 'len'] }))";
    assertEquals("MS D(hi) ME SE", shapeListen(script, bytes(new byte[] {2, 'h', 'i'}), se()));
    // Only events may lead the array: a Message is taken for the state name, as in Pipy.
    String withMessage = "pipy.listen(8000, $=>$.deframe({ len: n => ['body', n, new Data], body: d => [new Message(d), 'len'] }))";
    assertEquals("SE(RuntimeError)", shapeListen(withMessage, bytes(new byte[] {2, 'h', 'i'}), se()));
  }

  // ---- pack

  @Test
  void packCombinesBatchesOfMessages() {
    String script = lines("pipy()", ".pipeline('p')",
        ".replaceMessageStart((e, i) => new MessageStart({i}))",
        ".replaceMessageEnd((e, i) => new MessageEnd({i}))",
        ".pack(2, { interval: 0 })");
    // The head of the first message, the tail of the last; the rest goes out at the end.
    assertEquals("MS{\"i\":0} D(ab) ME{\"i\":1} MS{\"i\":2} D(c) ME SE", shape(script, seq(msg("a"), msg("b"), msg("c"), se())));
  }

  @Test
  void packWithPrefixSeparatorAndPostfix() {
    assertEquals("MS D([a,b]) ME MS D([c]) ME SE",
        shape("pipy().pipeline('p').pack(2, { prefix: '[', separator: ',', postfix: ']', interval: 0 })", seq(msg("a"), msg("b"), msg("c"), se())));
  }

  @Test
  void packDefaultsToOneMessageAtATime() {
    assertEquals("MS D(a) ME MS D(b) ME SE", shape("pipy().pipeline('p').pack()", seq(msg("a"), msg("b"), se())));
  }

  @Test
  void anUnfinishedMessageAtTheEndIsDroppedWithItsBatch() {
    assertEquals("SE", shape("pipy().pipeline('p').pack(5, { interval: 0 })", seq(msg("a"), ms(), data("x"), se())));
    // Data outside messages is not packed.
    assertEquals("MS D(a) ME SE", shape("pipy().pipeline('p').pack(1)", seq(data("out"), msg("a"), se())));
  }

  @Test
  void packTimeoutSendsAnUnfullBatch() {
    String script = "pipy().pipeline('p').pack(10, { timeout: 0.3, interval: 0 })";
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(seq(msg("a"), msg("b")));
      assertEquals("", shape(t, run));
      Scripts.await(t, () -> !shape(t, run).isEmpty());
      assertEquals("MS D(ab) ME", shape(t, run));
      run.input(se());
    }
  }

  @Test
  void packIntervalSendsABatchWhenAMessageEndsLongEnoughAfterTheLastOne() {
    String script = "pipy().pipeline('p').pack(10, { timeout: 0, interval: '50ms' })";
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      ScriptTester.Run run = t.run("p").input(msg("a"));
      // Pipy 1.5 counts the first interval from time zero and sends the first message alone;
      // ours counts it from the start of the stream.
      assertEquals("", shape(t, run));
      t.settle(80);
      run.input(msg("b"));
      assertEquals("MS D(ab) ME", shape(t, run));
      run.input(seq(msg("c"), se()));
      assertEquals("MS D(ab) ME MS D(c) ME SE", awaitEnd(t, run));
    }
  }

  @Test
  void badPackArguments() {
    String report = loadError(lines("pipy()", ".pipeline('p')", ".pack('ten')"));
    assertTrue(report.contains("test.js:3:2") && report.contains("pack: batchSize expects a number, got string"), report);
    report = loadError(lines("pipy()", ".pipeline('p')", ".pack(2, { timeout: 'soon' })"));
    assertTrue(report.contains("test.js:3:2") && report.contains("pack: options.timeout: invalid duration 'soon'"), report);
  }
}
