package io.pipy.js.builtins;

import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Shape;
import java.util.regex.Matcher;

/** A RegExp instance: the compiled pattern ([[RegExpMatcher]], [[OriginalSource]], [[OriginalFlags]]) and lastIndex. */
public final class RegExpObject extends JsObject {

  RegExpCompiler.Compiled code;
  private Matcher matcher;
  private String matcherInput;

  RegExpObject(JsObject proto, RegExpCompiler.Compiled code) {
    super(proto);
    this.code = code;
    defineOwn("lastIndex", 0, Shape.WRITABLE);
  }

  @Override
  public String className() {
    return "RegExp";
  }

  /** The pattern text as written. */
  public String source() {
    return code.source;
  }

  /** The flags as given. */
  public String flags() {
    return code.flags;
  }

  /** The Java pattern this expression compiled to. */
  public java.util.regex.Pattern pattern() {
    return code.pattern;
  }

  /** Matches with this object's pattern (see {@link RegExpCompiler.Compiled#match}). */
  int[] match(String s, int from, boolean sticky) {
    return match(code, s, from, sticky);
  }

  /** Matches with {@code c} (this object's pattern or a variant of it), reusing a matcher. */
  int[] match(RegExpCompiler.Compiled c, String s, int from, boolean sticky) {
    Matcher m = matcher;
    if (m == null || m.pattern() != c.pattern) {
      m = c.pattern.matcher(s);
    } else if (matcherInput != s) {
      m.reset(s);
    } else {
      m.reset();
    }
    // Cleared while in use: a re-entrant call (from a getter, say) gets its own matcher.
    matcher = null;
    int[] r = c.match(m, s, from, sticky);
    matcher = m;
    matcherInput = s;
    return r;
  }

  void recompile(RegExpCompiler.Compiled c) {
    code = c;
    matcher = null;
    matcherInput = null;
  }
}
