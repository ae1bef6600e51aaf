package io.pipy.engine.joint;

import static io.pipy.engine.joint.J.data;
import static io.pipy.engine.joint.J.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.LayoutRef;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.engine.PipelineTester;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(30)
@ExtendWith(LeakWatch.class)
class DemuxTest {

  private static Filter withSub(Filter f, PipelineLayout sub) {
    f.addSubPipeline(LayoutRef.of(sub));
    return f;
  }

  /**
   * Answers "R:body" when released by the test (by body text), or at once for bodies not
   * starting with "wait".
   */
  static final class Delayed extends J.TestFilter {
    static final Map<String, Delayed> WAITING = new ConcurrentHashMap<>();
    Data body;
    boolean in;

    Delayed() {
    }

    Delayed(Delayed p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Delayed(this);
    }

    @Override
    protected void process(Event e) {
      if (e instanceof MessageStart) {
        in = true;
        body = new Data();
      } else if (e instanceof Data d) {
        if (in) body.push(d); else d.release();
      } else if (e instanceof MessageEnd) {
        in = false;
        String s = body.toString();
        body.release();
        body = null;
        if (s.startsWith("wait")) {
          WAITING.put(s, this);
        } else {
          answer(s);
        }
      }
    }

    void answer(String s) {
      output(MessageStart.of(null));
      output(data("R:" + s));
      output(MessageEnd.plain());
    }

    @Override
    protected void reset() {
      if (body != null) body.release();
      body = null;
      in = false;
    }
  }

  @Test
  void answersComeOutInRequestOrderAndTheEndComesLast() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(Demux.create(new J.Config(t)), t.layout(new Delayed())));
      run.input(J.concat(msg(null, "wait-a"), msg(null, "b"), msg(null, "c"))).input(StreamEnd.normal());
      assertEquals("", run.outputText(), "b and c wait behind a");
      t.exec(() -> Delayed.WAITING.remove("wait-a").answer("wait-a"));
      assertEquals("R:wait-aR:bR:c", run.outputText());
      assertEquals("MS D(8) ME MS D(3) ME MS D(3) ME SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void eachMessageGetsItsOwnClonedContext() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("p");
      Context ctx = t.newContext(J.template(1));
      PipelineTester.Run run = t.run(t.layout(withSub(DemuxQueue.create(new J.Config(t)),
          t.layout(p, new J.SetVar(0, c -> "mine"), new J.Reply("")))), ctx);
      run.input(J.concat(msg(null, "1"), msg(null, "2")));
      assertEquals(2, new HashSet<>(p.contexts).size());
      for (Context c : p.contexts) assertNotSame(ctx, c);
      assertEquals(0, t.call(() -> ctx.variables(0)[0]));
      assertEquals("12", run.outputText());
      run.release();
    }
  }

  @Test
  void subPipelinesAreReleasedAndReused() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("p");
      PipelineTester.Run run = t.run(withSub(Demux.create(new J.Config(t)), t.layout(p, new J.Reply("R:"))));
      for (int i = 0; i < 5; i++) run.input(msg(null, "m" + i));
      assertEquals(5, p.contexts.size());
      assertEquals("R:m0R:m1R:m2R:m3R:m4", run.outputText());
      run.release();
    }
  }

  @Test
  void outputCountZeroAwaitsNoAnswer() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(Demux.create(new J.Config(t, J.obj("outputCount", 0))),
          t.layout(new J.Reply("R:"))));
      run.input(msg(null, "x")).input(StreamEnd.normal());
      assertEquals("SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void outputCountFunctionSeesTheMessageStart() {
    try (PipelineTester t = new PipelineTester()) {
      J.Fn count = new J.Fn((c, a) -> ((MessageStart) a[0]).head() == null ? 1 : 0);
      PipelineTester.Run run = t.run(withSub(Demux.create(new J.Config(t, J.obj("outputCount", count))),
          t.layout(new J.Reply("R:"))));
      run.input(J.concat(msg(J.obj("skip", true), "x"), msg(null, "y")));
      assertEquals("R:y", run.outputText());
      assertEquals(2, count.calls());
      run.release();
    }
  }

  @Test
  void aSubPipelineThatEndsWithoutAnsweringEndsTheOutput() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(Demux.create(new J.Config(t)),
          t.layout(new J.EndNow(StreamEnd.of(StreamEnd.Error.CONNECTION_REFUSED)))));
      run.input(J.concat(msg(null, "x"), msg(null, "y")));
      assertEquals("SE(ConnectionRefused)", run.outputShape());
      run.release();
    }
  }

  @Test
  void theInputEndingMidMessageStillEndsTheOutput() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(Demux.create(new J.Config(t)), t.layout(new J.Reply("R:"))));
      run.input(MessageStart.of(null), data("part"), StreamEnd.normal());
      assertEquals("SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void releasingWithAnswersPendingLeaksNothing() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(Demux.create(new J.Config(t)), t.layout(new Delayed())));
      run.input(J.concat(msg(null, "wait-z"), msg(null, "q")));
      run.release();
      Delayed.WAITING.remove("wait-z");
      assertEquals("", run.outputShape());
    }
  }

  @Test
  void negativeOutputCountHoldsFurtherInputUntilAnswered() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("p");
      PipelineTester.Run run = t.run(withSub(Demux.create(new J.Config(t, J.obj("outputCount", -1))),
          t.layout(p, new Delayed())));
      run.input(J.concat(msg(null, "wait-n"), msg(null, "after")));
      assertEquals(3, p.seen.size(), "the second message is held");
      t.exec(() -> Delayed.WAITING.remove("wait-n").answer("wait-n"));
      assertEquals(6, p.seen.size());
      assertEquals("R:wait-nR:after", run.outputText());
      run.release();
    }
  }

  @Test
  void pipy050FormNamesTheLayout() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(Demux.create(new J.Config(t, "req").named("req", t.layout(new J.Reply("R:")))));
      run.input(msg(null, "x"));
      assertEquals(List.of("R:x"), List.of(run.outputText()));
      run.release();
    }
  }
}
