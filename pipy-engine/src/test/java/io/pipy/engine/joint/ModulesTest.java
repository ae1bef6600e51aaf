package io.pipy.engine.joint;

import static io.pipy.engine.joint.J.data;
import static io.pipy.engine.joint.J.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Filter;
import io.pipy.api.FilterFactory;
import io.pipy.api.LayoutRef;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Registry;
import io.pipy.api.StreamEnd;
import io.pipy.api.Transport;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** use, chain, pipe, pipeNext, and the module registration. */
@Timeout(30)
@ExtendWith(LeakWatch.class)
class ModulesTest {

  @Test
  void useOfOneModuleRunsItsNamedPipelineWithTheSameContext() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe p = new J.Probe("p");
      J.Config c = new J.Config(t, "m.js", "req").module("m.js", "req", t.layout(p, new J.Tag("m")));
      Context ctx = t.newContext(J.template(1));
      PipelineTester.Run run = t.run(t.layout(Use.create(c)), ctx);
      run.input(data("x"), StreamEnd.normal());
      assertEquals("x|m", run.outputText());
      assertSame(ctx, p.contexts.get(0));
      run.release();
    }
  }

  @Test
  void useWithoutNameTakesTheEntrancePipeline() {
    try (PipelineTester t = new PipelineTester()) {
      J.Config c = new J.Config(t, "m.js").module("m.js", null, t.layout(new J.Tag("entrance")));
      PipelineTester.Run run = t.run(Use.create(c));
      run.input(data("x"));
      assertEquals("x|entrance", run.outputText());
      run.release();
    }
  }

  @Test
  void useOfAMissingPipelineIsALoadTimeError() {
    try (PipelineTester t = new PipelineTester()) {
      ScriptError e = assertThrows(ScriptError.class, () -> Use.create(new J.Config(t, "m.js", "nope")));
      assertTrue(e.getMessage().contains("m.js"));
      assertThrows(ScriptError.class, () -> Use.create(new J.Config(t, "lib.so")));
    }
  }

  private static J.Config plugins(PipelineTester t, Object... args) {
    return new J.Config(t, args)
        .module("a.js", "up", t.layout(new J.Tag("a.up")))
        .module("a.js", "down", t.layout(new J.Tag("a.down")))
        .module("b.js", "up", t.layout(new J.Tag("b.up")))
        .module("c.js", "up", t.layout(new J.Tag("c.up")))
        .module("c.js", "down", t.layout(new J.Tag("c.down")));
  }

  @Test
  void useOfAModuleListGoesUpAndThenDownInReverse() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(Use.create(plugins(t, J.array("a.js", "b.js", "c.js", "none.js"), "up", "down")));
      run.input(data("x"));
      assertEquals("x|a.up|b.up|c.up|c.down|a.down", run.outputText());
      run.release();
    }
  }

  @Test
  void turningDownSkipsTheRestAndComesBackFromThePreviousModule() {
    try (PipelineTester t = new PipelineTester()) {
      // Turn down at the second stage: the first test is for a.js, the second for b.js.
      int[] n = {0};
      J.Fn turn = new J.Fn((c, a) -> ++n[0] == 2);
      PipelineTester.Run run = t.run(Use.create(plugins(t, J.array("a.js", "b.js", "c.js"), "up", "down", turn)));
      run.input(data("x"));
      assertEquals("x|a.up|a.down", run.outputText());
      assertEquals(2, turn.calls());
      assertSame(run.pipeline().context(), turn.callers.get(0));
      run.release();
    }
  }

  @Test
  void withoutDownPipelinesTheChainEndsAtTheOutput() {
    try (PipelineTester t = new PipelineTester()) {
      int[] n = {0};
      J.Fn turn = new J.Fn((c, a) -> ++n[0] == 3);
      PipelineTester.Run run = t.run(Use.create(plugins(t, J.array("a.js", "b.js", "c.js"), "up", turn)));
      run.input(data("x"), StreamEnd.normal());
      assertEquals("x|a.up|b.up", run.outputText());
      assertEquals("D(11) SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void useIsResetForTheNextStream() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineLayout layout = t.layout(Use.create(plugins(t, J.array("a.js", "c.js"), "up", "down")));
      for (int i = 0; i < 3; i++) {
        PipelineTester.Run run = t.run(layout);
        run.input(data("s" + i));
        assertEquals("s" + i + "|a.up|c.up|c.down|a.down", run.outputText());
        run.release();
      }
    }
  }

  @Test
  void chainRunsModulesInOrderThroughChainNext() {
    try (PipelineTester t = new PipelineTester()) {
      J.Probe pa = new J.Probe("a");
      J.Config c = new J.Config(t, J.array("a.js", "b.js", "c.js"))
          .module("a.js", null, t.layout(pa, new J.Tag("a"), next(t)))
          .module("b.js", null, t.layout(new J.Tag("b"), next(t)))
          .module("c.js", null, t.layout(new J.Tag("c"), next(t)));
      Context ctx = t.newContext(J.template(1));
      PipelineTester.Run run = t.run(t.layout(Chain.create(c)), ctx);
      run.input(data("x"), StreamEnd.normal());
      assertEquals("x|a|b|c", run.outputText());
      assertEquals("D(7) SE", run.outputShape());
      assertSame(ctx, pa.contexts.get(0));
      run.release();
    }
  }

  private static Filter next(PipelineTester t) {
    return Chain.create(new J.Config(t));
  }

  @Test
  void chainNextWorksFromASubPipelineOfAChainedModule() {
    try (PipelineTester t = new PipelineTester()) {
      Filter link = Link.create(new J.Config(t));
      link.addSubPipeline(LayoutRef.of(t.layout(new J.Tag("a-sub"), next(t))));
      J.Config c = new J.Config(t, J.array("a.js", "b.js"))
          .module("a.js", null, t.layout(new J.Tag("a"), link))
          .module("b.js", null, t.layout(new J.Tag("b"), next(t)));
      PipelineTester.Run run = t.run(Chain.create(c));
      run.input(data("x"));
      assertEquals("x|a|a-sub|b", run.outputText());
      run.release();
    }
  }

  @Test
  void chainNextOutsideAChainPassesThrough() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(next(t));
      run.input(data("x"));
      assertEquals("x", run.outputText());
      run.release();
      assertThrows(ScriptError.class, () -> Chain.create(new J.Config(t, J.array("missing.js"))));
    }
  }

  @Test
  void pipeToAnArrayChainsThePipelinesThroughPipeNext() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineLayout p1 = t.layout(new J.Tag("1"), PipeNext.create(new J.Config(t)));
      PipelineLayout p2 = t.layout(new J.Tag("2"), PipeNext.create(new J.Config(t)));
      PipelineTester.Run run = t.run(Pipe.create(new J.Config(t, J.array(new J.Builder(p1), new J.Builder(p2)))));
      run.input(data("x"), StreamEnd.normal());
      assertEquals("x|1|2", run.outputText());
      assertEquals("D(5) SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void pipeByAFunctionPicksFromTheMapAndHoldsInputWhileItReturnsNothing() {
    try (PipelineTester t = new PipelineTester()) {
      List<Object> firstEvents = new ArrayList<>();
      int[] n = {0};
      J.Fn target = new J.Fn((c, a) -> {
        firstEvents.add(a[0]);
        return ++n[0] < 2 ? Undefined.INSTANCE : "b";
      });
      J.Config c = new J.Config(t, target, J.obj("a", new J.Builder(t.layout(new J.Tag("a"))),
          "b", new J.Builder(t.layout(new J.Tag("b")))));
      PipelineTester.Run run = t.run(Pipe.create(c));
      run.input(msg(null, "m"));
      assertEquals("m|b", run.outputText());
      assertEquals("MS D(3) ME", run.outputShape());
      assertEquals(2, firstEvents.size());
      run.release();
    }
  }

  @Test
  void pipeToAPipelineObjectReturnedAtRunTime() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineLayout l = t.layout(new J.Tag("rt"));
      PipelineTester.Run run = t.run(Pipe.create(new J.Config(t, new J.Fn((c, a) -> l))));
      run.input(data("x"));
      assertEquals("x|rt", run.outputText());
      run.release();
      PipelineTester.Run bad = t.run(Pipe.create(new J.Config(t, new J.Fn((c, a) -> 42))));
      bad.input(data("x"));
      assertEquals("SE(RuntimeError)", bad.outputShape());
      bad.release();
    }
  }

  @Test
  void theModuleRegistersEveryJointFilterAndTheHub() {
    List<String> names = new ArrayList<>();
    List<HostClass<?>> classes = new ArrayList<>();
    new JointFiltersModule().install(new Registry() {
      @Override
      public void filter(FilterFactory factory) {
        names.add(factory.name());
      }

      @Override
      public void global(String name, Object value) {
      }

      @Override
      public void hostClass(HostClass<?> hostClass) {
        classes.add(hostClass);
      }

      @Override
      public void transport(Transport transport) {
      }
    });
    assertEquals(List.of("link", "linkAsync", "branch", "branchMessageStart", "branchMessage", "fork", "forkJoin",
        "forkRace", "demux", "demuxQueue", "mux", "muxQueue", "merge", "loop", "replay", "repeat", "use", "chain",
        "pipe", "pipeNext", "swap"), names);
    assertEquals(List.of(Hub.CLASS), classes);
    boolean found = false;
    for (io.pipy.api.PipyModule m : ServiceLoader.load(io.pipy.api.PipyModule.class)) {
      if (m instanceof JointFiltersModule) found = true;
    }
    assertTrue(found, "listed in META-INF/services");
    assertEquals("pipy-engine-joint", new JointFiltersModule().name());
  }
}
