package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.js;
import static io.pipy.tests.joints.Scripts.logLines;
import static io.pipy.tests.joints.Scripts.msg;
import static io.pipy.tests.joints.Scripts.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Event;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code mux}/{@code muxQueue} and 0.50's {@code merge}: streams sharing a session sub-pipeline by
 * session key, {@code maxQueue} (streams at once, default 1), {@code maxMessages} (streams in all),
 * {@code maxIdle} (how long an unused session stays), answers routed back in order, and the
 * session's onStart getting the key. Checked against Pipy 1.5.18 (where a stream lets go of its
 * session when its pipeline is freed; here, when it is released).
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class MuxScriptTest {

  /** A script whose layout 'in' muxes into numbered sessions; {@code ARGS} is replaced by the mux arguments. */
  private static String script(String args) {
    return js(
        "var sessions = 0",
        "pipy({ _key: 'k', _sid: 0 })",
        ".pipeline('in')",
        "  .handleMessageStart(m => { if (m.head && m.head.key) _key = m.head.key })",
        "  .mux(" + args + ").to('session')",
        ".pipeline('session')",
        "  .onStart(k => { _sid = ++sessions; console.log('session ' + _sid + ' for ' + k) })",
        "  .handleStreamEnd(() => console.log('session ' + _sid + ' ended'))",
        "  .replaceMessage(msg => new Message('S' + _sid + ':' + msg.body.toString()))");
  }

  /** Opens a stream of layout 'in' and sends it one message with body {@code body}. */
  private static ScriptTester.Run open(ScriptTester t, String body) {
    ScriptTester.Run r = t.run("in");
    r.input(msg(body));
    return r;
  }

  /** A message with session key {@code key} in its head. */
  private static Event[] keyed(String key, String body) {
    return Scripts.events(MessageStart.of(Map.of("key", key)), Scripts.data(body), MessageEnd.plain());
  }

  private static String answers(ScriptTester.Run r) {
    return r.outputText();
  }

  @Test
  void streamsOneAfterAnotherShareASessionWhoseOnStartGetsTheKey() {
    Scripts.with(script("() => _key"), t -> {
      ScriptTester.Run a = open(t, "a");
      assertEquals("S1:a", answers(a));
      a.release();
      ScriptTester.Run b = open(t, "b");
      assertEquals("S1:b", answers(b));
      b.release();
      assertTrue(logLines(t).contains("session 1 for k"), t.log());
      return null;
    });
  }

  @Test
  void maxQueueDefaultsToOneStreamPerSessionAtATime() {
    Scripts.with(script("() => _key"), t -> {
      ScriptTester.Run a = open(t, "a");
      ScriptTester.Run b = open(t, "b");
      assertEquals("S1:a", answers(a));
      assertEquals("S2:b", answers(b));
      a.release();
      b.release();
      return null;
    });
  }

  @Test
  void maxQueueLetsThatManyStreamsShareASessionAtOnce() {
    Scripts.with(script("() => _key, { maxQueue: 2 }"), t -> {
      ScriptTester.Run a = open(t, "a");
      ScriptTester.Run b = open(t, "b");
      ScriptTester.Run c = open(t, "c");
      assertEquals("S1:a S1:b S2:c", answers(a) + " " + answers(b) + " " + answers(c));
      for (ScriptTester.Run r : List.of(a, b, c)) r.release();
      return null;
    });
  }

  @Test
  void maxQueueZeroMeansNoLimit() {
    Scripts.with(script("() => _key, { maxQueue: 0 }"), t -> {
      List<ScriptTester.Run> runs = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 5; i++) runs.add(open(t, "m" + i));
      for (ScriptTester.Run r : runs) sb.append(answers(r)).append(' ');
      assertEquals("S1:m0 S1:m1 S1:m2 S1:m3 S1:m4 ", sb.toString());
      for (ScriptTester.Run r : runs) r.release();
      return null;
    });
  }

  @Test
  void maxMessagesLimitsHowManyStreamsASessionServesInAll() {
    Scripts.with(script("() => _key, { maxMessages: 2 }"), t -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 5; i++) {
        ScriptTester.Run r = open(t, "m" + i);
        sb.append(answers(r)).append(' ');
        r.release();
      }
      assertEquals("S1:m0 S1:m1 S2:m2 S2:m3 S3:m4 ", sb.toString());
      return null;
    });
  }

  @Test
  void differentKeysGetDifferentSessions() {
    Scripts.with(script("() => _key, { maxQueue: 0 }"), t -> {
      ScriptTester.Run x1 = t.run("in");
      x1.input(keyed("x", "1"));
      ScriptTester.Run y = t.run("in");
      y.input(keyed("y", "2"));
      ScriptTester.Run x2 = t.run("in");
      x2.input(keyed("x", "3"));
      assertEquals("S1:1 S2:2 S1:3", answers(x1) + " " + answers(y) + " " + answers(x2));
      assertTrue(logLines(t).containsAll(List.of("session 1 for x", "session 2 for y")), t.log());
      for (ScriptTester.Run r : List.of(x1, y, x2)) r.release();
      return null;
    });
  }

  @Test
  void theKeyIsEvaluatedOnceAtTheFirstEventOfAStream() {
    Scripts.with(script("() => _key, { maxQueue: 0 }"), t -> {
      ScriptTester.Run a = t.run("in");
      a.input(keyed("x", "1"));
      a.input(keyed("y", "2"));
      assertEquals("S1:1S1:2", answers(a));
      a.release();
      return null;
    });
  }

  @Test
  void answersGoBackToTheStreamsThatAskedInOrder() {
    Scripts.with(script("() => 'shared', { maxQueue: 0 }"), t -> {
      ScriptTester.Run a = t.run("in");
      ScriptTester.Run b = t.run("in");
      a.input(msg("a1"));
      b.input(msg("b1"));
      a.input(msg("a2"));
      b.input(msg("b2"));
      assertEquals("S1:a1S1:a2", answers(a));
      assertEquals("S1:b1S1:b2", answers(b));
      a.release();
      b.release();
      return null;
    });
  }

  @Test
  void theOutputEndsOnceTheInputHasEndedAndEveryAnswerIsOut() {
    Scripts.with(script("() => _key"), t -> {
      ScriptTester.Run a = t.run("in");
      a.input(stream(msg("a"), msg("b")));
      assertEquals("MS D(S1:a) ME MS D(S1:b) ME SE", a.shape());
      a.release();
      return null;
    });
  }

  @Test
  void outputCountOptionTakesThatManyAnswersPerMessage() {
    String s = js(
        "pipy()",
        ".pipeline('in')",
        "  .mux(() => 'k', { outputCount: 2 }).to($=>$.replaceMessage(msg => [new Message('1st'), new Message('2nd')]))");
    assertEquals("MS D(1st) ME MS D(2nd) ME SE", Scripts.shape(s, "in", stream(msg("a"))));
  }

  @Test
  void optionsMayComeFromAFunctionCalledWhenTheKeyIsFirstSeen() {
    String s = script("() => _key, () => (console.log('options asked'), { maxQueue: 2 })");
    Scripts.with(s, t -> {
      ScriptTester.Run a = open(t, "a");
      ScriptTester.Run b = open(t, "b");
      assertEquals("S1:a S1:b", answers(a) + " " + answers(b));
      assertEquals(1, logLines(t).stream().filter("options asked"::equals).count(), t.log());
      a.release();
      b.release();
      return null;
    });
  }

  @Test
  void aSessionEndingEndsTheStreamsWaitingForItsAnswers() {
    String s = js(
        "pipy()",
        ".pipeline('in')",
        "  .mux(() => 'k', { maxQueue: 0 }).to($=>$.replaceMessage(msg => msg.body.toString() === 'quit' ? new StreamEnd('ConnectionReset') : msg))");
    Scripts.with(s, t -> {
      ScriptTester.Run a = t.run("in");
      a.input(msg("hello"));
      ScriptTester.Run b = t.run("in");
      b.input(msg("quit"));
      assertEquals("MS D(hello) ME", a.shape());
      assertEquals("SE(ConnectionReset)", b.shape());
      // The session is gone: the next stream gets a new one.
      a.release();
      b.release();
      ScriptTester.Run c = t.run("in");
      c.input(stream(msg("again")));
      assertEquals("MS D(again) ME SE", c.shape());
      c.release();
      return null;
    });
  }

  @Test
  void anIdleSessionIsClosedAfterMaxIdle() {
    Scripts.with(script("() => _key, { maxIdle: 0.1 }"), t -> {
      ScriptTester.Run a = open(t, "a");
      a.release();
      // Sessions are checked every second, as in Pipy.
      t.settle(1600);
      assertTrue(logLines(t).contains("session 1 ended"), t.log());
      ScriptTester.Run b = open(t, "b");
      assertEquals("S2:b", answers(b));
      b.release();
      return null;
    });
  }

  @Test
  void aSessionInUseOrYoungerThanMaxIdleStaysOpen() {
    Scripts.with(script("() => _key, { maxIdle: '10s' }"), t -> {
      ScriptTester.Run a = open(t, "a");
      a.release();
      t.settle(1300);
      ScriptTester.Run b = open(t, "b");
      assertEquals("S1:b", answers(b));
      b.release();
      assertTrue(logLines(t).stream().noneMatch(l -> l.endsWith("ended")), t.log());
      return null;
    });
  }

  @Test
  void muxQueueIsTheSameFilter() {
    String s = script("() => _key").replace(".mux(", ".muxQueue(");
    Scripts.with(s, t -> {
      ScriptTester.Run a = open(t, "a");
      a.release();
      ScriptTester.Run b = open(t, "b");
      assertEquals("S1:b", answers(b));
      b.release();
      return null;
    });
  }

  @Test
  void muxNamingTheLayoutAsInPipy050SharesWithoutLimit() {
    String s = js(
        "var sessions = 0",
        "pipy({ _sid: 0 })",
        ".pipeline('in').mux('session', () => 'k')",
        ".pipeline('session')",
        "  .onStart(() => { _sid = ++sessions })",
        "  .replaceMessage(msg => new Message('S' + _sid + ':' + msg.body.toString()))");
    Scripts.with(s, t -> {
      ScriptTester.Run a = open(t, "a");
      ScriptTester.Run b = open(t, "b");
      assertEquals("S1:a S1:b", answers(a) + " " + answers(b));
      a.release();
      b.release();
      return null;
    });
  }

  // ---- merge (Pipy 0.50) ----

  @Test
  void mergeCopiesMessagesIntoASharedSessionAndOutputsItsInput() {
    String s = js(
        "var got = []",
        "var sessions = 0",
        "pipy()",
        ".pipeline('in')",
        "  .merge('sink', () => 'k')",
        ".pipeline('sink')",
        "  .onStart(() => void sessions++)",
        "  .handleMessage(msg => got.push(msg.body.toString()))",
        "  .replaceMessage(() => new Message('discarded'))",
        ".pipeline('report').replaceStreamStart(() => [new Data(sessions + ' session(s) got ' + got.join()), new StreamEnd])");
    Scripts.with(s, t -> {
      ScriptTester.Run a = t.run("in");
      ScriptTester.Run b = t.run("in");
      a.input(msg("a"));
      b.input(stream(msg("b")));
      a.input(StreamEnd.normal());
      assertEquals("MS D(a) ME SE", a.shape());
      assertEquals("MS D(b) ME SE", b.shape());
      ScriptTester.Run report = t.run("report");
      report.input(new Event[] {Scripts.data("?")});
      assertEquals("1 session(s) got a,b", report.outputText());
      for (ScriptTester.Run r : List.of(a, b, report)) r.release();
      return null;
    });
  }
}
