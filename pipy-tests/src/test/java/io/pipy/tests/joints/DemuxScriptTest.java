package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.data;
import static io.pipy.tests.joints.Scripts.js;
import static io.pipy.tests.joints.Scripts.msg;
import static io.pipy.tests.joints.Scripts.shape;
import static io.pipy.tests.joints.Scripts.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code demux} and {@code demuxQueue} (one filter since Pipy 0.99): a sub-pipeline per input
 * message, answers output in request order, {@code outputCount}, and Pipy 0.50's
 * {@code demux('layout')}. Checked against Pipy 1.5.18.
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class DemuxScriptTest {

  @Test
  void eachMessageGetsItsOwnSubPipeline() {
    String script = js(
        "var started = 0",
        "pipy({ _n: 0 })",
        ".pipeline('in')",
        "  .demux().to($=>$",
        "    .onStart(() => void started++)",
        "    .handleMessageStart(() => { _n++ })",
        "    .replaceMessage(msg => new Message('#' + started + ' n=' + _n + ' ' + msg.body.toString())))");
    // _n is counted in each message's own copy of the context, so it is 1 every time.
    assertEquals("MS D(#1 n=1 a) ME MS D(#2 n=1 b) ME SE", shape(script, "in", stream(msg("a"), msg("b"))));
  }

  @Test
  void answersComeOutInRequestOrderWhateverOrderTheyAreMadeIn() {
    String script = js(
        "var open",
        "var gate = new Promise(r => { open = r })",
        "var made = []",
        "pipy({ _slow: false })",
        ".pipeline('in')",
        "  .demux().to($=>$",
        "    .handleMessageStart(m => { _slow = !!(m.head && m.head.slow) })",
        "    .wait(() => _slow ? gate : true)",
        "    .handleMessageStart(() => made.push(_slow ? 'slow' : 'fast'))",
        "    .replaceMessage(msg => new Message(msg.body.toString())))",
        "  .replaceStreamEnd(e => [new Data('made ' + made.join()), e])",
        ".pipeline('open').onStart(() => void open(true))");
    Scripts.with(script, t -> {
      ScriptTester.Run r = t.run("in");
      r.input(MessageStart.of(Map.of("slow", true)), data("first"), MessageEnd.plain());
      r.input(msg("second"));
      r.input(StreamEnd.normal());
      // The second answer is made, but waits for the first.
      assertEquals("", r.shape());
      ScriptTester.Run opener = t.run("open");
      t.settle(20);
      assertEquals("MS D(first) ME MS D(second) ME D(made fast,slow) SE", r.shape());
      opener.release();
      r.release();
      return null;
    });
  }

  @Test
  void outputCountSaysHowManyAnswersEachMessageGets() {
    String script = js(
        "pipy()",
        ".pipeline('in')",
        "  .demux({ outputCount: 2 }).to($=>$",
        "    .replaceMessage(msg => [msg, new Message('again')]))");
    assertEquals("MS D(a) ME MS D(again) ME MS D(b) ME MS D(again) ME SE", shape(script, "in", stream(msg("a"), msg("b"))));
  }

  @Test
  void outputCountMayBeAFunctionOfTheMessageStart() {
    String script = js(
        "pipy()",
        ".pipeline('in')",
        "  .demux({ outputCount: ms => ms.head.n }).to($=>$",
        "    .replaceMessage(msg => [new Message('x'), new Message('y'), new Message('z')]))");
    assertEquals("MS D(x) ME MS D(x) ME MS D(y) ME SE", shape(script, "in", stream(
        MessageStart.of(Map.of("n", 1)), MessageEnd.plain(), MessageStart.of(Map.of("n", 2)), MessageEnd.plain())));
  }

  @Test
  void outputCountZeroOutputsNoAnswers() {
    // Deliberate difference: Pipy 1.5 then never ends the output; we end it with the input.
    String script = js(
        "var seen = []",
        "pipy()",
        ".pipeline('in')",
        "  .demux({ outputCount: 0 }).to($=>$.handleData(d => seen.push(d.toString())))",
        "  .replaceStreamEnd(e => [new Data('seen ' + seen.join()), e])");
    assertEquals("D(seen a,b) SE", shape(script, "in", stream(msg("a"), msg("b"))));
  }

  @Test
  void aSubPipelineEndingBeforeItAnswersEndsTheOutput() {
    String script = js(
        "pipy()",
        ".pipeline('in')",
        "  .demux().to($=>$.replaceMessage(() => new StreamEnd('ConnectionReset')))");
    // One end only (Pipy 1.5 outputs one per message).
    assertEquals("SE(ConnectionReset)", shape(script, "in", stream(msg("a"), msg("b"))));
  }

  @Test
  void dataOutsideAMessageIsDropped() {
    String script = js("pipy()", ".pipeline('in')", "  .demux().to($=>$)");
    assertEquals("MS D(b) ME SE", shape(script, "in", stream("loose", msg("b"))));
  }

  @Test
  void demuxQueueIsTheSameFilter() {
    String script = js(
        "pipy()",
        ".pipeline('in')",
        "  .demuxQueue().to($=>$.replaceMessage(msg => new Message('<' + msg.body.toString() + '>')))");
    assertEquals("MS D(<a>) ME MS D(<b>) ME SE", shape(script, "in", stream(msg("a"), msg("b"))));
  }

  @Test
  void demuxNamingTheLayoutAsInPipy050() {
    String script = js(
        "pipy()",
        ".pipeline('in').demux('each')",
        ".pipeline('each').replaceMessage(msg => new Message(msg.body.toString().toUpperCase()))");
    assertEquals("MS D(A) ME SE", shape(script, "in", stream(msg("a"))));
  }

  @Test
  void toAcceptsALayoutName() {
    String script = js(
        "pipy()",
        ".pipeline('in').demux().to('each')",
        ".pipeline('each').replaceMessage(msg => new Message(msg.body.toString() + '!'))");
    assertEquals("MS D(a!) ME SE", shape(script, "in", stream(msg("a"))));
  }
}
