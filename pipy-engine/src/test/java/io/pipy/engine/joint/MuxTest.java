package io.pipy.engine.joint;

import static io.pipy.engine.joint.J.data;
import static io.pipy.engine.joint.J.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.LayoutRef;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.engine.PipelineTester;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(60)
@ExtendWith(LeakWatch.class)
class MuxTest {

  @AfterEach
  void clearWaiting() {
    DemuxTest.Delayed.WAITING.clear();
  }

  private static Mux mux(PipelineTester t, PipelineLayout session, Object... args) {
    Mux m = (Mux) Mux.create(new J.Config(t, args));
    m.addSubPipeline(LayoutRef.of(session));
    return m;
  }

  @Test
  void streamsWithTheSameKeyShareOneSessionAndGetTheirOwnAnswers() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      Mux m = mux(t, t.layout(s, new DemuxTest.Delayed()), J.Fn.of("k"), J.obj("maxQueue", 0));
      PipelineLayout layout = t.layout(m);
      PipelineTester.Run r1 = t.run(layout);
      PipelineTester.Run r2 = t.run(layout);
      r1.input(msg(null, "wait-1"));
      r2.input(msg(null, "wait-2"));
      assertEquals(1, s.contexts.size(), "one session");
      assertEquals(List.of("s:MS", "s:D(wait-1)", "s:ME", "s:MS", "s:D(wait-2)", "s:ME"), s.seen);
      t.exec(() -> DemuxTest.Delayed.WAITING.remove("wait-1").answer("wait-1"));
      t.exec(() -> DemuxTest.Delayed.WAITING.remove("wait-2").answer("wait-2"));
      assertEquals("R:wait-1", r1.outputText());
      assertEquals("R:wait-2", r2.outputText());
      assertEquals("MS D(8) ME", r1.outputShape());
      r1.release();
      r2.release();
    }
  }

  @Test
  void theSessionSharesTheContextOfTheStreamThatOpenedIt() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      Mux m = mux(t, t.layout(s, new J.Reply("R:")));
      Context ctx = t.newContext(J.template(1));
      PipelineTester.Run r = t.run(t.layout(m), ctx);
      r.input(msg(null, "x"));
      assertSame(ctx, s.contexts.get(0));
      assertEquals("R:x", r.outputText());
      r.release();
    }
  }

  @Test
  void byDefaultOneStreamAtATimeUsesASessionAndIdleOnesAreReused() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      Mux m = mux(t, t.layout(s, new J.Reply("R:")), J.Fn.of("k"));
      PipelineLayout layout = t.layout(m);
      PipelineTester.Run r1 = t.run(layout);
      PipelineTester.Run r2 = t.run(layout);
      r1.input(msg(null, "a"));
      r2.input(msg(null, "b"));
      assertEquals(2, s.contexts.size(), "maxQueue defaults to 1: concurrent streams get separate sessions");
      assertEquals(2, t.call(() -> m.sessions().sessionCount()));
      r1.release();
      PipelineTester.Run r3 = t.run(layout);
      r3.input(msg(null, "c"));
      assertEquals(2, s.contexts.size(), "the idle session is reused");
      assertEquals("R:c", r3.outputText());
      r2.release();
      r3.release();
    }
  }

  @Test
  void differentKeysGetDifferentSessions() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      int[] n = {0};
      J.Fn key = new J.Fn((c, a) -> "k" + (n[0]++ % 2));
      Mux m = mux(t, t.layout(s, new J.Reply("R:")), key, J.obj("maxQueue", 0));
      PipelineLayout layout = t.layout(m);
      PipelineTester.Run[] runs = new PipelineTester.Run[4];
      for (int i = 0; i < 4; i++) {
        runs[i] = t.run(layout);
        runs[i].input(msg(null, "m" + i));
      }
      assertEquals(2, s.contexts.size());
      assertEquals(2, t.call(() -> m.sessions().poolCount()));
      for (int i = 0; i < 4; i++) {
        assertEquals("R:m" + i, runs[i].outputText());
        runs[i].release();
      }
    }
  }

  @Test
  void numericKeysCompareByValue() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      int[] n = {0};
      J.Fn key = new J.Fn((c, a) -> n[0]++ == 0 ? (Object) 1 : (Object) 1.0);
      Mux m = mux(t, t.layout(s, new J.Reply("")), key, J.obj("maxQueue", 0));
      PipelineLayout layout = t.layout(m);
      PipelineTester.Run r1 = t.run(layout);
      r1.input(msg(null, "a"));
      PipelineTester.Run r2 = t.run(layout);
      r2.input(msg(null, "b"));
      assertEquals(1, s.contexts.size());
      r1.release();
      r2.release();
    }
  }

  @Test
  void idleSessionsAreClosedAfterMaxIdle() throws Exception {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      Mux m = mux(t, t.layout(s, new J.Reply("R:")), J.Fn.of("k"), J.obj("maxIdle", "200ms"));
      PipelineLayout layout = t.layout(m);
      PipelineTester.Run r1 = t.run(layout);
      r1.input(msg(null, "a"));
      r1.release();
      assertEquals(1, t.call(() -> m.sessions().sessionCount()), "kept while idle");
      long deadline = System.currentTimeMillis() + 5000;
      while (t.call(() -> m.sessions().sessionCount()) > 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(0, t.call(() -> m.sessions().sessionCount()));
      assertEquals(0, t.call(() -> m.sessions().poolCount()));
      assertTrue(t.call(() -> s.seen.contains("s:SE")), "the session pipeline is told the stream has ended");
      PipelineTester.Run r2 = t.run(layout);
      r2.input(msg(null, "b"));
      assertEquals(2, s.contexts.size(), "a new session after expiry");
      assertEquals("R:b", r2.outputText());
      r2.release();
    }
  }

  @Test
  void aSessionInUseIsNotExpired() throws Exception {
    try (PipelineTester t = new PipelineTester()) {
      Mux m = mux(t, t.layout(new J.Reply("R:")), J.Fn.of("k"), J.obj("maxIdle", 0.1));
      PipelineTester.Run r1 = t.run(t.layout(m));
      r1.input(msg(null, "a"));
      Thread.sleep(1300);
      assertEquals(1, t.call(() -> m.sessions().sessionCount()));
      r1.input(msg(null, "b"));
      assertEquals("R:aR:b", r1.outputText());
      r1.release();
    }
  }

  @Test
  void maxMessagesLimitsHowManyStreamsASessionServes() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      Mux m = mux(t, t.layout(s, new J.Reply("")), J.Fn.of("k"), J.obj("maxQueue", 0, "maxMessages", 2));
      PipelineLayout layout = t.layout(m);
      for (int i = 0; i < 3; i++) {
        PipelineTester.Run r = t.run(layout);
        r.input(msg(null, "m"));
        r.release();
      }
      assertEquals(2, s.contexts.size());
    }
  }

  @Test
  void whenTheSessionEndsWaitingStreamsEndAndTheNextMessageOpensANewSession() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      Mux m = mux(t, t.layout(s, new J.EndNow(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET))), J.Fn.of("k"),
          J.obj("maxQueue", 0));
      PipelineLayout layout = t.layout(m);
      PipelineTester.Run r1 = t.run(layout);
      r1.input(msg(null, "a"));
      assertEquals("SE(ConnectionReset)", r1.outputShape());
      assertEquals(0, t.call(() -> m.sessions().sessionCount()));
      PipelineTester.Run r2 = t.run(layout);
      r2.input(msg(null, "b"));
      assertEquals(2, s.contexts.size());
      r1.release();
      r2.release();
    }
  }

  @Test
  void aStreamThatGoesAwayKeepsTheOthersPairedRight() {
    try (PipelineTester t = new PipelineTester()) {
      Mux m = mux(t, t.layout(new DemuxTest.Delayed()), J.Fn.of("k"), J.obj("maxQueue", 0));
      PipelineLayout layout = t.layout(m);
      PipelineTester.Run r1 = t.run(layout);
      PipelineTester.Run r2 = t.run(layout);
      r1.input(msg(null, "wait-1"));
      r2.input(msg(null, "wait-2"));
      r1.release();
      t.exec(() -> DemuxTest.Delayed.WAITING.remove("wait-1").answer("wait-1"));
      t.exec(() -> DemuxTest.Delayed.WAITING.remove("wait-2").answer("wait-2"));
      assertEquals("", r1.outputText());
      assertEquals("R:wait-2", r2.outputText());
      r2.release();
    }
  }

  @Test
  void theOutputEndsAfterThePendingAnswers() {
    try (PipelineTester t = new PipelineTester()) {
      Mux m = mux(t, t.layout(new DemuxTest.Delayed()));
      PipelineTester.Run r = t.run(t.layout(m));
      r.input(msg(null, "wait-e")).input(StreamEnd.normal());
      assertEquals("", r.outputShape());
      t.exec(() -> DemuxTest.Delayed.WAITING.remove("wait-e").answer("wait-e"));
      assertEquals("MS D(8) ME SE", r.outputShape());
      r.release();
    }
  }

  @Test
  void outputCountTwoPairsTwoAnswersPerMessage() {
    try (PipelineTester t = new PipelineTester()) {
      Mux m = mux(t, t.layout(new TwoAnswers()), J.obj("outputCount", 2));
      PipelineTester.Run r = t.run(t.layout(m));
      r.input(msg(null, "x"));
      assertEquals("MS D(3) ME MS D(3) ME", r.outputShape());
      assertEquals("1:x2:x", r.outputText());
      r.release();
    }
  }

  /** Answers each message twice. */
  static final class TwoAnswers extends J.TestFilter {
    TwoAnswers() {
    }

    TwoAnswers(TwoAnswers p) {
      super(p);
    }

    @Override
    protected io.pipy.api.Filter duplicate() {
      return new TwoAnswers(this);
    }

    @Override
    protected void process(io.pipy.api.Event e) {
      if (e instanceof io.pipy.api.Data d) {
        String s = d.toString();
        d.release();
        for (int i = 1; i <= 2; i++) {
          output(io.pipy.api.MessageStart.of(null));
          output(data(i + ":" + s));
          output(io.pipy.api.MessageEnd.plain());
        }
      }
    }
  }

  @Test
  void aPromisedKeyHoldsInput() {
    try (PipelineTester t = new PipelineTester()) {
      J.Promise[] pr = new J.Promise[1];
      J.Fn key = new J.Fn((c, a) -> pr[0] = new J.Promise(t.worker()));
      Mux m = mux(t, t.layout(new J.Reply("R:")), key);
      PipelineTester.Run r = t.run(t.layout(m));
      r.input(msg(null, "x"));
      assertEquals("", r.outputText());
      t.exec(() -> pr[0].resolve("k"));
      t.settle(10);
      assertEquals("R:x", r.outputText());
      r.release();
    }
  }

  @Test
  void optionsFromAFunctionAreEvaluatedPerNewKey() {
    try (PipelineTester t = new PipelineTester()) {
      J.Fn opts = new J.Fn((c, a) -> J.obj("maxQueue", 0));
      J.Probe s = new J.Probe("s");
      Mux m = mux(t, t.layout(s, new J.Reply("")), J.Fn.of("k"), opts);
      PipelineLayout layout = t.layout(m);
      PipelineTester.Run r1 = t.run(layout);
      r1.input(msg(null, "a"));
      PipelineTester.Run r2 = t.run(layout);
      r2.input(msg(null, "b"));
      assertEquals(1, opts.calls());
      assertEquals(1, s.contexts.size());
      r1.release();
      r2.release();
    }
  }

  @Test
  void badOptionsAreRejected() {
    try (PipelineTester t = new PipelineTester()) {
      assertThrows(ScriptError.class, () -> Mux.create(new J.Config(t, J.Fn.of("k"), J.obj("maxIdle", "soon"))));
      assertThrows(ScriptError.class, () -> Mux.create(new J.Config(t, 42)));
    }
  }

  @Test
  void pipy050MuxQueueNamesTheLayoutAndSharesWithoutLimit() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      J.Config c = new J.Config(t, "up", J.Fn.of("k")).named("up", t.layout(s, new J.Reply("R:")));
      PipelineLayout layout = t.layout(MuxQueue.create(c));
      PipelineTester.Run r1 = t.run(layout);
      PipelineTester.Run r2 = t.run(layout);
      r1.input(msg(null, "a"));
      r2.input(msg(null, "b"));
      assertEquals(1, s.contexts.size());
      assertEquals("R:a", r1.outputText());
      assertEquals("R:b", r2.outputText());
      r1.release();
      r2.release();
    }
  }

  @Test
  void mergeOutputsItsInputAndQueuesCopiesIntoTheSharedSession() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      J.Config c = new J.Config(t, "log", J.Fn.of("")).named("log", t.layout(s, new J.Reply("IGNORED")));
      PipelineLayout layout = t.layout(Merge.create(c));
      PipelineTester.Run r1 = t.run(layout);
      PipelineTester.Run r2 = t.run(layout);
      r1.input(msg(null, "a")).input(StreamEnd.normal());
      r2.input(msg(null, "b"));
      assertEquals("MS D(1) ME SE", r1.outputShape());
      assertEquals("a", r1.outputText());
      assertEquals("b", r2.outputText());
      assertEquals(1, s.contexts.size());
      assertEquals(List.of("s:MS", "s:D(a)", "s:ME", "s:MS", "s:D(b)", "s:ME"), s.seen);
      r1.release();
      r2.release();
    }
  }

  @Test
  void sessionsAreSeparatePerPrototype() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe s = new J.Probe("s");
      PipelineLayout session = t.layout(s, new J.Reply(""));
      Mux a = mux(t, session, J.Fn.of("k"), J.obj("maxQueue", 0));
      Mux b = mux(t, session, J.Fn.of("k"), J.obj("maxQueue", 0));
      PipelineTester.Run r1 = t.run(t.layout(a));
      PipelineTester.Run r2 = t.run(t.layout(b));
      r1.input(msg(null, "1"));
      r2.input(msg(null, "2"));
      assertEquals(2, s.contexts.size());
      assertNotSame(a.sessions(), b.sessions());
      r1.release();
      r2.release();
    }
  }
}
