package io.pipy.engine.filters;

import static io.pipy.engine.filters.Kit.arr;
import static io.pipy.engine.filters.Kit.data;
import static io.pipy.engine.filters.Kit.make;
import static io.pipy.engine.filters.Kit.me;
import static io.pipy.engine.filters.Kit.ms;
import static io.pipy.engine.filters.Kit.obj;
import static io.pipy.engine.filters.Kit.se;
import static io.pipy.engine.filters.Kit.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.PipelineTester.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** split, deframe and pack. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class FramingFiltersTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  // ---- split (expected outputs checked against Pipy 1.5.18, less its empty Data events) ----

  @Test
  void splitCutsAtSeparatorsAcrossChunks() {
    Run run = t.run(make(t, Split::create, "--"));
    run.input(data("ab--cd-"), data("-"), data("--x"), se());
    assertEquals("MS D(ab) ME MS D(cd) ME MS ME MS D(x) ME SE", shape(t, run));
  }

  @Test
  void splitEndsPiecesAtMessageEndsAndDropsInputMessageBoundaries() {
    Run run = t.run(make(t, Split::create, "\n"));
    run.input(ms(obj("x", 1)), data("a\nbc"), me(), data("\n\nd"), se());
    assertEquals("MS D(a) ME MS D(bc) ME MS ME MS ME MS D(d) ME SE", shape(t, run));
    assertNull(((MessageStart) ((RecordedEvent) run.output().get(0)).event()).head());
  }

  @Test
  void splitGivesAnEmptyLastPieceAfterATrailingSeparator() {
    Run run = t.run(make(t, Split::create, "\n"));
    run.input(data("a\n"), se());
    assertEquals("MS D(a) ME MS ME SE", shape(t, run));
  }

  @Test
  void splitOutputsBytesThatCannotBeASeparatorAtOnce() {
    Run run = t.run(make(t, Split::create, Data.fromString("aab")));
    run.input(data("xaa"));
    assertEquals("MS D(x)", shape(t, run));
    run.input(data("aab"));
    assertEquals("MS D(x) D(aa) ME", shape(t, run));
    run.input(data("aa"), se());
    assertEquals("MS D(x) D(aa) ME MS D(aa) ME SE", shape(t, run));
  }

  @Test
  void splitPassesAStreamEndWithoutData() {
    Run run = t.run(make(t, Split::create, "\n"));
    run.input(StreamEnd.of(StreamEnd.Error.READ_ERROR));
    assertEquals("SE(ReadError)", shape(t, run));
  }

  @Test
  void splitSeparatorFromAFunctionPerStream() {
    int[] n = {0};
    Kit.Fn fn = new Kit.Fn((c, a) -> ++n[0] == 1 ? "," : Data.fromString(";"));
    var layout = t.layout(make(t, Split::create, fn));
    Run r1 = t.run(layout);
    r1.input(data("a,b;c"), se());
    r1.release();
    Run r2 = t.run(layout);
    r2.input(data("a,b;c"), se());
    assertEquals("MS D(a) ME MS D(b;c) ME SE", shape(t, r1));
    assertEquals("MS D(a,b) ME MS D(c) ME SE", shape(t, r2));
    assertSame(r2.pipeline().context(), fn.callers.get(1));
  }

  @Test
  void splitRejectsBadSeparators() {
    assertThrows(ScriptError.class, () -> make(t, Split::create, ""));
    assertThrows(ScriptError.class, () -> make(t, Split::create, "x".repeat(1025)));
    Run run = t.run(make(t, Split::create, Kit.Fn.returning("")));
    Kit.captureLog(() -> run.input(data("a"), data("b"), se()));
    assertEquals("SE(RuntimeError)", shape(t, run));
  }

  // ---- deframe ----

  /** A length-prefixed protocol: one byte length, then that many bytes, as a message. */
  private ScriptObject lengthPrefixed() {
    Data[] body = new Data[1];
    Kit.Fn len = new Kit.Fn((c, a) -> {
      int n = (Integer) a[0];
      if (n == 0) return arr(MessageStart.of(null), MessageEnd.plain(), "len");
      body[0] = new Data();
      return arr("body", n, body[0]);
    });
    Kit.Fn bodyState = new Kit.Fn((c, a) -> {
      assertSame(body[0], a[0]);
      return arr(MessageStart.of(null), a[0], MessageEnd.plain(), "len");
    });
    return obj("len", len, "body", bodyState);
  }

  @Test
  void deframeReadsFramesIntoData() {
    Run run = t.run(make(t, Deframe::create, lengthPrefixed()));
    run.input(Kit.bytes(new byte[] {3, 'a', 'b'}), Kit.bytes(new byte[] {'c', 0, 2, 'x'}), Kit.bytes(new byte[] {'y', 1}), se());
    assertEquals("MS D(abc) ME MS ME MS D(xy) ME SE", shape(t, run));
  }

  @Test
  void deframeStartsOverAfterAStreamEnd() {
    var layout = t.layout(make(t, Deframe::create, lengthPrefixed()));
    Run run = t.run(layout);
    run.input(Kit.bytes(new byte[] {5, 'a'}), se());
    run.release();
    Run r2 = t.run(layout);
    r2.input(Kit.bytes(new byte[] {1, 'z'}), se());
    assertEquals("SE", shape(t, run));
    assertEquals("MS D(z) ME SE", shape(t, r2));
  }

  @Test
  void deframeByteStatesArraysAndPassThrough() {
    List<Object> got = new ArrayList<>();
    // 'h' then 2 bytes into an array, then '#' then 3 bytes passed through, then ignore.
    Kit.Fn start = new Kit.Fn((c, a) -> (Integer) a[0] == 'h' ? arr("pair", 2, arr()) : (Integer) a[0] == '#' ? arr("passed", 3) : "start");
    Kit.Fn pair = new Kit.Fn((c, a) -> {
      got.add(((ScriptArray) a[0]).toString());
      return "start";
    });
    Kit.Fn passed = new Kit.Fn((c, a) -> {
      got.add(a[0]);
      return "start";
    });
    Run run = t.run(make(t, Deframe::create, obj("start", start, "pair", pair, "passed", passed)));
    run.input(data("xh"), data("AB"), data("#12"), data("3rest"), ms(), me(), se());
    assertEquals(List.of("[65, 66]", -1), got);
    assertEquals("D(12) D(3) SE", shape(t, run));
  }

  @Test
  void deframeConstantStatesAndErrors() {
    Run run = t.run(make(t, Deframe::create, obj("a", "b", "b", "a")));
    run.input(data("xyz"), se());
    assertEquals("SE", shape(t, run));
    Run bad = t.run(make(t, Deframe::create, obj("a", Kit.Fn.returning("nowhere"))));
    String log = Kit.captureLog(() -> bad.input(data("xyz"), data("more"), se()));
    assertEquals("SE(RuntimeError)", shape(t, bad));
    assertTrue(log.contains("invalid state: nowhere"), log);
    Run badLen = t.run(make(t, Deframe::create, obj("a", Kit.Fn.returning(arr("a", 0)))));
    Kit.captureLog(() -> badLen.input(data("x")));
    assertEquals("SE(RuntimeError)", shape(t, badLen));
    assertThrows(ScriptError.class, () -> make(t, Deframe::create, "x"));
    assertThrows(ScriptError.class, () -> make(t, Deframe::create, obj()));
  }

  // ---- pack ----

  private static Message msg(Object head, String body) {
    return new Message(head, Data.fromString(body), null);
  }

  @Test
  void packCombinesBatchesWithPrefixSeparatorPostfix() {
    Run run = t.run(make(t, Pack::create, 3, obj("prefix", "[", "postfix", "]", "separator", ",")));
    ScriptObject h1 = obj("n", 1);
    ScriptObject tail = obj("t", 3);
    run.input(ms(h1), data("a"), me(), ms(obj("n", 2)), data("b"), me(), ms(), data("c"), MessageEnd.of(tail, null),
        data("stray"), ms(), data("d"), me(), se());
    assertEquals("MS D([a,b,c]) ME MS D([d]) ME SE", shape(t, run));
    assertSame(h1, ((MessageStart) ((RecordedEvent) run.output().get(0)).event()).head());
    assertSame(tail, ((MessageEnd) ((RecordedEvent) run.output().get(2)).event()).tail());
  }

  @Test
  void packDropsABatchWithAnUnfinishedMessageAtTheEnd() {
    Run run = t.run(make(t, Pack::create, 3));
    run.input(ms(), data("d"), me(), ms(), data("partial"), se());
    assertEquals("SE", shape(t, run));
  }

  @Test
  void packDefaultsToOneMessage() {
    Run run = t.run(make(t, Pack::create));
    run.input(ms(), data("a"), data("b"), me(), ms(), me(), se());
    assertEquals("MS D(ab) ME MS ME SE", shape(t, run));
  }

  @Test
  void packSendsAnIdleBatchAfterTheTimeout() {
    Run run = t.run(make(t, Pack::create, 10, obj("timeout", 0.05, "interval", 0)));
    run.input(ms(), data("a"), me(), ms(), data("b"), me());
    assertEquals("", shape(t, run));
    t.settle(200);
    assertEquals("MS D(ab) ME", shape(t, run));
    run.input(se());
  }

  @Test
  void packSendsWhenTheIntervalHasPassed() {
    Run run = t.run(make(t, Pack::create, 10, obj("timeout", 0, "interval", "50ms")));
    run.input(ms(), data("a"), me());
    assertEquals("", shape(t, run));
    t.settle(80);
    run.input(ms(), data("b"), me(), ms(), data("c"), me());
    assertEquals("MS D(ab) ME", shape(t, run));
    run.input(se());
    assertEquals("MS D(ab) ME MS D(c) ME SE", shape(t, run));
  }

  @Test
  void packReleasesItsBatchOnReset() {
    Run run = t.run(make(t, Pack::create, 5));
    run.input(ms(), data("held"), me());
    run.release();
    assertEquals("", shape(t, run));
    msg(null, ""); // keep helper used
  }
}
