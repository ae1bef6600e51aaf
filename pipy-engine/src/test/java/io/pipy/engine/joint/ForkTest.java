package io.pipy.engine.joint;

import static io.pipy.engine.joint.J.data;
import static io.pipy.engine.joint.J.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Filter;
import io.pipy.api.LayoutRef;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.engine.PipelineTester;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(30)
@ExtendWith(LeakWatch.class)
class ForkTest {

  private static Filter withSub(Filter f, PipelineLayout sub) {
    f.addSubPipeline(LayoutRef.of(sub));
    return f;
  }

  @Test
  void forkWithoutArgumentCopiesInputToOneSubPipelineSharingTheContext() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("p");
      Context ctx = t.newContext(J.template(1));
      PipelineTester.Run run = t.run(t.layout(withSub(Fork.create(new J.Config(t)), t.layout(p, new J.Reply("X")))), ctx);
      run.input(msg(null, "a")).input(StreamEnd.normal());
      assertEquals("MS D(1) ME SE", run.outputShape(), "the output is the input; the sub's output is discarded");
      assertEquals("a", run.outputText());
      assertEquals(List.of("p:MS", "p:D(a)", "p:ME", "p:SE"), p.seen);
      assertSame(ctx, p.contexts.get(0));
      run.release();
    }
  }

  @Test
  void forkOverAnArrayClonesTheContextPerElement() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("p");
      Context ctx = t.newContext(J.template(1));
      t.exec(() -> ctx.variables(0)[0] = "parent");
      PipelineLayout sub = t.layout(p, new J.SetVar(0, c -> "child"));
      PipelineTester.Run run = t.run(t.layout(withSub(Fork.create(new J.Config(t, J.array(1, 2, 3))), sub)), ctx);
      run.input(data("x"));
      assertEquals(3, p.contexts.size());
      assertEquals(3, new HashSet<>(p.contexts).size(), "each sub-pipeline has its own context");
      for (Context c : p.contexts) {
        assertNotSame(ctx, c);
        assertEquals("child", t.call(() -> c.variables(0)[0]));
      }
      assertEquals("parent", t.call(() -> ctx.variables(0)[0]), "clones do not write back");
      assertEquals(List.of("p:D(x)", "p:D(x)", "p:D(x)"), p.seen);
      assertEquals("x", run.outputText());
      run.release();
    }
  }

  @Test
  void clonedContextsStartFromTheParentsValues() {
    try (PipelineTester t = new PipelineTester()) {
      Context ctx = t.newContext(J.template(1));
      t.exec(() -> ctx.variables(0)[0] = "inherited");
      Object[] seen = new Object[1];
      PipelineLayout sub = t.layout(new J.SetVar(0, c -> {
        seen[0] = c.variables(0)[0];
        return "x";
      }));
      PipelineTester.Run run = t.run(t.layout(withSub(Fork.create(new J.Config(t, J.array("e"))), sub)), ctx);
      run.input(data("x"));
      assertEquals("inherited", seen[0]);
      run.release();
    }
  }

  @Test
  void theArgumentFunctionIsCalledPerStreamWithTheStreamsContext() {
    try (PipelineTester t = new PipelineTester()) {
      J.Fn values = new J.Fn((c, a) -> J.array("a", "b"));
      J.Probe p = new J.Probe("p");
      PipelineLayout layout = t.layout(withSub(Fork.create(new J.Config(t, values)), t.layout(p)));
      PipelineTester.Run r1 = t.run(layout);
      r1.input(data("1"), data("2"));
      PipelineTester.Run r2 = t.run(layout);
      r2.input(data("3"));
      assertEquals(2, values.calls());
      assertSame(r1.pipeline().context(), values.callers.get(0));
      assertSame(r2.pipeline().context(), values.callers.get(1));
      assertEquals(4, p.contexts.size());
      r1.release();
      r2.release();
    }
  }

  @Test
  void pipy050FormNamesTheLayout() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("log");
      PipelineTester.Run run = t.run(Fork.create(new J.Config(t, "log").named("log", t.layout(p))));
      run.input(data("q"));
      assertEquals(List.of("log:D(q)"), p.seen);
      assertEquals("q", run.outputText());
      run.release();
    }
  }

  @Test
  void forkJoinHoldsInputUntilEverySubPipelineEnds() {
    try (PipelineTester t = new PipelineTester()) {
      // Sub-pipelines end when they see the input's StreamEnd.
      PipelineTester.Run run = t.run(withSub(ForkJoin.create(new J.Config(t, J.array(1, 2))), t.layout(new J.Probe("p"))));
      run.input(data("a"), data("b"));
      assertEquals("", run.outputShape());
      run.input(StreamEnd.normal());
      assertEquals("D(1) D(1) SE", run.outputShape());
      assertEquals("ab", run.outputText());
      run.release();
    }
  }

  @Test
  void forkJoinWithAnEmptyArrayPassesStraightThrough() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(ForkJoin.create(new J.Config(t, J.array())), t.layout(new J.Probe("p"))));
      run.input(data("a"));
      assertEquals("a", run.outputText());
      run.release();
    }
  }

  @Test
  void forkRaceOutputsTheFirstSubPipelineToAnswer() {
    try (PipelineTester t = new PipelineTester()) {
      // Element 0 swallows, element 1 answers: the second wins.
      PipelineLayout sub = t.layout(new RaceFilter());
      PipelineTester.Run run = t.run(withSub(ForkRace.create(new J.Config(t, J.array("slow", "fast"))), sub));
      run.input(msg(null, "m"));
      assertEquals("fast:m", run.outputText());
      run.input(StreamEnd.normal());
      assertEquals("MS D(6) ME SE", run.outputShape());
      run.release();
    }
  }

  /** Answers only in the second instance of each stream: a sub-pipeline index stand-in. */
  static final class RaceFilter extends J.TestFilter {
    static int instances;
    final boolean answers;
    RaceFilter() {
      answers = false;
    }

    RaceFilter(RaceFilter p) {
      super(p);
      answers = instances++ % 2 == 1;
    }

    @Override
    protected Filter duplicate() {
      return new RaceFilter(this);
    }

    @Override
    protected void process(io.pipy.api.Event e) {
      if (!answers) {
        if (e instanceof io.pipy.api.Data d) d.release();
        return;
      }
      if (e instanceof io.pipy.api.Data d) {
        String s = d.toString();
        d.release();
        output(data("fast:" + s));
      } else {
        output(e);
      }
    }
  }

  @Test
  void aSubPipelineEndingEarlyIsReleasedAndTheRestGoesOn() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(withSub(Fork.create(new J.Config(t, J.array(1, 2))),
          t.layout(new J.EndNow(StreamEnd.of(StreamEnd.Error.CONNECTION_REFUSED)))));
      run.input(data("a"), data("b"), StreamEnd.normal());
      assertEquals("D(1) D(1) SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void aPromisedArgumentHoldsInput() {
    try (PipelineTester t = new PipelineTester()) {
      J.Promise[] pr = new J.Promise[1];
      J.Fn values = new J.Fn((c, a) -> pr[0] = new J.Promise(t.worker()));
      J.Probe p = new J.Probe("p");
      PipelineTester.Run run = t.run(withSub(Fork.create(new J.Config(t, values)), t.layout(p)));
      run.input(data("a"), data("b"));
      assertTrue(p.seen.isEmpty());
      assertEquals("", run.outputShape());
      t.exec(() -> pr[0].resolve(J.array(1, 2)));
      t.settle(10);
      assertEquals(4, p.seen.size());
      assertEquals("ab", run.outputText());
      run.release();
    }
  }

  @Test
  void aReusedForkStartsFreshSubPipelines() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("p");
      PipelineLayout layout = t.layout(withSub(Fork.create(new J.Config(t, J.array(1))), t.layout(p)));
      PipelineTester.Run r1 = t.run(layout);
      r1.input(data("1"));
      r1.release();
      PipelineTester.Run r2 = t.run(layout);
      assertSame(r1.pipeline(), r2.pipeline());
      r2.input(data("2"));
      assertEquals(2, p.contexts.size());
      assertNotSame(p.contexts.get(0), p.contexts.get(1));
      assertEquals("2", r2.outputText());
      r2.release();
    }
  }
}
