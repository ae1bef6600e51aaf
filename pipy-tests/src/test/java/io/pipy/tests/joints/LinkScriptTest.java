package io.pipy.tests.joints;

import static io.pipy.tests.joints.Scripts.js;
import static io.pipy.tests.joints.Scripts.logLines;
import static io.pipy.tests.joints.Scripts.shape;
import static io.pipy.tests.joints.Scripts.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code link} and {@code linkAsync} in the configuration style: by name, by a function picking
 * the layout per stream, Pipy 0.50's conditional form {@code link('a', cond, 'b', ...)}, and the
 * deferred delivery of {@code linkAsync}. Behaviour checked against Pipy 1.5.18 (0.50's form
 * against the 0.50 sources, which 1.5 no longer accepts).
 */
@Timeout(30)
@ExtendWith(LeakCheck.class)
class LinkScriptTest {

  private static final String UPPER = ".pipeline('up').replaceData(d => new Data(d.toString().toUpperCase()))";

  @Test
  void linkByNameRunsTheStreamThroughTheNamedLayout() {
    String script = js(
        "pipy()",
        ".pipeline('in').link('up').replaceData(d => new Data('<' + d.toString() + '>'))",
        UPPER);
    assertEquals("D(<ABC>) D(<DEF>) SE", shape(script, "in", stream("abc", "def")));
  }

  @Test
  void linkToAnUnknownNameFailsAtLoadTimeWithItsLocation() {
    ScriptException e = assertThrows(ScriptException.class, () ->
        ScriptTester.load("main.js", js("pipy()", ".pipeline('in')", "  .link('nowhere')")).close());
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    assertTrue(e.report().contains("main.js:3"), e.report());
  }

  @Test
  void linkFunctionChoosesPerStreamAndDropsEventsWhileItReturnsNothing() {
    // As in Pipy: the function is called at each event until it names a layout; events that
    // arrive before are dropped, not held.
    String script = js(
        "pipy({ _name: undefined })",
        ".pipeline('in')",
        "  .handleData(d => { if (d.toString() === 'b') _name = 'up' })",
        "  .link(() => _name)",
        UPPER);
    assertEquals("D(B) D(C) SE", shape(script, "in", stream("a", "b", "c")));
  }

  @Test
  void linkFunctionIsAskedOncePerStream() {
    String script = js(
        "var calls = 0",
        "pipy()",
        ".pipeline('in')",
        "  .link(() => (++calls, calls % 2 ? 'up' : 'star'))",
        UPPER,
        ".pipeline('star').replaceData(d => new Data('*' + calls))");
    Scripts.with(script, t -> {
      ScriptTester.Run a = t.run("in");
      a.input(stream("x", "y"));
      ScriptTester.Run b = t.run("in");
      b.input(stream("z"));
      assertEquals("D(X) D(Y) SE", a.shape());
      assertEquals("D(*2) SE", b.shape());
      a.release();
      b.release();
      return null;
    });
  }

  @Test
  void linkFunctionNamingAnUnknownLayoutEndsTheStreamWithAnError() {
    String script = js("pipy()", ".pipeline('in')", "  .link(() => 'nope')");
    Scripts.with(script, t -> {
      ScriptTester.Run r = t.run("in");
      r.input(Scripts.data("x"));
      assertEquals("SE(RuntimeError)", r.shape());
      // Later input is dropped: one end only (Pipy 1.5 reports the error again for the StreamEnd).
      r.input(StreamEnd.normal());
      assertEquals("SE(RuntimeError)", r.shape());
      // Reported as a script error with the filter's location, not as a Java exception.
      assertTrue(String.join("\n", logLines(t)).contains("main.js:3:4: link: unknown pipeline layout name: nope"), t.log());
      r.release();
      return null;
    });
  }

  @Test
  void linkFunctionReturningSomethingElseEndsTheStreamWithAnError() {
    String script = js("pipy()", ".pipeline('in')", "  .link(() => 42)");
    Scripts.with(script, t -> {
      ScriptTester.Run r = t.run("in");
      r.input(stream("x"));
      assertEquals("SE(RuntimeError)", r.shape());
      assertTrue(t.log().contains("callback did not return a string"), t.log());
      r.release();
      return null;
    });
  }

  @Test
  void theSubPipelineEndingEndsTheLinkAndDropsLaterInput() {
    String script = js(
        "pipy()",
        ".pipeline('in').link('once')",
        ".pipeline('once').replaceData(d => [new Data('only ' + d.toString()), new StreamEnd])");
    assertEquals("D(only a) SE", shape(script, "in", stream("a", "b")));
  }

  // ---- Pipy 0.50: link('a', condA, 'b', condB, ..., 'default') ----

  private static final String CONDITIONAL = js(
      "pipy({ _path: '' })",
      ".pipeline('in')",
      "  .handleData(d => { if (!_path) _path = d.toString() })",
      "  .link('up', () => _path === 'up', 'star', () => _path === 'star', 'plain')",
      UPPER,
      ".pipeline('star').replaceData(d => new Data('*'))",
      ".pipeline('plain').replaceData(d => new Data('plain:' + d.toString()))");

  @Test
  void conditionalLinkTakesTheFirstLayoutWhoseConditionHolds() {
    assertEquals("D(UP) D(X) SE", shape(CONDITIONAL, "in", stream("up", "x")));
    assertEquals("D(*) D(*) SE", shape(CONDITIONAL, "in", stream("star", "x")));
  }

  @Test
  void conditionalLinkFallsBackToTheTrailingLayout() {
    assertEquals("D(plain:other) SE", shape(CONDITIONAL, "in", stream("other")));
  }

  @Test
  void conditionalLinkWithoutDefaultHoldsEventsUntilAConditionHolds() {
    String script = js(
        "pipy({ _go: false })",
        ".pipeline('in')",
        "  .handleData(d => { if (d.toString() === 'go') _go = true })",
        "  .link('up', () => _go)",
        UPPER);
    // 'a' is held (not dropped) and goes first once 'go' opens the link.
    assertEquals("D(A) D(GO) D(B) SE", shape(script, "in", stream("a", "go", "b")));
  }

  @Test
  void conditionalLinkToTheEmptyNamePassesEventsThrough() {
    String script = js(
        "pipy({ _raw: false })",
        ".pipeline('in')",
        "  .handleData(d => { _raw = d.toString() === 'raw' })",
        "  .link('', () => _raw, 'up')",
        UPPER);
    assertEquals("D(raw) D(x) SE", shape(script, "in", stream("raw", "x")));
    assertEquals("D(COOKED) SE", shape(script, "in", stream("cooked")));
  }

  @Test
  void conditionalLinkRejectsAConditionThatIsNotAFunction() {
    ScriptException e = assertThrows(ScriptException.class, () ->
        ScriptTester.load("main.js", js("pipy()", ".pipeline('in').link('up', true, 'x')", UPPER)).close());
    assertTrue(e.getMessage().contains("must be a function"), e.getMessage());
  }

  // ---- linkAsync ----

  @Test
  void linkAsyncDeliversToTheSubPipelineLaterInOrder() {
    // With link, each event runs through the sub-pipeline before the next one arrives; with
    // linkAsync the sub-pipeline gets them in a later task (as Pipy 1.5 shows: before, before,
    // after, after).
    String template = js(
        "var log = []",
        "pipy()",
        ".pipeline('in')",
        "  .handleData(d => log.push('in ' + d.toString()))",
        "  .LINK('up')",
        "  .handleData(d => log.push('out ' + d.toString()))",
        "  .replaceStreamEnd(e => [new Data(log.join(',')), e])",
        UPPER);
    assertEquals("D(A) D(B) D(in a,out A,in b,out B) SE",
        shape(template.replace("LINK", "link"), "in", stream("a", "b")));
    assertEquals("D(A) D(B) D(in a,in b,out A,out B) SE",
        shape(template.replace("LINK", "linkAsync"), "in", stream("a", "b")));
  }

  @Test
  void linkAsyncWithAFunctionPicksTheLayoutPerStream() {
    String script = js(
        "pipy({ _to: 'up' })",
        ".pipeline('in')",
        "  .handleData(d => { if (d.toString() === 'quiet') _to = 'low' })",
        "  .linkAsync(() => _to)",
        UPPER,
        ".pipeline('low').replaceData(d => new Data(d.toString().toLowerCase()))");
    assertEquals("D(quiet) SE", shape(script, "in", stream("quiet")));
    assertEquals("D(LOUD) SE", shape(script, "in", stream("loud")));
  }
}
