package io.pipy.js.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.js.ScriptRunner;
import io.pipy.js.runtime.JsThrow;
import org.junit.jupiter.api.Test;

/** The pattern translator: caching, group bookkeeping and the Java-side matching. */
class RegExpCompilerTest {

  private static int[] match(String source, String flags, String input) {
    RegExpCompiler.Compiled c = RegExpCompiler.compile(source, flags);
    return c.match(c.pattern.matcher(input), input, 0, false);
  }

  @Test
  void translationsAreCachedBySourceAndFlags() {
    RegExpCompiler.Compiled a = RegExpCompiler.compile("a(b)c", "g");
    assertSame(a, RegExpCompiler.compile("a(b)c", "g"));
    assertNotSame(a, RegExpCompiler.compile("a(b)c", "gi"));
    assertNotSame(a, RegExpCompiler.compile("a(b)cd", "g"));
  }

  @Test
  void literalInAHotLoopCompilesOnce() {
    String src = "var n = 0; for (var i = 0; i < 5000; i++) if (/^x(\\d+)y$/.test('x' + i + 'y')) n++; println(n);";
    ScriptRunner.Result r = ScriptRunner.run("loop.js", src);
    assertEquals("5000\n", r.output());
    assertSame(RegExpCompiler.compile("^x(\\d+)y$", ""), RegExpCompiler.compile("^x(\\d+)y$", ""));
  }

  @Test
  void groupsAreReportedInJavaScriptOrder() {
    assertArrayEquals(new int[] {0, 3, 0, 1, 1, 2, -1, -1, 2, 3}, match("(a)(?<n>b)(x)?(c)", "", "abc"));
    RegExpCompiler.Compiled c = RegExpCompiler.compile("(a)(?<n>b)", "");
    assertEquals(2, c.groupCount);
    assertNull(c.names[1]);
    assertEquals("n", c.names[2]);
  }

  @Test
  void backreferencesToGroupsThatDidNotParticipateMatchEmpty() {
    assertArrayEquals(new int[] {0, 1, -1, -1}, match("(a)|\\1b", "", "b"));
    assertArrayEquals(new int[] {0, 1, 0, 1}, match("\\1(a)", "", "a"));
  }

  @Test
  void capturesOfEarlierIterationsAreCleared() {
    assertArrayEquals(new int[] {0, 2, -1, -1}, match("(?:(a)|b)+", "", "ab"));
  }

  @Test
  void syntaxErrorsNameThePattern() {
    JsThrow e = assertThrows(JsThrow.class, () -> RegExpCompiler.compile("a(", "g"));
    assertTrue(e.getMessage().contains("/a(/g"), e.getMessage());
  }

  @Test
  void literalErrorsForTheParser() {
    assertNull(RegExpBuiltins.literalError("a+", "g"));
    assertEquals("Invalid regular expression: /(/: Unterminated group", RegExpBuiltins.literalError("(", ""));
    assertEquals("Invalid flags supplied to RegExp constructor 'gg'", RegExpBuiltins.literalError("a", "gg"));
  }

  @Test
  void deepMatchesRetryOnABigStack() {
    String s = "ab".repeat(200_000);
    assertArrayEquals(new int[] {0, s.length(), s.length() - 1, s.length()}, match("^(a|b)*$", "", s));
  }
}
