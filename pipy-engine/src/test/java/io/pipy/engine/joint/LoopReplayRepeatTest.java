package io.pipy.engine.joint;

import static io.pipy.engine.joint.J.data;
import static io.pipy.engine.joint.J.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.LayoutRef;
import io.pipy.api.MessageEnd;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.engine.PipelineTester;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(30)
@ExtendWith(LeakWatch.class)
class LoopReplayRepeatTest {

  private static Filter withSub(Filter f, PipelineLayout sub) {
    f.addSubPipeline(LayoutRef.of(sub));
    return f;
  }

  /** Turns Data "n" into Data "n-1" while n > 0. */
  static final class Countdown extends J.TestFilter {
    Countdown() {
    }

    Countdown(Countdown p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Countdown(this);
    }

    @Override
    protected void process(Event e) {
      if (e instanceof Data d) {
        int n = Integer.parseInt(d.toString());
        d.release();
        if (n > 0) output(data(Integer.toString(n - 1)));
      } else {
        output(e);
      }
    }
  }

  @Test
  void loopFeedsTheOutputBackAndOutputsIt() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(Loop.create(new J.Config(t, new J.Builder(t.layout(new Countdown())))));
      run.input(data("3"));
      t.settle(50);
      assertEquals("210", run.outputText());
      run.input(StreamEnd.normal());
      assertEquals("D(1) D(1) D(1) SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void loopReleasedWhileFeedbackIsPendingLeaksNothing() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(Loop.create(new J.Config(t, new J.Builder(t.layout(new Countdown())))));
      t.exec(() -> {
        run.pipeline().input(data("5"));
        run.pipeline().release();
      });
      t.settle(50);
      assertEquals("", run.outputText());
    }
  }

  /** Ends the first stream of its layout with Replay, answers the later ones. */
  static final class FailOnce extends J.TestFilter {
    final AtomicInteger streams;
    boolean counted;
    boolean fail;

    FailOnce() {
      streams = new AtomicInteger();
    }

    FailOnce(FailOnce p) {
      super(p);
      streams = p.streams;
    }

    @Override
    protected Filter duplicate() {
      return new FailOnce(this);
    }

    @Override
    protected void process(Event e) {
      if (!counted) {
        counted = true;
        fail = streams.getAndIncrement() == 0;
      }
      if (fail) {
        if (e instanceof Data d) d.release();
        if (e instanceof MessageEnd) output(StreamEnd.of(StreamEnd.Error.REPLAY));
        return;
      }
      output(e);
    }

    @Override
    protected void reset() {
      counted = false;
    }
  }

  @Test
  void replayRestartsWithTheRecordedInputAfterTheDelay() {
    try (PipelineTester t = new PipelineTester()) {
      FailOnce f = new FailOnce();
      J.Probe p = new J.Probe("p");
      PipelineTester.Run run = t.run(withSub(Replay.create(new J.Config(t, J.obj("delay", "100ms"))), t.layout(p, f)));
      run.input(msg(null, "req"));
      assertEquals("", run.outputShape(), "the Replay end is not output");
      t.settle(300);
      assertEquals("MS D(3) ME", run.outputShape());
      assertEquals("req", run.outputText());
      assertEquals(2, p.contexts.size());
      assertSame(run.pipeline().context(), p.contexts.get(1), "replays share the context");
      run.input(StreamEnd.normal());
      assertEquals("MS D(3) ME SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void aScheduledReplayKeepsTheProcessRunningUntilItHappensOrIsDropped() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(Replay.create(new J.Config(t, J.obj("delay", 0.1))), t.layout(new FailOnce())));
      run.input(msg(null, "req"));
      assertEquals(1, t.keepAlives(), "held while the replay waits");
      t.settle(300);
      assertEquals(0, t.keepAlives(), "let go once it has run");
      run.release();
      PipelineTester.Run dropped = t.run(withSub(Replay.create(new J.Config(t, J.obj("delay", 5))), t.layout(new FailOnce())));
      dropped.input(msg(null, "req"));
      assertEquals(1, t.keepAlives());
      dropped.release();
      assertEquals(0, t.keepAlives(), "let go when the stream goes away");
    }
  }

  @Test
  void replayReleasedWhileAReplayIsScheduledLeaksNothing() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(Replay.create(new J.Config(t, J.obj("delay", 0.2))),
          t.layout(new FailOnce())));
      run.input(msg(null, "req"));
      run.release();
      t.settle(300);
      assertEquals("", run.outputShape());
    }
  }

  @Test
  void replayPassesOtherEndsThrough() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(Replay.create(new J.Config(t)),
          t.layout(new J.EndNow(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET)))));
      run.input(data("x"), data("y"));
      assertEquals("SE(ConnectionReset)", run.outputShape());
      run.release();
    }
  }

  @Test
  void repeatRunsAgainWhileTheConditionHolds() {
    try (PipelineTester t = new PipelineTester()) {
      int[] n = {0};
      J.Fn cond = new J.Fn((c, a) -> {
        assertInstanceOf(StreamEnd.class, a[0]);
        return ++n[0] < 3;
      });
      J.AnswerAndEnd sub = new J.AnswerAndEnd("R:");
      PipelineTester.Run run = t.run(withSub(Repeat.create(new J.Config(t, cond)), t.layout(sub)));
      run.input(msg(null, "x"));
      t.settle(50);
      assertEquals("R:xR:xR:x", run.outputText());
      assertEquals("MS D(3) ME MS D(3) ME MS D(3) ME SE", run.outputShape());
      assertEquals(3, cond.calls());
      run.release();
    }
  }

  @Test
  void repeatWaitsForAPromisedCondition() {
    try (PipelineTester t = new PipelineTester()) {
      J.Promise[] pr = new J.Promise[2];
      int[] n = {0};
      J.Fn cond = new J.Fn((c, a) -> pr[n[0]++] = new J.Promise(t.worker()));
      PipelineTester.Run run = t.run(withSub(Repeat.create(new J.Config(t, cond)), t.layout(new J.AnswerAndEnd("R:"))));
      run.input(msg(null, "x"));
      assertEquals("R:x", run.outputText());
      t.exec(() -> pr[0].resolve(true));
      t.settle(20);
      assertEquals("R:xR:x", run.outputText());
      t.exec(() -> pr[1].resolve(false));
      t.settle(20);
      assertEquals("MS D(3) ME MS D(3) ME SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void repeatReusedAfterResetStartsOver() {
    try (PipelineTester t = new PipelineTester()) {
      J.Fn cond = J.Fn.of(false);
      PipelineLayout layout = t.layout(withSub(Repeat.create(new J.Config(t, cond)), t.layout(new J.AnswerAndEnd("R:"))));
      PipelineTester.Run r1 = t.run(layout);
      r1.input(msg(null, "a"));
      r1.release();
      PipelineTester.Run r2 = t.run(layout);
      r2.input(msg(null, "b"));
      assertEquals("R:b", r2.outputText());
      assertEquals("MS D(3) ME SE", r2.outputShape());
      r2.release();
    }
  }
}
