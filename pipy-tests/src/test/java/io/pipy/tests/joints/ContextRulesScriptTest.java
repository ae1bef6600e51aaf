package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.data;
import static io.pipy.tests.joints.Scripts.js;
import static io.pipy.tests.joints.Scripts.msg;
import static io.pipy.tests.joints.Scripts.stream;
import static io.pipy.tests.joints.Scripts.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.engine.ScriptTester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which joint filters share the stream's context with their sub-pipelines and which give them a
 * shallow clone, shown by a write in the sub-pipeline and what the parent sees afterwards. Every
 * root pipeline starts with a fresh context; {@code demux}, {@code demuxHTTP}, {@code fork} over
 * an array, {@code forkJoin}, {@code forkRace} and tunnels clone it (a clone copies the variables,
 * so an object in one is still the same object); {@code link}, {@code use}, {@code chain}, the
 * {@code branch} family, {@code pipe}, single {@code fork}, {@code mux}, {@code loop},
 * {@code replay} and {@code repeat} share it. Fiber variables ({@code var $x}) follow the same
 * rules in the pipeline style. Each rule checked against Pipy 1.5.18.
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class ContextRulesScriptTest {

  /**
   * What the parent sees after {@code filter}, whose sub-pipeline ({@code SUB}, or the layout
   * named 's') sets {@code _x} and counts itself in {@code _obj.n}: "x,n". ({@code QUIET} is
   * {@code SUB} swallowing the message, for {@code loop}, which would feed it round again.)
   */
  private static String configStyle(String filter, Object... input) {
    String script = js(
        "var SUB = ($=>$.handleMessageStart(() => { _x = 'sub'; _obj.n++ }))",
        "var QUIET = ($=>SUB($).replaceMessage(() => null))",
        "pipy({ _x: 'init', _obj: null })",
        ".pipeline('in')",
        "  .handleStreamStart(() => { _obj = { n: 0 } })",
        "  ." + filter,
        "  .replaceData(() => null)",
        "  .replaceMessage(() => null)",
        "  .replaceStreamEnd(e => [new Data(_x + ',' + _obj.n), e])",
        ".pipeline('s').handleMessageStart(() => { _x = 'sub'; _obj.n++ })");
    return Scripts.with(script, t -> {
      ScriptTester.Run r = t.run("in");
      r.input(Scripts.events(input));
      t.settle(10);
      String text = r.outputText();
      r.release();
      return text;
    });
  }

  @ParameterizedTest(name = "{0} shares the context")
  @CsvSource(delimiter = '|', value = {
      "link('s')",
      "branch(() => true, SUB)",
      "branch(true, SUB)",
      "branchMessageStart(() => true, SUB)",
      "branchMessage(() => true, SUB)",
      "fork().to(SUB)",
      "mux(() => 'k').to(SUB)",
      "muxQueue(() => 'k').to(SUB)",
      "loop(QUIET)",
      "replay().to(SUB)",
      "link('', () => false, 's')",
  })
  void sharingFiltersInTheConfigurationStyle(String filter) {
    assertEquals("sub,1", configStyle(filter, stream(msg("a"))));
  }

  @ParameterizedTest(name = "{0} clones the context")
  @CsvSource(delimiter = '|', value = {
      "demux().to(SUB)                  | init,1",
      "demuxQueue().to(SUB)             | init,1",
      "fork([1, 2]).to(SUB)             | init,2",
      "fork(() => [1, 2, 3]).to(SUB)    | init,3",
      "forkJoin().to(SUB)               | init,1",
      "forkRace([1]).to(SUB)            | init,1",
  })
  void cloningFiltersInTheConfigurationStyle(String filter, String seen) {
    // The clone is shallow: _x written in the clone is not seen, _obj is the same object.
    assertEquals(seen, configStyle(filter, stream(msg("a"))));
  }

  @Test
  void aMuxSessionRunsInTheContextOfTheStreamThatOpenedIt() {
    String script = js(
        "pipy({ _who: '', _seen: '' })",
        ".pipeline('in')",
        "  .handleMessageStart(m => { _who = m.head.who })",
        "  .mux(() => 'k', { maxQueue: 0 }).to($=>$.handleMessageStart(m => { _seen += m.head.who }))",
        "  .replaceMessage(() => new Message(_who + ' sees ' + _seen))");
    Scripts.with(script, t -> {
      ScriptTester.Run first = t.run("in");
      ScriptTester.Run second = t.run("in");
      first.input(MessageStart.of(Map.of("who", "first")), MessageEnd.plain());
      second.input(MessageStart.of(Map.of("who", "second")), MessageEnd.plain());
      // Both messages went through the one session, which writes into the first stream's context.
      assertEquals("first sees first", first.outputText());
      assertEquals("second sees ", second.outputText());
      first.release();
      second.release();
      return null;
    });
  }

  @Test
  void eachRootPipelineHasItsOwnContext() {
    String script = js(
        "pipy({ _n: 0 })",
        ".pipeline('in')",
        "  .handleData(() => { _n++ })",
        "  .replaceData(() => new Data('' + _n))");
    Scripts.with(script, t -> {
      ScriptTester.Run a = t.run("in");
      ScriptTester.Run b = t.run("in");
      a.input(data("x"), data("x"));
      b.input(data("x"));
      assertEquals("12", a.outputText());
      assertEquals("1", b.outputText());
      a.release();
      b.release();
      return null;
    });
  }

  @TempDir Path dir;

  @Test
  void useAndChainShareTheContextAcrossModules() throws IOException {
    write(dir, "main.js",
        "pipy({ _x: 'main' })",
        ".export('main', { __x: 'init' })",
        ".pipeline('use')",
        "  .use('other.js', 'write')",
        "  .replaceStreamEnd(e => [new Data(__x + '/' + _x), e])",
        ".pipeline('chain')",
        "  .chain(['other.js'])",
        "  .replaceStreamEnd(e => [new Data(__x + '/' + _x), e])");
    write(dir, "other.js",
        "pipy({ _x: 'other' })",
        ".import({ __x: 'main' })",
        ".pipeline()",
        "  .handleData(() => { __x = 'chained'; _x = 'changed' })",
        ".pipeline('write')",
        "  .handleData(() => { __x = 'used'; _x = 'changed' })");
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      // The exported variable is shared; the other module's own _x is its own variable.
      for (String[] c : List.of(new String[] {"use", "used/main"}, new String[] {"chain", "chained/main"})) {
        ScriptTester.Run r = t.run(c[0]);
        r.input(stream("a"));
        assertEquals("a" + c[1], r.outputText(), c[0]);
        r.release();
      }
    }
  }

  @Test
  void demuxHttpClonesTheContextPerRequest() {
    String script = js(
        "pipy({ _n: 0, _obj: null })",
        ".listen(8000)",
        "  .handleStreamStart(() => { _obj = { n: 0 } })",
        "  .demuxHTTP().to($=>$",
        "    .handleMessageStart(() => { _n++; _obj.n++ })",
        "    .replaceMessage(() => new Message('n=' + _n + ' obj.n=' + _obj.n)))");
    String raw = Scripts.with(script, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(data("GET /1 HTTP/1.1\r\nhost: x\r\n\r\nGET /2 HTTP/1.1\r\nhost: x\r\n\r\n"));
      String out = r.outputText();
      r.release();
      return out;
    });
    assertTrue(raw.contains("n=1 obj.n=1") && raw.contains("n=1 obj.n=2"), raw);
  }

  @Test
  void anHttpTunnelClonesTheContext() {
    String script = js(
        "pipy({ _x: 'init' })",
        ".listen(8000)",
        "  .demuxHTTP().to($=>$",
        "    .acceptHTTPTunnel(() => (_x = 'handler', new Message({ status: 200 }))).to($=>$",
        "      .handleData(() => { _x = 'tunnel' })",
        "      .replaceData(d => new Data('[' + d.toString() + ']')))",
        "    .replaceData(d => new Data(d.toString() + ' parent sees ' + _x)))");
    String raw = Scripts.with(script, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(data("CONNECT x:1 HTTP/1.1\r\nhost: x\r\n\r\n"));
      r.input(data("hello"));
      String out = r.outputText();
      r.release();
      return out;
    });
    assertTrue(raw.startsWith("HTTP/1.1 200"), raw);
    assertTrue(raw.endsWith("[hello] parent sees handler"), raw);
  }

  // ---- Pipeline style: fiber variables ----

  /** What the parent sees of $x and $obj.n after {@code filter}. */
  private static String pipelineStyle(String filter, Object... input) {
    String script = js(
        "var $x = 'init'",
        "var $obj",
        "var SUB = ($=>$.handleMessageStart(() => { $x = 'sub'; $obj.n++ }))",
        "var QUIET = ($=>SUB($).replaceMessage(() => null))",
        "var sub = pipeline(SUB)",
        "pipy.listen(8000, $=>$",
        "  .onStart(() => void ($obj = { n: 0 }))",
        "  ." + filter,
        "  .replaceData(() => null)",
        "  .replaceMessage(() => null)",
        "  .replaceStreamEnd(e => [new Data($x + ',' + $obj.n), e])",
        ")");
    return Scripts.with(script, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(Scripts.events(input));
      t.settle(10);
      String text = r.outputText();
      r.release();
      return text;
    });
  }

  @ParameterizedTest(name = "{0} shares the fiber")
  @CsvSource(delimiter = '|', value = {
      "pipe(sub)",
      "pipe([sub])",
      "pipe(() => sub)",
      "pipe('s', { s: sub })",
      "fork().to(SUB)",
      "mux(() => 'k').to(SUB)",
      "loop(QUIET)",
      "repeat(() => false).to(SUB)",
      "replay().to(SUB)",
  })
  void sharingFiltersInThePipelineStyle(String filter) {
    assertEquals("sub,1", pipelineStyle(filter, stream(msg("a"))));
  }

  @ParameterizedTest(name = "{0} clones the fiber")
  @CsvSource(delimiter = '|', value = {
      "demux().to(SUB)            | init,1",
      "fork([1, 2]).to(SUB)       | init,2",
      "forkJoin().to(SUB)         | init,1",
      "forkJoin([1, 2]).to(SUB)   | init,2",
      "forkRace([1, 2]).to(SUB)   | init,2",
      "forkRace().to(SUB)         | init,1",
  })
  void cloningFiltersInThePipelineStyle(String filter, String seen) {
    assertEquals(seen, pipelineStyle(filter, stream(msg("a"))));
  }

  @Test
  void eachListenedConnectionHasItsOwnFiber() {
    String script = js(
        "var $n = 0",
        "pipy.listen(8000, $=>$.handleData(() => { $n++ }).replaceData(() => new Data('' + $n)))");
    Scripts.with(script, t -> {
      ScriptTester.Run a = t.run(t.listenLayout(0));
      ScriptTester.Run b = t.run(t.listenLayout(0));
      a.input(data("x"), data("x"));
      b.input(data("x"));
      assertEquals("12", a.outputText());
      assertEquals("1", b.outputText());
      a.release();
      b.release();
      return null;
    });
  }
}
