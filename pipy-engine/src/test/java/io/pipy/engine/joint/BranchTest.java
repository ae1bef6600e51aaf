package io.pipy.engine.joint;

import static io.pipy.engine.joint.J.data;
import static io.pipy.engine.joint.J.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Filter;
import io.pipy.api.Message;
import io.pipy.api.MessageStart;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.engine.PipelineTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(30)
@ExtendWith(LeakWatch.class)
class BranchTest {

  @Test
  void firstTrueConditionWinsAndSharesTheContext() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe a = new J.Probe("a");
      J.Probe b = new J.Probe("b");
      J.Fn c1 = J.Fn.of(false);
      J.Fn c2 = J.Fn.of(true);
      Filter f = Branch.create(new J.Config(t, c1, new J.Builder(t.layout(a)), c2, new J.Builder(t.layout(b)),
          new J.Builder(t.layout(new J.Probe("default")))));
      PipelineTester.Run run = t.run(f);
      run.input(msg(null, "x")).input(data("y"), StreamEnd.normal());
      assertEquals("MS D(1) ME D(1) SE", run.outputShape());
      assertEquals("xy", run.outputText());
      assertEquals(List.of("b:MS", "b:D(x)", "b:ME", "b:D(y)", "b:SE"), b.seen);
      assertTrue(a.seen.isEmpty());
      assertEquals(1, c1.calls(), "conditions are evaluated once per stream");
      assertSame(run.pipeline().context(), b.contexts.get(0));
      assertSame(run.pipeline().context(), c2.callers.get(0));
      run.release();
    }
  }

  @Test
  void theDefaultIsTakenWhenNoConditionHolds() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe d = new J.Probe("d");
      Filter f = Branch.create(new J.Config(t, J.Fn.of(0), new J.Builder(t.layout(new J.Probe("a"))),
          new J.Builder(t.layout(d))));
      PipelineTester.Run run = t.run(f);
      run.input(data("z"), StreamEnd.normal());
      assertEquals(List.of("d:D(z)", "d:SE"), d.seen);
      assertEquals("D(1) SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void withoutDefaultInputIsHeldUntilAConditionHolds() {
    try (PipelineTester t = new PipelineTester()) {
      int[] n = {0};
      J.Fn cond = new J.Fn((c, a) -> ++n[0] >= 3);
      J.Probe p = new J.Probe("p");
      PipelineTester.Run run = t.run(Branch.create(new J.Config(t, cond, new J.Builder(t.layout(p)))));
      run.input(data("1"), data("2"));
      assertEquals("", run.outputShape());
      run.input(data("3"), StreamEnd.normal());
      assertEquals("D(1) D(1) D(1) SE", run.outputShape());
      assertEquals("123", run.outputText());
      assertEquals(3, cond.calls());
      run.release();
    }
  }

  @Test
  void namedLayoutsAreAccepted() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineLayout sub = t.layout(new J.Reply("R:"));
      PipelineTester.Run run = t.run(Branch.create(new J.Config(t, J.Fn.of(true), "sub").named("sub", sub)));
      run.input(msg(null, "q"));
      assertEquals("R:q", run.outputText());
      run.release();
    }
  }

  @Test
  void aPromisedConditionHoldsInputUntilItSettles() {
    try (PipelineTester t = new PipelineTester()) {
      J.Promise[] promise = new J.Promise[1];
      J.Fn cond = new J.Fn((c, a) -> promise[0] = new J.Promise(t.worker()));
      J.Probe p = new J.Probe("p");
      PipelineTester.Run run = t.run(Branch.create(new J.Config(t, cond, new J.Builder(t.layout(p)),
          new J.Builder(t.layout(new J.Probe("other"))))));
      run.input(data("a"), data("b"));
      assertEquals("", run.outputShape());
      t.exec(() -> promise[0].resolve(true));
      t.settle(10);
      run.input(data("c"));
      assertEquals("abc", run.outputText());
      assertEquals(List.of("p:D(a)", "p:D(b)", "p:D(c)"), p.seen);
      assertEquals(1, cond.calls());
      run.release();
    }
  }

  @Test
  void aFalsePromiseMovesOnToTheNextArm() {
    try (PipelineTester t = new PipelineTester()) {
      J.Fn cond = new J.Fn((c, a) -> {
        J.Promise p = new J.Promise(t.worker());
        p.resolve(false);
        return p;
      });
      J.Probe other = new J.Probe("other");
      PipelineTester.Run run = t.run(Branch.create(new J.Config(t, cond, new J.Builder(t.layout(new J.Probe("p"))),
          new J.Builder(t.layout(other)))));
      run.input(data("a"));
      t.settle(10);
      assertEquals(List.of("other:D(a)"), other.seen);
      run.release();
    }
  }

  @Test
  void aRejectedPromiseEndsTheStreamWithTheError() {
    try (PipelineTester t = new PipelineTester()) {
      J.Fn cond = new J.Fn((c, a) -> {
        J.Promise p = new J.Promise(t.worker());
        p.reject("nope");
        return p;
      });
      PipelineTester.Run run = t.run(Branch.create(new J.Config(t, cond, new J.Builder(t.layout(new J.Probe("p"))))));
      run.input(data("a"));
      t.settle(10);
      run.input(data("late"));
      assertEquals("SE(RuntimeError)", run.outputShape());
      StreamEnd se = (StreamEnd) ((PipelineTester.RecordedEvent) run.output().get(0)).event();
      assertEquals("nope", se.value());
      run.release();
    }
  }

  @Test
  void aThrowingConditionEndsTheStreamWithRuntimeError() {
    try (PipelineTester t = new PipelineTester()) {
      J.Fn cond = new J.Fn((c, a) -> {
        throw new IllegalStateException("boom");
      });
      PipelineTester.Run run = t.run(Branch.create(new J.Config(t, cond, new J.Builder(t.layout(new J.Probe("p"))))));
      run.input(data("a"), data("b"), StreamEnd.normal());
      assertEquals("SE(RuntimeError)", run.outputShape());
      run.release();
    }
  }

  @Test
  void aSubPipelineThatEndsEarlyEndsTheOutputOnceAndLaterInputIsDropped() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(Branch.create(new J.Config(t, J.Fn.of(true),
          new J.Builder(t.layout(new J.EndNow(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET)))))));
      run.input(data("a"), data("b"), StreamEnd.normal());
      assertEquals("SE(ConnectionReset)", run.outputShape());
      run.release();
    }
  }

  @Test
  void aReusedInstanceChoosesAgainForTheNextStream() {
    try (PipelineTester t = new PipelineTester()) {
      int[] n = {0};
      J.Fn cond = new J.Fn((c, a) -> n[0]++ == 0);
      J.Probe p = new J.Probe("p");
      J.Probe q = new J.Probe("q");
      PipelineLayout layout = t.layout(Branch.create(new J.Config(t, cond, new J.Builder(t.layout(p)),
          new J.Builder(t.layout(q)))));
      PipelineTester.Run first = t.run(layout);
      first.input(data("1"));
      first.release();
      PipelineTester.Run second = t.run(layout);
      assertSame(first.pipeline(), second.pipeline(), "the pipeline is pooled");
      second.input(data("2"), StreamEnd.normal());
      assertEquals(List.of("p:D(1)"), p.seen);
      assertEquals(List.of("q:D(2)", "q:SE"), q.seen);
      assertEquals("D(1) SE", second.outputShape());
      second.release();
    }
  }

  @Test
  void staticBranchPicksAtConfigurationTime() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("p");
      Filter f = Branch.create(new J.Config(t, false, new J.Builder(t.layout(new J.Probe("no"))), true,
          new J.Builder(t.layout(p))));
      PipelineTester.Run run = t.run(f);
      run.input(data("s"), StreamEnd.normal());
      assertEquals(List.of("p:D(s)", "p:SE"), p.seen);
      assertEquals("D(1) SE", run.outputShape());
      run.release();
      PipelineTester.Run none = t.run(Branch.create(new J.Config(t, 0, new J.Builder(t.layout(new J.Probe("no"))))));
      none.input(data("through"), StreamEnd.normal());
      assertEquals("through", none.outputText());
      none.release();
    }
  }

  @Test
  void badArgumentsAreReportedAtConfigurationTime() {
    try (PipelineTester t = new PipelineTester()) {
      assertThrows(ScriptError.class, () -> Branch.create(new J.Config(t, J.Fn.of(true))));
      assertThrows(ScriptError.class, () -> Branch.create(new J.Config(t, J.Fn.of(true), 42)));
      assertThrows(ScriptError.class, () -> Branch.create(new J.Config(t, true, "not-a-builder")));
    }
  }

  @Test
  void branchMessageStartSeesTheMessageStart() {
    try (PipelineTester t = new PipelineTester()) {
      Object head = J.obj("path", "/b");
      List<Object> heads = new ArrayList<>();
      J.Fn cond = new J.Fn((c, a) -> {
        heads.add(((MessageStart) a[0]).head());
        return true;
      });
      J.Probe p = new J.Probe("p");
      PipelineTester.Run run = t.run(BranchMessageStart.create(new J.Config(t, cond, new J.Builder(t.layout(p)))));
      run.input(data("pre"));
      assertEquals(0, cond.calls(), "nothing is evaluated before a MessageStart");
      run.input(msg(head, "body"));
      assertEquals(List.of(head), heads);
      assertEquals(List.of("p:D(pre)", "p:MS", "p:D(body)", "p:ME"), p.seen);
      run.release();
    }
  }

  @Test
  void branchMessageSeesTheWholeMessage() {
    try (PipelineTester t = new PipelineTester()) {
      List<String> bodies = new ArrayList<>();
      J.Fn cond = new J.Fn((c, a) -> {
        Message m = assertInstanceOf(Message.class, a[0]);
        bodies.add(m.body().toString());
        return m.body().toString().startsWith("go");
      });
      J.Probe p = new J.Probe("p");
      PipelineTester.Run run = t.run(BranchMessage.create(new J.Config(t, cond, new J.Builder(t.layout(p)))));
      run.input(J.MessageParts.start(), data("st"), data("ay"), J.MessageParts.end());
      assertEquals(List.of("stay"), bodies);
      assertTrue(p.seen.isEmpty());
      run.input(msg(null, "go!"));
      assertEquals(List.of("stay", "go!"), bodies);
      assertEquals(7, p.seen.size(), "both messages go to the chosen branch, in order");
      assertEquals("stay" + "go!", run.outputText());
      run.release();
    }
  }

  @Test
  void conditionsSeeTheirStreamsOwnContext() {
    try (PipelineTester t = new PipelineTester()) {
      List<Context> seen = new ArrayList<>();
      J.Fn cond = new J.Fn((c, a) -> seen.add(c));
      PipelineLayout l = t.layout(Branch.create(new J.Config(t, cond, new J.Builder(t.layout()))));
      PipelineTester.Run r1 = t.run(l);
      r1.input(data("1"));
      PipelineTester.Run r2 = t.run(l);
      r2.input(data("2"));
      assertSame(r1.pipeline().context(), seen.get(0));
      assertSame(r2.pipeline().context(), seen.get(1));
      r1.release();
      r2.release();
    }
  }
}
