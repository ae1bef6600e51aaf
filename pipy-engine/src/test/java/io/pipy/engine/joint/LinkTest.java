package io.pipy.engine.joint;

import static io.pipy.engine.joint.J.data;
import static io.pipy.engine.joint.J.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Filter;
import io.pipy.api.LayoutRef;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(30)
@ExtendWith(LeakWatch.class)
class LinkTest {

  @Test
  void linkByNameRunsTheNamedLayoutWithTheSameContext() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("sub");
      PipelineLayout sub = t.layout(p, new J.Reply("R:"));
      Filter f = Link.create(new J.Config(t, "sub").named("sub", sub));
      Context ctx = t.newContext(J.template(1));
      PipelineTester.Run run = t.run(t.layout(f), ctx);
      run.input(J.concat(msg(null, "a"), msg(null, "b"))).input(StreamEnd.normal());
      assertEquals("MS D(3) ME MS D(3) ME SE", run.outputShape());
      assertEquals("R:aR:b", run.outputText());
      assertSame(ctx, p.contexts.get(0));
      run.release();
    }
  }

  @Test
  void variablesSetInTheSubPipelineAreSeenByTheParent() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineLayout sub = t.layout(new J.SetVar(0, c -> "set-by-sub"));
      J.Probe after = new J.Probe("after");
      Context ctx = t.newContext(J.template(1));
      Filter link = Link.create(new J.Config(t));
      link.addSubPipeline(LayoutRef.of(sub));
      PipelineTester.Run run = t.run(t.layout(link, after), ctx);
      run.input(data("x"));
      assertEquals("set-by-sub", t.call(() -> ctx.variables(0)[0]));
      run.release();
    }
  }

  @Test
  void toIsRequiredForTheArgumentlessFormAndTakesOneLayout() {
    try (PipelineTester t = new PipelineTester()) {
      Filter f = Link.create(new J.Config(t));
      assertEquals(1, f.subPipelineLimit());
      f.addSubPipeline(LayoutRef.of(t.layout()));
      assertThrows(IllegalStateException.class, () -> f.addSubPipeline(LayoutRef.of(t.layout())));
    }
  }

  @Test
  void aNameFunctionPicksTheLayoutPerStreamAndDropsEventsWhileItReturnsNothing() {
    try (PipelineTester t = new PipelineTester()) {
      int[] n = {0};
      J.Fn name = new J.Fn((c, a) -> ++n[0] < 3 ? Undefined.INSTANCE : "b");
      J.Probe b = new J.Probe("b");
      Filter f = Link.create(new J.Config(t, name).named("b", t.layout(b)));
      PipelineTester.Run run = t.run(f);
      run.input(data("1"), data("2"), data("3"), data("4"));
      assertEquals("34", run.outputText(), "events before a name was returned are dropped, as in Pipy");
      assertEquals(List.of("b:D(3)", "b:D(4)"), b.seen);
      assertEquals(3, name.calls());
      run.release();
    }
  }

  @Test
  void anUnknownNameEndsTheStreamWithAnError() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(Link.create(new J.Config(t, J.Fn.of("nope"))));
      run.input(data("1"), data("2"));
      assertEquals("SE(RuntimeError)", run.outputShape());
      run.release();
    }
  }

  @Test
  void aPromisedNameHoldsInput() {
    try (PipelineTester t = new PipelineTester()) {
      J.Promise[] pr = new J.Promise[1];
      J.Fn name = new J.Fn((c, a) -> pr[0] = new J.Promise(t.worker()));
      PipelineTester.Run run = t.run(Link.create(new J.Config(t, name).named("r", t.layout(new J.Reply("R:")))));
      run.input(msg(null, "x"));
      assertEquals("", run.outputShape());
      t.exec(() -> pr[0].resolve("r"));
      t.settle(10);
      assertEquals("R:x", run.outputText());
      run.release();
    }
  }

  @Test
  void pipy050ConditionalFormWithEmptyNameBypass() {
    try (PipelineTester t = new PipelineTester()) {
      boolean[] on = {false};
      J.Fn cond = new J.Fn((c, a) -> on[0]);
      PipelineLayout fwd = t.layout(new J.Reply("F:"));
      PipelineLayout layout = t.layout(Link.create(new J.Config(t, "forward", cond, "").named("forward", fwd)));
      PipelineTester.Run off = t.run(layout);
      off.input(msg(null, "a"));
      assertEquals("a", off.outputText(), "the empty name links to nothing: events pass through");
      off.release();
      on[0] = true;
      PipelineTester.Run run = t.run(layout);
      run.input(msg(null, "b"));
      assertEquals("F:b", run.outputText());
      run.release();
    }
  }

  @Test
  void pipy050FormHoldsInputUntilAConditionHolds() {
    try (PipelineTester t = new PipelineTester()) {
      int[] n = {0};
      J.Fn cond = new J.Fn((c, a) -> ++n[0] >= 2);
      PipelineTester.Run run = t.run(Link.create(new J.Config(t, "a", cond).named("a", t.layout(new J.Probe("a")))));
      run.input(data("1"));
      assertEquals("", run.outputText());
      run.input(data("2"));
      assertEquals("12", run.outputText());
      run.release();
    }
  }

  @Test
  void pipy050FormRejectsNonStringLayouts() {
    try (PipelineTester t = new PipelineTester()) {
      assertThrows(ScriptError.class, () -> Link.create(new J.Config(t, 1, J.Fn.of(true), "b")));
      assertThrows(ScriptError.class, () -> Link.create(new J.Config(t, "a", "not-a-function", "b")));
    }
  }

  @Test
  void earlyEndOfTheSubPipelineEndsTheOutputAndReleasesIt() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineLayout sub = t.layout(new J.EndNow(StreamEnd.normal()));
      Filter f = Link.create(new J.Config(t, "s").named("s", sub));
      PipelineLayout layout = t.layout(f);
      PipelineTester.Run run = t.run(layout);
      run.input(data("a"), data("b"), StreamEnd.normal());
      assertEquals("SE", run.outputShape());
      // The ended sub-pipeline went back to its pool: the next stream reuses it.
      PipelineTester.Run again = t.run(layout);
      again.input(data("c"));
      assertEquals("SE", again.outputShape());
      run.release();
      again.release();
    }
  }

  @Test
  void linkAsyncDeliversInALaterTaskInOrder() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("p");
      PipelineTester.Run run = t.run(LinkAsync.create(new J.Config(t, "p").named("p", t.layout(p))));
      List<String> seenInline = t.call(() -> {
        run.pipeline().input(data("1"));
        run.pipeline().input(data("2"));
        return List.copyOf(p.seen);
      });
      assertTrue(seenInline.isEmpty(), "nothing reaches the sub-pipeline within the input call");
      t.settle(10);
      assertEquals(List.of("p:D(1)", "p:D(2)"), p.seen);
      assertEquals("12", run.outputText());
      run.release();
    }
  }

  @Test
  void linkAsyncReleasedBeforeItsTaskRunsLeaksNothing() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(LinkAsync.create(new J.Config(t, "p").named("p", t.layout(new J.Probe("p")))));
      t.exec(() -> {
        run.pipeline().input(data("1"));
        run.pipeline().release();
      });
      t.settle(10);
      assertEquals("", run.outputShape());
    }
  }
}
