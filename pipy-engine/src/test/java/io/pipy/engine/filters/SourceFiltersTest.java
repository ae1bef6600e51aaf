package io.pipy.engine.filters;

import static io.pipy.engine.filters.Kit.arr;
import static io.pipy.engine.filters.Kit.data;
import static io.pipy.engine.filters.Kit.make;
import static io.pipy.engine.filters.Kit.me;
import static io.pipy.engine.filters.Kit.ms;
import static io.pipy.engine.filters.Kit.se;
import static io.pipy.engine.filters.Kit.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.Message;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** insert, produce, wait and dummy. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class SourceFiltersTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  // ---- insert ----

  @Test
  void insertPutsEventsBeforeTheFirstEvent() {
    Run run = t.run(make(t, Insert::create, arr(MessageStart.of(null), Data.fromString("hi"))));
    run.input(data("a"), data("b"), se());
    assertEquals("MS D(hi) D(a) D(b) SE", shape(t, run));
  }

  @Test
  void insertEvaluatesAFunctionPerStream() {
    int[] n = {0};
    Kit.Fn fn = new Kit.Fn((c, a) -> new Message(null, Data.fromString("#" + ++n[0]), null));
    var layout = t.layout(make(t, Insert::create, fn));
    Run r1 = t.run(layout);
    r1.input(se());
    r1.release();
    Run r2 = t.run(layout);
    r2.input(data("x"));
    assertEquals("MS D(#1) ME SE", shape(t, r1));
    assertEquals("MS D(#2) ME D(x)", shape(t, r2));
    assertSame(r2.pipeline().context(), fn.callers.get(1));
  }

  @Test
  void insertWithAPromiseDoesNotHoldTheStream() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run run = t.run(make(t, Insert::create, fn));
    run.input(data("a"));
    assertEquals("D(a)", shape(t, run));
    t.exec(() -> promises.get(0).resolve(Data.fromString("late")));
    run.input(se());
    assertEquals("D(a) D(late) SE", shape(t, run));
  }

  @Test
  void insertFailures() {
    assertThrows(ScriptError.class, () -> make(t, Insert::create, 42));
    assertThrows(ScriptError.class, () -> make(t, Insert::create));
    Run run = t.run(make(t, Insert::create, Kit.Fn.returning(7)));
    Kit.captureLog(() -> run.input(data("a"), data("b")));
    assertEquals("SE(RuntimeError)", shape(t, run));
  }

  // ---- produce ----

  @Test
  void produceCallsTheProducerUntilAStreamEnd() {
    int[] n = {0};
    Kit.Fn fn = new Kit.Fn((c, a) -> ++n[0] < 4 ? Data.fromString("p" + n[0]) : arr(Data.fromString("last"), StreamEnd.normal(), Data.fromString("dropped")));
    Run run = t.run(make(t, Produce::create, fn));
    run.input(data("ignored"), se());
    assertEquals("D(p1) D(p2) D(p3) D(last) SE", shape(t, run));
    assertEquals(4, fn.calls.size());
  }

  @Test
  void produceWaitsForPromises() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn fn = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run run = t.run(make(t, Produce::create, fn));
    run.input(data("go"));
    assertEquals(1, promises.size());
    t.exec(() -> promises.get(0).resolve(new Message(null, Data.fromString("m"), null)));
    t.settle(0);
    assertEquals(2, promises.size());
    t.exec(() -> promises.get(1).resolve(StreamEnd.of(StreamEnd.Error.READ_ERROR)));
    t.settle(0);
    assertEquals("MS D(m) ME SE(ReadError)", shape(t, run));
    assertEquals(2, promises.size());
  }

  @Test
  void aConstantProductionIsOutputOnce() {
    Run run = t.run(make(t, Produce::create, arr(Data.fromString("one"), StreamEnd.normal())));
    run.input(data("a"), data("b"));
    assertEquals("D(one) SE", shape(t, run));
  }

  @Test
  void anEndlessProducerDoesNotBlockTheWorker() {
    int[] n = {0};
    Kit.Fn fn = new Kit.Fn((c, a) -> ++n[0] >= 1000 ? StreamEnd.normal() : Undefined.INSTANCE);
    Run run = t.run(make(t, Produce::create, fn));
    // Within the task that delivered the input, exactly one batch runs; the rest is queued as
    // later tasks, so other work on the worker gets its turn in between.
    int inFirstTask = t.call(() -> {
      run.pipeline().input(data("go"));
      return n[0];
    });
    assertEquals(Produce.BATCH, inFirstTask);
    // The queued batches finish on their own; how soon depends on the machine, so wait for it.
    for (int i = 0; i < 500 && t.call(() -> n[0]) < 1000; i++) t.settle(10);
    assertEquals("SE", shape(t, run));
    assertEquals(1000, t.call(() -> n[0]));
  }

  @Test
  void aBadProductionFailsTheStream() {
    Run run = t.run(make(t, Produce::create, Kit.Fn.returning("text is fine")));
    // strings are Data here, so this producer goes on forever; release stops it
    run.input(data("go"));
    run.release();
    Run bad = t.run(make(t, Produce::create, Kit.Fn.returning(42)));
    Kit.captureLog(() -> bad.input(data("go")));
    assertEquals("SE(RuntimeError)", shape(t, bad));
  }

  // ---- wait ----

  @Test
  void waitHoldsEventsUntilTheConditionIsMet() {
    boolean[] ready = {false};
    Kit.Fn cond = new Kit.Fn((c, a) -> ready[0]);
    Run run = t.run(make(t, Wait::create, cond));
    run.input(ms(), data("a"));
    assertEquals("", shape(t, run));
    t.exec(() -> ready[0] = true);
    run.input(data("b"));
    assertEquals("MS D(a) D(b)", shape(t, run));
    int calls = t.call(() -> cond.calls.size());
    run.input(me(), se());
    assertEquals("MS D(a) D(b) ME SE", shape(t, run));
    assertEquals(calls, t.call(() -> cond.calls.size()));
  }

  @Test
  void waitRechecksTheConditionWithoutNewEvents() {
    boolean[] ready = {false};
    Kit.Fn cond = new Kit.Fn((c, a) -> ready[0]);
    Run run = t.run(make(t, Wait::create, cond));
    run.input(data("a"), se());
    t.settle(30);
    assertEquals("", shape(t, run));
    t.exec(() -> ready[0] = true);
    t.settle(50);
    assertEquals("D(a) SE", shape(t, run));
  }

  @Test
  void waitGivesUpAfterTheTimeout() {
    Kit.Fn cond = Kit.Fn.returning(false);
    Run run = t.run(make(t, Wait::create, cond, Kit.obj("timeout", "0.1s")));
    run.input(data("a"));
    t.settle(20);
    assertEquals("", shape(t, run));
    t.settle(200);
    assertEquals("D(a)", shape(t, run));
    run.input(se());
    assertEquals("D(a) SE", shape(t, run));
  }

  @Test
  void waitOnAPromise() {
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn cond = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run run = t.run(make(t, Wait::create, cond));
    run.input(data("a"), data("b"));
    t.settle(30);
    assertEquals(1, t.call(() -> cond.calls.size()));
    t.exec(() -> promises.get(0).resolve(false)); // any fulfilment lets the stream go
    assertEquals("D(a) D(b)", shape(t, run));
  }

  @Test
  void waitFailures() {
    Kit.Fn cond = new Kit.Fn((c, a) -> {
      throw new IllegalStateException("no");
    });
    Run run = t.run(make(t, Wait::create, cond));
    Kit.captureLog(() -> run.input(data("a"), data("b"), se()));
    assertEquals("SE(RuntimeError)", shape(t, run));
    List<Kit.Promise> promises = new ArrayList<>();
    Kit.Fn pc = new Kit.Fn((c, a) -> {
      Kit.Promise p = new Kit.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run r2 = t.run(make(t, Wait::create, pc));
    r2.input(data("held"));
    Kit.captureLog(() -> {
      t.exec(() -> promises.get(0).reject("x"));
      t.settle(0);
    });
    assertEquals("SE(RuntimeError)", shape(t, r2));
  }

  @Test
  void releasingAWaitingPipelineReleasesHeldData() {
    Kit.Fn cond = Kit.Fn.returning(false);
    var layout = t.layout(make(t, Wait::create, cond, Kit.obj("timeout", 0.05)));
    Run r1 = t.run(layout);
    r1.input(data("held"));
    r1.release();
    Run r2 = t.run(layout);
    t.settle(100);
    assertEquals("", shape(t, r2));
  }

  // ---- dummy ----

  @Test
  void dummyKeepsOnlyTheStreamEnd() {
    Run run = t.run(make(t, Dummy::create));
    run.input(ms(), data("a"), me(), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
    assertEquals("SE(ConnectionReset)", shape(t, run));
  }
}
