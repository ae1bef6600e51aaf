package io.pipy.engine.joint;

import static io.pipy.engine.joint.J.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.engine.PipelineTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(30)
@ExtendWith(LeakWatch.class)
class SwapTest {

  @Test
  void twoStreamsOnAHubSwapTheirInputAndOutput() {
    try (PipelineTester t = new PipelineTester()) {
      Hub hub = Hub.CLASS.constructor().construct(null, new Object[0]);
      PipelineLayout layout = t.layout(Swap.create(new J.Config(t, hub)));
      PipelineTester.Run a = t.run(layout);
      PipelineTester.Run b = t.run(layout);
      a.input(data("hello"));
      assertEquals("", a.outputText(), "nobody else on the hub yet");
      b.input(data("hi"));
      assertEquals("hi", a.outputText());
      a.input(data("bye"), StreamEnd.normal());
      assertEquals("bye", b.outputText());
      assertEquals("D(3) SE", b.outputShape());
      a.release();
      b.release();
      assertEquals(0, t.call(hub::size), "streams leave the hub when done");
    }
  }

  @Test
  void aHubOfThreeBroadcasts() {
    try (PipelineTester t = new PipelineTester()) {
      Hub hub = new Hub();
      PipelineLayout layout = t.layout(Swap.create(new J.Config(t, hub)));
      PipelineTester.Run a = t.run(layout);
      PipelineTester.Run b = t.run(layout);
      PipelineTester.Run c = t.run(layout);
      b.input(data(""));
      c.input(data(""));
      a.input(data("x"));
      assertEquals("x", b.outputText());
      assertEquals("x", c.outputText());
      a.release();
      b.release();
      c.release();
    }
  }

  @Test
  void inputIsHeldUntilTheFunctionNamesAHub() {
    try (PipelineTester t = new PipelineTester()) {
      Hub hub = new Hub();
      Hub[] current = {null};
      J.Fn fn = new J.Fn((ctx, args) -> current[0]);
      PipelineLayout layout = t.layout(Swap.create(new J.Config(t, fn)));
      PipelineTester.Run peer = t.run(t.layout(Swap.create(new J.Config(t, hub))));
      peer.input(data(""));
      PipelineTester.Run a = t.run(layout);
      a.input(data("1"));
      current[0] = hub;
      a.input(data("2"));
      assertEquals("12", peer.outputText());
      a.release();
      peer.release();
    }
  }

  @Test
  void aFunctionReturningSomethingElseFailsTheStream() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run a = t.run(Swap.create(new J.Config(t, J.Fn.of("not a hub"))));
      a.input(data("1"));
      assertEquals("SE(RuntimeError)", a.outputShape());
      a.release();
      assertThrows(ScriptError.class, () -> Swap.create(new J.Config(t, 42)));
    }
  }

  @Test
  void theHubHostClassIsRegistered() {
    assertNotNull(Hub.CLASS.constructor());
    assertEquals("Hub", Hub.CLASS.name());
  }
}
