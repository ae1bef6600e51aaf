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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;
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

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class HandleFiltersTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  @Test
  void handleMessageSeesWholeMessagesAndPassesEventsUnchanged() {
    List<String> seen = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Message m = (Message) a[0];
      seen.add(((ScriptObject) m.head()).get("n") + ":" + m.body() + ":" + m.tail() + ":" + a[1]);
      assertTrue(m.body().isAllGcHeap());
      return null;
    });
    Run run = t.run(make(t, HandleMessage::create, fn));
    ScriptObject tail = obj("t", 1);
    run.input(ms(obj("n", 1)), data("ab"), data("cd"), MessageEnd.of(tail, null),
        data("between"), ms(obj("n", 2)), me(), se());
    assertEquals(List.of("1:abcd:{t=1}:0", "2::null:1"), seen);
    assertEquals("MS D(ab) D(cd) ME D(between) MS ME SE", shape(t, run));
    assertSame(tail, ((MessageEnd) ((RecordedEvent) run.output().get(3)).event()).tail());
    assertSame(run.pipeline().context(), fn.callers.get(0));
  }

  @Test
  void handleMessageCallsBackWhenTheStreamEndsInsideAMessage() {
    List<String> seen = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Message m = (Message) a[0];
      seen.add(m.body() + ":" + m.tail());
      return null;
    });
    Run run = t.run(make(t, HandleMessage::create, fn));
    run.input(ms(), data("partial"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
    assertEquals(List.of("partial:null"), seen);
    assertEquals("MS D(partial) SE(ConnectionReset)", shape(t, run));
  }

  @Test
  void handleMessageIsNotCalledForAnEmptyStream() {
    Kit.Fn fn = Kit.Fn.returning(null);
    Run run = t.run(make(t, HandleMessage::create, fn));
    run.input(se());
    assertEquals(0, fn.calls.size());
    assertEquals("SE", shape(t, run));
  }

  @Test
  void handleMessageBufferLimitKeepsTheFirstBytes() {
    List<String> seen = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      seen.add(((Message) a[0]).body().toString());
      return null;
    });
    Run run = t.run(make(t, HandleMessage::create, fn, obj("bufferLimit", 5)));
    run.input(ms(), data("abc"), data("defgh"), me(), ms(), data("12345678"), me());
    assertEquals(List.of("abcde", "12345"), seen);
    assertEquals("MS D(abc) D(defgh) ME MS D(12345678) ME", shape(t, run));
  }

  @Test
  void handleMessageAcceptsTheOldSizeLimitForm() {
    List<String> seen = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      seen.add(((Message) a[0]).body().toString());
      return null;
    });
    Run run = t.run(make(t, HandleMessage::create, "1k", fn));
    byte[] big = new byte[1500];
    java.util.Arrays.fill(big, (byte) 'x');
    run.input(ms(), Kit.bytes(big), me());
    assertEquals(1024, seen.get(0).length());
  }

  @Test
  void handleMessageBodySeesBodies() {
    List<String> seen = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      seen.add(a[0] + "#" + a[1]);
      return null;
    });
    Run run = t.run(make(t, HandleMessageBody::create, fn));
    run.input(data("x"), ms(), data("a"), data("b"), me(), ms(), me(), ms(), data("c"), se());
    assertEquals(List.of("ab#0", "#1", "c#2"), seen);
    assertEquals("D(x) MS D(a) D(b) ME MS ME MS D(c) SE", shape(t, run));
  }

  @Test
  void handleDataGetsScriptCopies() {
    List<Data> seen = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Data d = (Data) a[0];
      seen.add(d);
      d.shift(1); // what the script leaves in its copy goes on, as in Pipy
      return null;
    });
    Run run = t.run(make(t, HandleData::create, fn));
    run.input(ms(), data("abc"), data("de"), me(), se());
    assertEquals("MS D(bc) D(e) ME SE", shape(t, run));
    assertEquals(2, seen.size());
    assertTrue(seen.get(0).isAllGcHeap());
    assertEquals("bc", seen.get(0).toString());
  }

  @Test
  void handleCallsBackForEveryEventWithACounter() {
    List<String> seen = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      seen.add(a[0].getClass().getSimpleName() + a[1]);
      return null;
    });
    Run run = t.run(make(t, Handle::create, fn));
    run.input(ms(), data("a"), me(), se());
    assertEquals(List.of("MessageStart0", "Data1", "MessageEnd2", "StreamEnd3"), seen);
    assertEquals("MS D(a) ME SE", shape(t, run));
  }

  @Test
  void typedHandlersOnlySeeTheirEvents() {
    List<String> seen = new ArrayList<>();
    Kit.Fn starts = new Kit.Fn((c, a) -> seen.add("start" + a[1]));
    Kit.Fn ends = new Kit.Fn((c, a) -> seen.add("end" + a[1]));
    Kit.Fn streamEnds = new Kit.Fn((c, a) -> seen.add("se:" + a[0]));
    Run run = t.run(make(t, HandleMessageStart::create, starts), make(t, HandleMessageEnd::create, ends),
        make(t, HandleStreamEnd::create, streamEnds));
    run.input(data("x"), ms(), data("a"), me(), ms(), me(), StreamEnd.of(StreamEnd.Error.READ_ERROR));
    assertEquals(List.of("start0", "end0", "start1", "end1", "se:StreamEnd(ReadError)"), seen);
    assertEquals("D(x) MS D(a) ME MS ME SE(ReadError)", shape(t, run));
  }

  @Test
  void handleStreamStartSeesOnlyTheFirstEvent() {
    Kit.Fn fn = Kit.Fn.returning(null);
    Run run = t.run(make(t, HandleStreamStart::create, fn));
    run.input(data("first"), data("second"), se());
    assertEquals(1, fn.calls.size());
    assertEquals("first", fn.arg(0, 0).toString());
    assertEquals("D(first) D(second) SE", shape(t, run));
  }

  @Test
  void aPromisePausesTheStreamAndKeepsOrder() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run run = t.run(make(t, HandleMessage::create, fn));
    run.input(ms(), data("a"), me(), ms(), data("b"), me(), data("tail"), se());
    // The first message's end waits for its promise, and everything after it too.
    assertEquals("MS D(a)", shape(t, run));
    assertEquals(1, promises.size());
    t.exec(() -> promises.get(0).resolve(null));
    assertEquals("MS D(a) ME MS D(b)", shape(t, run));
    assertEquals(2, promises.size());
    assertEquals("b", ((Message) fn.arg(1, 0)).body().toString());
    t.exec(() -> promises.get(1).resolve(42));
    assertEquals("MS D(a) ME MS D(b) ME D(tail) SE", shape(t, run));
  }

  @Test
  void handleDataPromiseHoldsTheDataItWasCalledFor() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run run = t.run(make(t, HandleData::create, fn));
    run.input(ms(), data("a"), data("b"), me(), se());
    assertEquals("MS", shape(t, run));
    t.exec(() -> promises.get(0).resolve(null));
    assertEquals("MS D(a)", shape(t, run));
    t.exec(() -> promises.get(1).resolve(null));
    assertEquals("MS D(a) D(b) ME SE", shape(t, run));
  }

  @Test
  void promisesOfTwoStreamsSettlingOutOfOrder() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    var layout = t.layout(make(t, HandleMessage::create, fn));
    Run r1 = t.run(layout);
    Run r2 = t.run(layout);
    r1.input(ms(), data("one"), me(), se());
    r2.input(ms(), data("two"), me(), se());
    t.exec(() -> promises.get(1).resolve(null));
    assertEquals("MS D(two) ME SE", shape(t, r2));
    assertEquals("MS D(one)", shape(t, r1));
    t.exec(() -> promises.get(0).resolve(null));
    assertEquals("MS D(one) ME SE", shape(t, r1));
    assertSame(r1.pipeline().context(), fn.callers.get(0));
    assertSame(r2.pipeline().context(), fn.callers.get(1));
  }

  @Test
  void aThrowingCallbackEndsTheStreamWithAnErrorAndDropsTheRest() {
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      throw new ScriptException("boom", "Error: boom", Kit.WHERE, List.of());
    });
    Run run = t.run(make(t, HandleData::create, fn));
    String log = Kit.captureLog(() -> run.input(ms(), data("a"), data("b"), me(), se()));
    assertEquals("MS SE(RuntimeError)", shape(t, run));
    StreamEnd end = (StreamEnd) ((RecordedEvent) run.output().get(1)).event();
    assertEquals("boom", end.value());
    assertTrue(log.contains("test.js:3:7: Error: boom"), log);
    assertTrue(log.contains("[ERR]"), log);
  }

  @Test
  void aJavaExceptionInACallbackIsReportedWithTheFilterLocation() {
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      throw new IllegalStateException("bad");
    });
    Run run = t.run(make(t, HandleMessageStart::create, fn));
    String log = Kit.captureLog(() -> run.input(ms(), data("a"), me(), se()));
    assertEquals("SE(RuntimeError)", shape(t, run));
    assertTrue(log.contains("test.js:3:7: in handleMessageStart: java.lang.IllegalStateException: bad"), log);
  }

  @Test
  void aRejectedPromiseEndsTheStream() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run run = t.run(make(t, HandleMessage::create, fn));
    run.input(ms(), data("a"), me(), data("queued"), se());
    // The rejection reaches the filter in a microtask after exec() returns: capture until it ran.
    String log = Kit.captureLog(() -> {
      t.exec(() -> promises.get(0).reject("nope"));
      t.settle(0);
    });
    assertEquals("MS D(a) SE(RuntimeError)", shape(t, run));
    assertEquals("nope", ((StreamEnd) ((RecordedEvent) run.output().get(2)).event()).value());
    assertTrue(log.contains("promise rejected"), log);
  }

  @Test
  void releasingAPausedPipelineDropsQueuedDataAndIgnoresTheLatePromise() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    var layout = t.layout(make(t, HandleData::create, fn));
    Run r1 = t.run(layout);
    r1.input(data("held"), data("queued1"), data("queued2"));
    r1.release();
    // The pooled pipeline serves a new stream; the old promise must not touch it.
    Run r2 = t.run(layout);
    assertSame(r1.pipeline(), r2.pipeline());
    r2.input(data("fresh"));
    t.exec(() -> promises.get(0).resolve(null));
    t.settle(0);
    assertEquals("", shape(t, r1));
    assertEquals("", shape(t, r2));
    t.exec(() -> promises.get(1).resolve(null));
    assertEquals("D(fresh)", shape(t, r2));
    assertEquals(0, fn.arg(1, 1)); // the counter starts again
  }

  @Test
  void handlersRequireAFunction() {
    ScriptError e = assertThrows(ScriptError.class, () -> make(t, HandleMessage::create, "x"));
    assertTrue(e.getMessage().contains("handleMessage"), e.getMessage());
    assertThrows(ScriptError.class, () -> make(t, HandleData::create));
    assertThrows(ScriptError.class, () -> make(t, HandleMessage::create, Kit.Fn.returning(null), "bad options"));
  }

  @Test
  void messageHeadIsTheStartHead() {
    List<Object> heads = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> heads.add(((Message) a[0]).head()));
    ScriptObject head = obj("method", "GET");
    Run run = t.run(make(t, HandleMessage::create, fn));
    run.input(ms(head), me(), ms(), me());
    assertSame(head, heads.get(0));
    assertNull(heads.get(1));
    Event first = ((RecordedEvent) run.output().get(0)).event();
    assertSame(head, ((MessageStart) first).head());
    assertInstanceOf(MessageEnd.class, ((RecordedEvent) run.output().get(1)).event());
    arr(); // keep the helper referenced
  }
}
