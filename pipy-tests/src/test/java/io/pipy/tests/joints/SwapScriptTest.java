package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.data;
import static io.pipy.tests.joints.Scripts.js;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code swap(hub)} with {@code new pipeline.Hub}: what one member sends, every other member
 * outputs; the hub may come per stream from a function, input is held until it does; members
 * leave when their stream is released. Checked against Pipy 1.5.18.
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class SwapScriptTest {

  private static final String ONE_HUB = js(
      "var hub = new pipeline.Hub",
      "pipy.listen(8000, $=>$.swap(hub))");

  private static ScriptTester.Run join(ScriptTester t) {
    return t.run(t.listenLayout(0));
  }

  @Test
  void twoMembersSwapTheirStreams() {
    Scripts.with(ONE_HUB, t -> {
      // A stream joins the hub at its first event, as in Pipy.
      ScriptTester.Run a = join(t);
      a.input(data("a joins"));
      ScriptTester.Run b = join(t);
      b.input(data("b joins"));
      a.input(data("from a"));
      b.input(data("from b"));
      assertEquals("D(b joins) D(from b)", a.shape());
      assertEquals("D(from a)", b.shape());
      a.release();
      b.release();
      return null;
    });
  }

  @Test
  void whatOneMemberSendsReachesEveryOtherMemberButItself() {
    Scripts.with(ONE_HUB, t -> {
      ScriptTester.Run a = join(t);
      a.input(data("a1"));
      ScriptTester.Run b = join(t);
      b.input(data("b1"));
      ScriptTester.Run c = join(t);
      c.input(data("c1"), StreamEnd.normal());
      // a1 went out before anyone else had joined: nobody gets it.
      assertEquals("D(b1) D(c1) SE", a.shape());
      assertEquals("D(c1) SE", b.shape());
      assertEquals("", c.shape());
      for (ScriptTester.Run r : List.of(a, b, c)) r.release();
      return null;
    });
  }

  @Test
  void aMemberLeavesWhenItsStreamIsReleasedAndTheOthersCarryOn() {
    Scripts.with(ONE_HUB, t -> {
      ScriptTester.Run a = join(t);
      ScriptTester.Run b = join(t);
      ScriptTester.Run c = join(t);
      for (ScriptTester.Run r : List.of(a, b, c)) r.input(data("hi"));
      a.release();
      b.input(data("after a left"));
      assertEquals("D(after a left)", c.shape());
      ScriptTester.Run d = join(t);
      d.input(data("d joins"));
      assertEquals("D(hi) D(d joins)", b.shape());
      d.release();
      b.release();
      c.release();
      return null;
    });
  }

  @Test
  void theHubMayBeChosenPerStreamByAFunction() {
    String script = js(
        "var hubs = {}",
        "var $room",
        "pipy.listen(8000, $=>$",
        "  .handleData(d => { if (!$room) $room = d.toString().split(':')[0] })",
        "  .swap(() => hubs[$room] ??= new pipeline.Hub)",
        ")");
    Scripts.with(script, t -> {
      ScriptTester.Run red1 = join(t);
      ScriptTester.Run blue = join(t);
      ScriptTester.Run red2 = join(t);
      red1.input(data("red:hello"));
      blue.input(data("blue:anyone?"));
      red2.input(data("red:hi"));
      red1.input(data("red:bye"));
      assertEquals("D(red:hi)", red1.shape());
      assertEquals("D(red:bye)", red2.shape());
      assertEquals("", blue.shape());
      for (ScriptTester.Run r : List.of(red1, blue, red2)) r.release();
      return null;
    });
  }

  @Test
  void inputIsHeldUntilTheFunctionGivesAHub() {
    String script = js(
        "var hub = new pipeline.Hub",
        "var $ready = false",
        "pipy.listen(8000, $=>$",
        "  .handleData(d => { if (d.toString() === 'join') $ready = true })",
        "  .swap(() => $ready ? hub : undefined)",
        ")");
    Scripts.with(script, t -> {
      ScriptTester.Run listener = join(t);
      listener.input(data("join"));
      ScriptTester.Run late = join(t);
      late.input(data("early"));
      assertEquals("", listener.shape());
      late.input(data("join"), data("after"));
      assertEquals("D(early) D(join) D(after)", listener.shape());
      listener.release();
      late.release();
      return null;
    });
  }

  @Test
  void aFunctionReturningSomethingElseThanAHubEndsTheStreamWithAnError() {
    Scripts.with("pipy.listen(8000, $=>$.swap(() => 'not a hub'))", t -> {
      ScriptTester.Run r = join(t);
      r.input(data("x"));
      assertEquals("SE(RuntimeError)", r.shape());
      assertTrue(t.log().contains("did not return a Hub"), t.log());
      r.release();
      return null;
    });
  }
}
