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
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
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
class ReplaceFiltersTest {

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
  void replaceDataWithWhatTheCallbackReturns() {
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      String s = a[0].toString();
      if (s.equals("drop")) return Undefined.INSTANCE;
      if (s.equals("null")) return null;
      if (s.equals("two")) return arr(Data.fromString("2a"), null, Data.fromString("2b"));
      if (s.equals("text")) return "as text";
      return Data.fromString(s.toUpperCase());
    });
    Run run = t.run(make(t, ReplaceData::create, fn));
    run.input(ms(), data("abc"), data("drop"), data("null"), data("two"), data("text"), me(), se());
    assertEquals("MS D(ABC) D(2a) D(2b) D(as text) ME SE", shape(t, run));
    assertTrue(((Data) fn.arg(0, 0)).isAllGcHeap());
    assertEquals(0, fn.arg(0, 1));
    assertEquals(4, fn.arg(4, 1));
  }

  @Test
  void aConstantReplacementIsOutputAsADuplicateEveryTime() {
    Data constant = Data.fromString("X");
    Run run = t.run(make(t, ReplaceData::create, constant));
    run.input(data("a"), data("b"), se());
    assertEquals("D(X) D(X) SE", shape(t, run));
    assertEquals(1, constant.size());
  }

  @Test
  void noReplacementRemoves() {
    Run run = t.run(make(t, ReplaceData::create));
    run.input(ms(), data("a"), me(), se());
    assertEquals("MS ME SE", shape(t, run));
  }

  @Test
  void replaceMessageOutputsTheReplacementMessage() {
    List<String> seen = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Message m = (Message) a[0];
      seen.add(((ScriptObject) m.head()).get("n") + ":" + m.body() + ":" + m.tail());
      return new Message(obj("reply", true), Data.fromString("re:" + m.body()), null);
    });
    Run run = t.run(make(t, ReplaceMessage::create, fn));
    run.input(data("before"), ms(obj("n", 1)), data("a"), data("b"), MessageEnd.of(obj("t", 2), null), se());
    assertEquals(List.of("1:ab:{t=2}"), seen);
    assertEquals("D(before) MS D(re:ab) ME SE", shape(t, run));
    MessageStart start = (MessageStart) ((RecordedEvent) run.output().get(1)).event();
    assertEquals(true, ((ScriptObject) start.head()).get("reply"));
  }

  @Test
  void replaceMessageKeepsTheStreamEndOfAStreamEndingInsideAMessage() {
    Kit.Fn fn = new Kit.Fn((c, a) -> arr(a[0], Data.fromString("after")));
    Run run = t.run(make(t, ReplaceMessage::create, fn));
    run.input(ms(obj("a", 1)), data("xy"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
    assertEquals("MS D(xy) ME D(after) SE(ConnectionReset)", shape(t, run));
    assertNull(((Message) fn.arg(0, 0)).tail());
  }

  @Test
  void aScriptMessageIsNotConsumedByBeingOutput() {
    Message reply = new Message(null, Data.fromString("same"), null);
    Run run = t.run(make(t, ReplaceMessage::create, reply));
    run.input(ms(), me(), ms(), data("x"), me());
    assertEquals("MS D(same) ME MS D(same) ME", shape(t, run));
    assertEquals("same", reply.body().toString());
  }

  @Test
  void replaceMessageBodyKeepsStartAndEnd() {
    Kit.Fn fn = new Kit.Fn((c, a) -> new Data[0].length == 0 ? Data.fromString("B" + ((Data) a[0]).size()) : null);
    Run run = t.run(make(t, ReplaceMessageBody::create, fn));
    run.input(data("outside"), ms(), data("ab"), data("cde"), me(), ms(), data("xy"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
    assertEquals("D(outside) MS D(B5) ME MS D(B2) SE(ConnectionReset)", shape(t, run));
  }

  @Test
  void replaceMessageBodyAcceptsTheOldSizeLimitForm() {
    Kit.Fn fn = new Kit.Fn((c, a) -> a[0]);
    Run run = t.run(make(t, ReplaceMessageBody::create, 3, fn));
    run.input(ms(), data("abcdef"), me());
    assertEquals("MS D(abc) ME", shape(t, run));
  }

  @Test
  void replaceStreamStartReplacesOnlyTheFirstEvent() {
    Kit.Fn fn = new Kit.Fn((c, a) -> arr(MessageStart.of(null), Data.fromString("first was " + a[0])));
    Run run = t.run(make(t, ReplaceStreamStart::create, fn));
    run.input(data("one"), data("two"), se());
    assertEquals("MS D(first was one) D(two) SE", shape(t, run));
    assertEquals(1, fn.calls.size());
  }

  @Test
  void replaceMessageStartEndAndStreamEnd() {
    Kit.Fn starts = new Kit.Fn((c, a) -> arr(a[0], Data.fromString("[")));
    Kit.Fn ends = new Kit.Fn((c, a) -> arr(Data.fromString("]"), a[0]));
    Run run = t.run(make(t, ReplaceMessageStart::create, starts), make(t, ReplaceMessageEnd::create, ends),
        make(t, ReplaceStreamEnd::create, arr(Data.fromString("bye"), StreamEnd.normal())));
    run.input(ms(), data("body"), me(), StreamEnd.of(StreamEnd.Error.READ_ERROR));
    assertEquals("MS D([) D(body) D(]) ME D(bye) SE", shape(t, run));
  }

  @Test
  void replaceStreamEndThatReturnsNothingLeavesTheStreamOpen() {
    Run run = t.run(make(t, ReplaceStreamEnd::create, Kit.Fn.returning(Undefined.INSTANCE)));
    run.input(data("a"), se());
    assertEquals("D(a)", shape(t, run));
  }

  @Test
  void replaceSeesEveryEvent() {
    Kit.Fn fn = new Kit.Fn((c, a) -> a[0] instanceof Data d ? Data.fromString("<" + d + ">") : a[0]);
    Run run = t.run(make(t, Replace::create, fn));
    run.input(ms(), data("a"), me(), se());
    assertEquals("MS D(<a>) ME SE", shape(t, run));
    assertEquals(4, fn.calls.size());
  }

  @Test
  void promisedReplacementsKeepOrder() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run run = t.run(make(t, ReplaceMessageBody::create, fn));
    run.input(ms(), data("a"), me(), ms(), data("b"), me(), se());
    assertEquals("MS", shape(t, run));
    t.exec(() -> promises.get(0).resolve(Data.fromString("A")));
    assertEquals("MS D(A) ME MS", shape(t, run));
    t.exec(() -> promises.get(1).resolve("B"));
    assertEquals("MS D(A) ME MS D(B) ME SE", shape(t, run));
  }

  @Test
  void aBadReplacementFailsTheStream() {
    Run run = t.run(make(t, ReplaceData::create, Kit.Fn.returning(42)));
    String log = Kit.captureLog(() -> run.input(ms(), data("a"), data("b"), me(), se()));
    assertEquals("MS SE(RuntimeError)", shape(t, run));
    assertTrue(log.contains("test.js:3:7: replaceData: the replacement is not"), log);
    assertTrue(log.contains("not an event"), log);
  }

  @Test
  void aBadPromisedReplacementFailsTheStream() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run run = t.run(make(t, ReplaceMessage::create, fn));
    run.input(ms(), data("a"), me(), ms(), data("queued"), me(), se());
    Kit.captureLog(() -> {
      t.exec(() -> promises.get(0).resolve(obj("not", "events")));
      t.settle(0);
    });
    assertEquals("SE(RuntimeError)", shape(t, run));
  }

  @Test
  void aBadConstantIsAnErrorAtLoadTime() {
    ScriptError e = assertThrows(ScriptError.class, () -> make(t, ReplaceData::create, 42));
    assertTrue(e.getMessage().contains("replaceData"), e.getMessage());
    assertThrows(ScriptError.class, () -> make(t, ReplaceMessage::create, arr(obj())));
  }

  @Test
  void callbacksSeeTheStreamContext() {
    Kit.Fn fn = Kit.Fn.returning(null);
    var layout = t.layout(make(t, ReplaceMessageStart::create, fn));
    Run r1 = t.run(layout);
    Run r2 = t.run(layout);
    r1.input(ms());
    r2.input(ms());
    assertSame(r1.pipeline().context(), fn.callers.get(0));
    assertSame(r2.pipeline().context(), fn.callers.get(1));
  }
}
