package io.pipy.js.builtins;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsThrow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates ECMAScript regular expressions to {@link java.util.regex} patterns with the
 * ECMAScript meaning: the pattern is parsed by the ECMAScript grammar (with the Annex B
 * extensions outside unicode mode) and re-emitted in a form whose only special characters are
 * ones Java and ECMAScript agree on. Every literal is written as {@code \x{…}}, every class is
 * rebuilt from code-point ranges, {@code ^ $ . \b \d \s \w} become explicit classes and
 * look-arounds, named groups become plain groups (the names are kept here), and
 * backreferences to groups that did not participate match the empty string as ECMAScript
 * requires.
 *
 * <p>Translations are cached by source and flags, so a regular expression literal evaluated in
 * a loop compiles once.
 */
final class RegExpCompiler {

  /** A compiled regular expression; immutable and shared between realms and threads. */
  static final class Compiled {
    final String source;
    final String flags;
    final Pattern pattern;
    /** The number of capturing groups (group 0 not counted). */
    final int groupCount;
    /** The Java group of each ECMAScript group (index 0 is the whole match). */
    final int[] javaGroup;
    /** The name of each group, or null; null when the pattern has no named groups. */
    final String[] names;
    /**
     * Quantified groups containing captures, outermost first: {java group spanning the last
     * iteration, minimum count, last java group inside}. ECMAScript clears the captures inside
     * a quantified atom at each iteration, and rejects empty iterations past the minimum; Java
     * keeps captures from earlier iterations, so they are cleared after the match.
     */
    final int[][] loops;
    /** Java groups inside negative look-arounds, as [first, last] pairs: never set after a match. */
    final int[] negated;
    final int javaGroupCount;
    final boolean hasIndices;
    final boolean global;
    final boolean ignoreCase;
    final boolean multiline;
    final boolean dotAll;
    final boolean unicode;
    final boolean sticky;

    Compiled(String source, String flags, Pattern pattern, int groupCount, int[] javaGroup, String[] names,
        int[][] loops, int[] negated, int javaGroupCount) {
      this.loops = loops;
      this.negated = negated;
      this.javaGroupCount = javaGroupCount;
      this.source = source;
      this.flags = flags;
      this.pattern = pattern;
      this.groupCount = groupCount;
      this.javaGroup = javaGroup;
      this.names = names;
      this.hasIndices = flags.indexOf('d') >= 0;
      this.global = flags.indexOf('g') >= 0;
      this.ignoreCase = flags.indexOf('i') >= 0;
      this.multiline = flags.indexOf('m') >= 0;
      this.dotAll = flags.indexOf('s') >= 0;
      this.unicode = flags.indexOf('u') >= 0;
      this.sticky = flags.indexOf('y') >= 0;
    }

    /**
     * Matches {@code s} from {@code from} (only at {@code from} when {@code sticky}); returns the
     * start and end of each group in ECMAScript order (-1 for groups that did not participate),
     * or null. {@code m} is a matcher of this pattern to reuse, or null.
     */
    int[] match(Matcher m, String s, int from, boolean sticky) {
      boolean found;
      try {
        found = run(m, from, sticky);
      } catch (StackOverflowError e) {
        found = runOnBigStack(m, from, sticky);
      }
      if (!found) return null;
      int[] out = new int[(groupCount + 1) * 2];
      out[0] = m.start();
      out[1] = m.end();
      if (loops.length == 0 && negated.length == 0) {
        for (int i = 1; i <= groupCount; i++) {
          int j = javaGroup[i];
          out[2 * i] = m.start(j);
          out[2 * i + 1] = m.end(j);
        }
        return out;
      }
      int[] st = new int[javaGroupCount + 1];
      int[] en = new int[javaGroupCount + 1];
      for (int j = 1; j <= javaGroupCount; j++) {
        st[j] = m.start(j);
        en[j] = m.end(j);
      }
      for (int k = 0; k < negated.length; k += 2) {
        for (int j = negated[k]; j <= negated[k + 1]; j++) st[j] = en[j] = -1;
      }
      for (int[] loop : loops) {
        int it = loop[0];
        if (st[it] < 0) continue;
        boolean emptyIteration = st[it] == en[it] && loop[1] == 0;
        for (int j = it + 1; j <= loop[2]; j++) {
          if (st[j] >= 0 && (emptyIteration || st[j] < st[it])) st[j] = en[j] = -1;
        }
        if (emptyIteration) st[it] = en[it] = -1;
      }
      for (int i = 1; i <= groupCount; i++) {
        int j = javaGroup[i];
        out[2 * i] = st[j];
        out[2 * i + 1] = en[j];
      }
      return out;
    }
  }

  private static boolean run(Matcher m, int from, boolean sticky) {
    if (sticky) {
      // The matcher was reset for this input, so regionEnd() is its length.
      m.region(from, m.regionEnd());
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      return m.lookingAt();
    }
    return m.find(from);
  }

  /** How much stack a match that overflowed the caller's stack gets on a helper thread. */
  private static final long BIG_STACK = 1L << 30;

  /**
   * Java's matcher recurses once per iteration of most loops, so long inputs overflow an
   * ordinary thread stack where ECMAScript engines do not. The match is then retried on a
   * short-lived thread with a large stack (the caller waits; nothing else touches the matcher).
   */
  private static boolean runOnBigStack(Matcher m, int from, boolean sticky) {
    boolean[] result = new boolean[1];
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        result[0] = run(m, from, sticky);
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "pipy-regexp", BIG_STACK);
    t.setDaemon(true);
    t.start();
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    if (failure[0] instanceof StackOverflowError) {
      throw Errors.rangeError("Maximum call stack size exceeded (the regular expression is too complex for the input)");
    }
    if (failure[0] instanceof RuntimeException re) throw re;
    if (failure[0] instanceof Error er) throw er;
    return result[0];
  }

  private static final int CACHE_SIZE = 512;
  private record Key(String source, String flags) {
  }

  private static final Map<Key, Compiled> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Compiled> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  /** The compiled form of {@code source} with {@code flags}; throws a SyntaxError if invalid. */
  static Compiled compile(String source, String flags) {
    Key key = new Key(source, flags);
    synchronized (CACHE) {
      Compiled c = CACHE.get(key);
      if (c != null) return c;
    }
    Compiled c = new RegExpCompiler(source, flags).translate();
    synchronized (CACHE) {
      CACHE.put(key, c);
    }
    return c;
  }

  /** Checks a flags string: only d g i m s u y, each at most once. */
  static void checkFlags(String flags) {
    int seen = 0;
    for (int i = 0; i < flags.length(); i++) {
      int bit = "dgimsuy".indexOf(flags.charAt(i));
      if (bit < 0 || (seen & (1 << bit)) != 0) throw Errors.syntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
      seen |= 1 << bit;
    }
  }

  // ------------------------------------------------------------------ translation

  private static final int MAX_CP = 0x10ffff;
  private static final int[] DIGITS = {'0', '9'};
  private static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
  private static final int[] WORD_IU = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z', 0x17f, 0x17f, 0x212a, 0x212a};
  private static final int[] SPACE = {
      0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f,
      0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff};
  private static final String NOT_LT_CLASS = "[^\\x{a}\\x{d}\\x{2028}\\x{2029}]";
  private static final String ANY_CLASS = "[\\x{0}-\\x{10ffff}]";

  private final String src;
  private final String flags;
  private final int n;
  private final boolean u;
  private final boolean ci;
  private final boolean multiline;
  private final boolean dotAll;
  /** The class \b and \B test: \w, with its case-equivalents under "iu". */
  private final String wordClass;
  private int pos;
  private final StringBuilder out = new StringBuilder();

  // From the pre-scan.
  private int totalGroups;
  private final List<String> groupNames = new ArrayList<>();
  private boolean hasNamedGroups;
  private final Set<Integer> referenced = new HashSet<>();
  private final Set<String> referencedNames = new HashSet<>();

  // Emission state.
  private int jsGroups;
  private int javaGroups;
  private int[] javaIndex;
  private int[] markerIndex;
  private boolean[] closed;
  private final Map<String, Integer> nameIndex = new HashMap<>();
  private final List<int[]> loops = new ArrayList<>();
  private final List<Integer> negatedGroups = new ArrayList<>();
  /** Inside a class outside unicode mode, where \\u escapes of a surrogate pair stay two units. */
  private boolean inLegacyClass;
  /** Unbounded quantifiers inside the current outermost lookbehind (Java mis-handles several). */
  private int lookbehindDepth;
  private int lookbehindUnbounded;

  private RegExpCompiler(String source, String flags) {
    this.src = source;
    this.flags = flags;
    this.n = source.length();
    this.u = flags.indexOf('u') >= 0;
    this.ci = flags.indexOf('i') >= 0;
    this.multiline = flags.indexOf('m') >= 0;
    this.dotAll = flags.indexOf('s') >= 0;
    if (ci && u) {
      ClassSet w = new ClassSet();
      w.addAll(WORD);
      int save = out.length();
      emitClass(w, false);
      wordClass = out.substring(save);
      out.setLength(save);
    } else {
      wordClass = "[0-9A-Z_a-z]";
    }
  }

  private JsThrow error(String reason) {
    return Errors.syntaxError("Invalid regular expression: /" + src + "/" + flags + ": " + reason);
  }

  private Compiled translate() {
    scanGroups();
    javaIndex = new int[totalGroups + 1];
    markerIndex = new int[totalGroups + 1];
    closed = new boolean[totalGroups + 1];
    String[] names = hasNamedGroups ? new String[totalGroups + 1] : null;
    for (String name : referencedNames) {
      int i = groupNames.indexOf(name);
      if (i >= 0) referenced.add(i + 1);
    }
    parseDisjunction();
    if (pos < n) {
      if (src.charAt(pos) == ')') throw error("Unmatched ')'");
      throw error("Unexpected character");
    }
    if (names != null) {
      for (Map.Entry<String, Integer> e : nameIndex.entrySet()) names[e.getValue()] = e.getKey();
    }
    int[] jg = Arrays.copyOf(javaIndex, totalGroups + 1);
    Pattern p;
    try {
      // Case-insensitivity is already in the translation (see RegExpCaseFolding).
      p = Pattern.compile(out.toString());
    } catch (PatternSyntaxException e) {
      throw error("not supported by this implementation (" + e.getDescription() + ")");
    } catch (StackOverflowError e) {
      throw error("pattern too complex");
    }
    return new Compiled(src, flags, p, totalGroups, jg, names, loops.toArray(new int[0][]),
        negatedGroups.stream().mapToInt(Integer::intValue).toArray(), javaGroups);
  }

  /**
   * Counts the capturing groups, collects group names and the groups that backreferences
   * mention. Backreferences and {@code \k} depend on the whole pattern, so this comes first.
   */
  private void scanGroups() {
    boolean inClass = false;
    List<Integer> decimalRefs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      char c = src.charAt(i);
      if (c == '\\') {
        if (i + 1 < n && !inClass) {
          char d = src.charAt(i + 1);
          if (d >= '1' && d <= '9') {
            int j = i + 1;
            long v = 0;
            while (j < n && Character.isDigit(src.charAt(j)) && src.charAt(j) < 128) {
              v = Math.min(v * 10 + (src.charAt(j) - '0'), Integer.MAX_VALUE);
              j++;
            }
            decimalRefs.add((int) v);
          } else if (d == 'k' && i + 2 < n && src.charAt(i + 2) == '<') {
            int close = src.indexOf('>', i + 3);
            if (close > 0) referencedNames.add(src.substring(i + 3, close));
          }
        }
        i++;
      } else if (inClass) {
        if (c == ']') inClass = false;
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        if (i + 1 < n && src.charAt(i + 1) == '?') {
          if (i + 2 < n && src.charAt(i + 2) == '<' && i + 3 < n && src.charAt(i + 3) != '=' && src.charAt(i + 3) != '!') {
            int close = src.indexOf('>', i + 3);
            String name = close < 0 ? "" : src.substring(i + 3, close);
            groupNames.add(name);
            hasNamedGroups = true;
            totalGroups++;
          }
        } else {
          groupNames.add(null);
          totalGroups++;
        }
      }
    }
    for (int r : decimalRefs) if (r <= totalGroups) referenced.add(r);
  }

  // ------------------------------------------------------------------ the grammar

  private int peek() {
    return pos < n ? src.charAt(pos) : -1;
  }

  private boolean lookingAt(String s) {
    return src.startsWith(s, pos);
  }

  private void parseDisjunction() {
    parseAlternative();
    while (peek() == '|') {
      pos++;
      out.append('|');
      parseAlternative();
    }
  }

  private void parseAlternative() {
    while (pos < n && peek() != '|' && peek() != ')') parseTerm();
  }

  private void parseTerm() {
    int c = peek();
    int atomStart = out.length();
    // 0: an atom; 1: an assertion (not quantifiable); 2: a lookahead (quantifiable outside unicode
    // mode, needs a group around it); 3: a lookbehind (not quantifiable).
    int kind = 0;
    switch (c) {
      case '^' -> {
        pos++;
        out.append(multiline ? "(?<!" + NOT_LT_CLASS + ")" : "(?<![\\x{0}-\\x{10ffff}])");
        kind = 1;
      }
      case '$' -> {
        pos++;
        out.append(multiline ? "(?!" + NOT_LT_CLASS + ")" : "(?![\\x{0}-\\x{10ffff}])");
        kind = 1;
      }
      case '\\' -> {
        if (pos + 1 < n && (src.charAt(pos + 1) == 'b' || src.charAt(pos + 1) == 'B')) {
          boolean b = src.charAt(pos + 1) == 'b';
          pos += 2;
          out.append(b
              ? "(?:(?<=" + wordClass + ")(?!" + wordClass + ")|(?<!" + wordClass + ")(?=" + wordClass + "))"
              : "(?:(?<=" + wordClass + ")(?=" + wordClass + ")|(?<!" + wordClass + ")(?!" + wordClass + "))");
          kind = 1;
        } else {
          parseAtomEscape();
        }
      }
      case '(' -> kind = parseGroup();
      case '[' -> parseClass();
      case '.' -> {
        pos++;
        out.append(dotAll ? ANY_CLASS : NOT_LT_CLASS);
      }
      case '*', '+', '?' -> throw error("Nothing to repeat");
      case '{' -> {
        if (quantifierBraceAt(pos)) throw error("Nothing to repeat");
        if (u) throw error("Lone quantifier brackets");
        pos++;
        emitLiteral('{');
      }
      case '}', ']' -> {
        if (u) throw error("Lone quantifier brackets");
        pos++;
        emitLiteral(c);
      }
      default -> emitLiteral(readSourceChar());
    }
    parseQuantifier(atomStart, kind);
  }

  /** The next pattern character: a code point (surrogate pairs are kept together). */
  private int readSourceChar() {
    int cp = src.codePointAt(pos);
    pos += Character.charCount(cp);
    return cp;
  }

  /** Whether a valid {@code {n}}, {@code {n,}} or {@code {n,m}} starts at {@code i}. */
  private boolean quantifierBraceAt(int i) {
    if (i >= n || src.charAt(i) != '{') return false;
    int j = i + 1;
    int d = j;
    while (j < n && isDigit(src.charAt(j))) j++;
    if (j == d) return false;
    if (j < n && src.charAt(j) == '}') return true;
    if (j >= n || src.charAt(j) != ',') return false;
    j++;
    while (j < n && isDigit(src.charAt(j))) j++;
    return j < n && src.charAt(j) == '}';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private boolean quantifierAt(int i) {
    if (i >= n) return false;
    char c = src.charAt(i);
    return c == '*' || c == '+' || c == '?' || quantifierBraceAt(i);
  }

  private void parseQuantifier(int atomStart, int kind) {
    if (!quantifierAt(pos)) {
      if (u && peek() == '{') throw error("Incomplete quantifier");
      return;
    }
    if (kind == 1) throw error("Nothing to repeat");
    if (kind == 3 || (kind == 2 && u)) throw error("Invalid quantifier");
    if (kind == 2) {
      out.insert(atomStart, "(?:");
      out.append(')');
    }
    char c = src.charAt(pos);
    if (lookbehindDepth > 0 && (c == '*' || c == '+' || (c == '{' && !quantifierIsBounded(pos)))) lookbehindUnbounded++;
    if (c == '{') {
      pos++;
      long min = readNumber();
      long max = min;
      if (src.charAt(pos) == ',') {
        pos++;
        max = src.charAt(pos) == '}' ? -1 : readNumber();
      }
      pos++; // '}'
      if (max >= 0 && max < min) throw error("numbers out of order in {} quantifier");
      out.append('{').append(min);
      if (max != min) {
        out.append(',');
        if (max >= 0) out.append(max);
      }
      out.append('}');
    } else {
      pos++;
      out.append(c);
    }
    if (peek() == '?') {
      pos++;
      out.append('?');
    }
    if (quantifierAt(pos)) throw error("Nothing to repeat");
  }

  /** Whether the {…} quantifier at {@code i} has a modest maximum. */
  private boolean quantifierIsBounded(int i) {
    int close = src.indexOf('}', i);
    int comma = src.indexOf(',', i);
    String max = comma >= 0 && comma < close ? src.substring(comma + 1, close) : src.substring(i + 1, close);
    return !max.isEmpty() && max.length() < 6;
  }

  private long readNumber() {
    long v = 0;
    while (pos < n && isDigit(src.charAt(pos))) {
      v = Math.min(v * 10 + (src.charAt(pos) - '0'), Integer.MAX_VALUE - 1);
      pos++;
    }
    return v;
  }

  /**
   * Where the group opening at {@code open} closes, and whether it contains capturing groups:
   * {end, hasCaptures}; end is -1 if it does not close.
   */
  private int[] scanGroup(int open) {
    int depth = 0;
    boolean inClass = false;
    boolean captures = false;
    for (int i = open; i < n; i++) {
      char c = src.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        if (c == ']') inClass = false;
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
        if (i > open && (i + 1 >= n || src.charAt(i + 1) != '?'
            || (i + 3 < n && src.charAt(i + 2) == '<' && src.charAt(i + 3) != '=' && src.charAt(i + 3) != '!'))) {
          captures = true;
        }
      } else if (c == ')') {
        if (--depth == 0) return new int[] {i, captures ? 1 : 0};
      }
    }
    return new int[] {-1, captures ? 1 : 0};
  }

  /** The minimum count of the quantifier at {@code i}. */
  private int quantifierMin(int i) {
    char c = src.charAt(i);
    if (c == '*' || c == '?') return 0;
    if (c == '+') return 1;
    long v = 0;
    for (int j = i + 1; j < n && isDigit(src.charAt(j)); j++) v = Math.min(v * 10 + (src.charAt(j) - '0'), Integer.MAX_VALUE);
    return (int) v;
  }

  /** Parses a group at '('; returns the term kind (see parseTerm). */
  private int parseGroup() {
    int open = pos;
    int[] scan = scanGroup(open);
    boolean quantified = scan[0] >= 0 && quantifierAt(scan[0] + 1);
    pos++;
    int kind = 0;
    int group = -1;
    int[] loop = null;
    if (peek() == '?') {
      if (lookingAt("?:")) {
        pos += 2;
        out.append("(?:");
        if (quantified && scan[1] != 0) {
          // A group to find the last iteration by.
          out.append('(');
          loop = new int[] {++javaGroups, quantifierMin(scan[0] + 1), 0};
          loops.add(loop);
        }
      } else if (lookingAt("?=") || lookingAt("?!")) {
        out.append("(?").append(src.charAt(pos + 1));
        pos += 2;
        kind = 2;
      } else if (lookingAt("?<=") || lookingAt("?<!")) {
        out.append("(?<").append(src.charAt(pos + 2));
        pos += 3;
        kind = 3;
      } else if (lookingAt("?<")) {
        pos += 2;
        String name = parseGroupName();
        if (nameIndex.containsKey(name)) throw error("Duplicate capture group name");
        group = ++jsGroups;
        nameIndex.put(name, group);
        groupNames.set(group - 1, name);
        out.append('(');
        javaIndex[group] = ++javaGroups;
      } else {
        throw error("Invalid group");
      }
    } else {
      group = ++jsGroups;
      out.append('(');
      javaIndex[group] = ++javaGroups;
    }
    if (group > 0 && quantified) {
      loop = new int[] {javaIndex[group], quantifierMin(scan[0] + 1), 0};
      loops.add(loop);
    }
    if (kind == 3 && lookbehindDepth++ == 0) lookbehindUnbounded = 0;
    boolean negative = (kind == 2 || kind == 3) && out.charAt(out.length() - 1) == '!';
    int groupsBefore = javaGroups;
    parseDisjunction();
    if (negative && javaGroups > groupsBefore) {
      // ECMAScript: what a negative look-around captured is gone once it succeeds.
      negatedGroups.add(groupsBefore + 1);
      negatedGroups.add(javaGroups);
    }
    if (peek() != ')') throw error("Unterminated group");
    pos++;
    if (kind == 3 && --lookbehindDepth == 0 && lookbehindUnbounded > 1) {
      throw error("not supported by this implementation (lookbehind with more than one unbounded quantifier)");
    }
    if (group > 0) {
      if (referenced.contains(group)) {
        // An empty group that is set exactly when this one is: lets a backreference tell
        // "did not participate" (matches empty in ECMAScript) from "captured something".
        markerIndex[group] = ++javaGroups;
        out.append("()");
      }
      closed[group] = true;
    }
    if (loop != null) {
      loop[2] = javaGroups;
      if (group < 0) out.append(')');
    }
    out.append(')');
    return kind;
  }

  /** A group name up to and including the closing '>'. */
  private String parseGroupName() {
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= n) throw error("Invalid capture group name");
      int cp;
      if (src.charAt(pos) == '>') {
        pos++;
        break;
      }
      if (src.charAt(pos) == '\\') {
        pos++;
        if (peek() != 'u') throw error("Invalid capture group name");
        cp = parseUnicodeEscapeAfterU(true);
        if (cp < 0) throw error("Invalid Unicode escape in capture group name");
      } else {
        cp = readSourceChar();
      }
      boolean ok = sb.length() == 0
          ? cp == '$' || cp == '_' || Character.isUnicodeIdentifierStart(cp)
          : cp == '$' || cp == 0x200c || cp == 0x200d || Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
      if (!ok) throw error("Invalid capture group name");
      sb.appendCodePoint(cp);
    }
    if (sb.length() == 0) throw error("Invalid capture group name");
    return sb.toString();
  }

  // ------------------------------------------------------------------ escapes

  /** Outside a class, at '\\' (not \b or \B). */
  private void parseAtomEscape() {
    pos++;
    if (pos >= n) throw error("\\ at end of pattern");
    char c = src.charAt(pos);
    switch (c) {
      case 'd', 'D', 's', 'S', 'w', 'W' -> {
        pos++;
        ClassSet set = new ClassSet();
        set.addEscape(c, ci && u);
        emitClass(set, false);
        return;
      }
      case 'p', 'P' -> {
        if (u) {
          pos++;
          ClassSet set = new ClassSet();
          set.addProperty(parseProperty(), c == 'P');
          emitClass(set, false);
          return;
        }
      }
      case 'k' -> {
        if (u || hasNamedGroups) {
          pos++;
          if (peek() != '<') throw error("Invalid named reference");
          pos++;
          int close = src.indexOf('>', pos);
          if (close < 0) throw error("Invalid named reference");
          String name = src.substring(pos, close);
          pos = close + 1;
          Integer g = nameIndex.get(name);
          if (g == null) {
            int i = groupNames.indexOf(name);
            if (i < 0) throw error("Invalid named capture referenced");
            g = i + 1;
          }
          emitBackreference(g);
          return;
        }
      }
      case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
        int start = pos;
        long v = readNumber();
        if (v <= totalGroups) {
          emitBackreference((int) v);
          return;
        }
        if (u) throw error("Invalid escape");
        pos = start;
        if (c >= '8') {
          pos++;
          emitLiteral(c);
        } else {
          emitLiteral(legacyOctal());
        }
        return;
      }
      default -> {
      }
    }
    int cp = characterEscape(false);
    emitLiteral(cp);
  }

  /**
   * A CharacterEscape (or identity escape) after '\\'; {@code pos} is at the character after
   * the backslash. Returns the code point. For "\c" not followed by a control letter outside
   * unicode mode, returns '\\' and leaves {@code pos} at the 'c'.
   */
  private int characterEscape(boolean inClass) {
    char c = src.charAt(pos);
    switch (c) {
      case 'f':
        pos++;
        return '\f';
      case 'n':
        pos++;
        return '\n';
      case 'r':
        pos++;
        return '\r';
      case 't':
        pos++;
        return '\t';
      case 'v':
        pos++;
        return 0x0b;
      case 'c': {
        if (pos + 1 < n) {
          char d = src.charAt(pos + 1);
          if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
            pos += 2;
            return d % 32;
          }
          if (inClass && !u && (isDigit(d) || d == '_')) {
            pos += 2;
            return d % 32;
          }
        }
        if (u) throw error("Invalid unicode escape");
        return '\\';
      }
      case '0':
        if (pos + 1 < n && isDigit(src.charAt(pos + 1))) {
          if (u) throw error(inClass ? "Invalid class escape" : "Invalid decimal escape");
          return legacyOctal();
        }
        pos++;
        return 0;
      case 'x': {
        if (pos + 2 < n && hex(src.charAt(pos + 1)) >= 0 && hex(src.charAt(pos + 2)) >= 0) {
          int v = hex(src.charAt(pos + 1)) * 16 + hex(src.charAt(pos + 2));
          pos += 3;
          return v;
        }
        if (u) throw error("Invalid escape");
        pos++;
        return 'x';
      }
      case 'u': {
        int cp = parseUnicodeEscapeAfterU(u);
        if (cp >= 0) return cp;
        if (u) throw error("Invalid Unicode escape");
        pos++;
        return 'u';
      }
      default:
        break;
    }
    if (inClass && c == 'b') {
      pos++;
      return 8;
    }
    if (u) {
      if ("^$\\.*+?()[]{}|/".indexOf(c) >= 0 || (inClass && c == '-')) {
        pos++;
        return c;
      }
      if (inClass && isDigit(c)) throw error("Invalid class escape");
      throw error("Invalid escape");
    }
    if (inClass && isDigit(c)) {
      if (c >= '8') {
        pos++;
        return c;
      }
      return legacyOctal();
    }
    return readSourceChar();
  }

  /** Annex B legacy octal escape at {@code pos} (an octal digit). */
  private int legacyOctal() {
    int d1 = src.charAt(pos++) - '0';
    if (pos < n && isOctal(src.charAt(pos))) {
      int v = d1 * 8 + (src.charAt(pos++) - '0');
      if (d1 <= 3 && pos < n && isOctal(src.charAt(pos))) v = v * 8 + (src.charAt(pos++) - '0');
      return v;
    }
    return d1;
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  private int hex4(int at) {
    if (at + 4 > n) return -1;
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int h = hex(src.charAt(at + i));
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  /**
   * At the 'u' of a \\u escape: \\uXXXX (a surrogate pair of such escapes is combined) or, with
   * {@code braces}, \\u{X…}. Returns the code point and moves past it, or -1 leaving pos alone.
   */
  private int parseUnicodeEscapeAfterU(boolean braces) {
    if (braces && pos + 1 < n && src.charAt(pos + 1) == '{') {
      int j = pos + 2;
      long v = 0;
      int digits = 0;
      while (j < n && hex(src.charAt(j)) >= 0) {
        v = Math.min(v * 16 + hex(src.charAt(j)), 0x7fffffffL);
        j++;
        digits++;
      }
      if (digits == 0 || j >= n || src.charAt(j) != '}' || v > MAX_CP) throw error("Invalid Unicode escape");
      pos = j + 1;
      return (int) v;
    }
    int v = hex4(pos + 1);
    if (v < 0) return -1;
    pos += 5;
    if (Character.isHighSurrogate((char) v) && !inLegacyClass && pos + 1 < n && src.charAt(pos) == '\\' && src.charAt(pos + 1) == 'u') {
      int lo = hex4(pos + 2);
      if (lo >= 0 && Character.isLowSurrogate((char) lo)) {
        pos += 6;
        return Character.toCodePoint((char) v, (char) lo);
      }
    }
    return v;
  }

  /** At the '{' after \p or \P; returns the Java property escape body (without \p). */
  private String parseProperty() {
    if (peek() != '{') throw error("Invalid property name");
    int close = src.indexOf('}', pos);
    if (close < 0) throw error("Invalid property name");
    String body = src.substring(pos + 1, close);
    pos = close + 1;
    String java = RegExpProperties.toJava(body);
    if (java == null && RegExpProperties.isUnsupported(body)) {
      throw error("not supported by this implementation (property " + body + ")");
    }
    if (java == null) throw error("Invalid property name");
    return java;
  }

  // ------------------------------------------------------------------ classes

  /** A class being built: code point ranges plus Java property escapes. */
  private static final class ClassSet {
    int[] ranges = new int[16];
    int size;
    final StringBuilder props = new StringBuilder();

    void add(int lo, int hi) {
      if (size + 2 > ranges.length) ranges = Arrays.copyOf(ranges, ranges.length * 2);
      ranges[size++] = lo;
      ranges[size++] = hi;
    }

    void addAll(int[] rs) {
      for (int i = 0; i < rs.length; i += 2) add(rs[i], rs[i + 1]);
    }

    void addComplement(int[] rs) {
      int next = 0;
      for (int i = 0; i < rs.length; i += 2) {
        if (rs[i] > next) add(next, rs[i] - 1);
        next = rs[i + 1] + 1;
      }
      if (next <= MAX_CP) add(next, MAX_CP);
    }

    void addEscape(char c, boolean ciUnicode) {
      switch (c) {
        case 'd' -> addAll(DIGITS);
        case 'D' -> addComplement(DIGITS);
        case 's' -> addAll(SPACE);
        case 'S' -> addComplement(SPACE);
        case 'w' -> addAll(WORD);
        // With "iu", the word characters include those that fold to one (U+017F, U+212A).
        default -> addComplement(ciUnicode ? WORD_IU : WORD);
      }
    }

    void addProperty(String java, boolean negated) {
      if (java.startsWith("[")) {
        // A set given as explicit ranges (ASCII, Any).
        if (negated) props.append("[^").append(java, 1, java.length());
        else props.append(java);
        return;
      }
      props.append(negated ? "\\P{" : "\\p{").append(java).append('}');
    }

    boolean isEmpty() {
      return size == 0 && props.length() == 0;
    }
  }

  private void parseClass() {
    pos++;
    boolean negated = false;
    if (peek() == '^') {
      negated = true;
      pos++;
    }
    ClassSet set = new ClassSet();
    inLegacyClass = !u;
    while (true) {
      if (pos >= n) throw error("Unterminated character class");
      if (src.charAt(pos) == ']') {
        pos++;
        break;
      }
      int[] a = classAtom(set);
      if (peek() == '-' && pos + 1 < n && src.charAt(pos + 1) != ']') {
        pos++;
        int[] b = classAtom(set);
        if (a == null || b == null) {
          if (u) throw error("Invalid character class");
          // Annex B: a class escape next to '-' makes the '-' literal.
          if (a != null) set.add(a[0], a[0]);
          if (b != null) set.add(b[0], b[0]);
          set.add('-', '-');
          continue;
        }
        if (a[0] > b[0]) throw error("Range out of order in character class");
        set.add(a[0], b[0]);
      } else if (a != null) {
        set.add(a[0], a[0]);
      }
    }
    inLegacyClass = false;
    emitClass(set, negated);
  }

  /** One class atom: returns {cp}, or null after adding a class escape (\d, \p{…}) to {@code set}. */
  private int[] classAtom(ClassSet set) {
    char c = src.charAt(pos);
    if (c != '\\') {
      // Outside unicode mode a class holds code units: a surrogate pair is two members.
      if (u) return new int[] {readSourceChar()};
      pos++;
      return new int[] {c};
    }
    pos++;
    if (pos >= n) throw error("\\ at end of pattern");
    char d = src.charAt(pos);
    switch (d) {
      case 'd', 'D', 's', 'S', 'w', 'W' -> {
        pos++;
        set.addEscape(d, ci && u);
        return null;
      }
      case 'p', 'P' -> {
        if (u) {
          pos++;
          set.addProperty(parseProperty(), d == 'P');
          return null;
        }
      }
      case 'k' -> {
        if (u) throw error("Invalid escape");
      }
      default -> {
      }
    }
    return new int[] {characterEscape(true)};
  }

  private void emitClass(ClassSet set, boolean negated) {
    if (set.isEmpty()) {
      out.append(negated ? ANY_CLASS : "(?!)");
      return;
    }
    int[] r = normalize(set.ranges, set.size);
    if (ci) {
      r = RegExpCaseFolding.close(r, u);
      r = normalize(r, r.length);
    }
    if (!u) r = withAstral(r);
    if (ci && set.props.length() > 0) {
      // Property escapes: add the case-equivalents of the cased characters they contain.
      r = normalize(RegExpCaseFolding.closeProperties(r, "[" + set.props + "]", u), -1);
    }
    out.append(negated ? "[^" : "[");
    for (int i = 0; i < r.length; i += 2) {
      appendHex(r[i]);
      if (r[i + 1] != r[i]) {
        out.append('-');
        appendHex(r[i + 1]);
      }
    }
    out.append(set.props);
    out.append(']');
  }

  /**
   * Outside unicode mode ECMAScript sees a supplementary character as two code units and a class
   * matches it (its first unit) when the class holds its high surrogate; Java sees one code
   * point, so those code points are added.
   */
  private static int[] withAstral(int[] r) {
    int[] extra = null;
    int m = 0;
    for (int i = 0; i < r.length; i += 2) {
      int lo = Math.max(r[i], 0xd800);
      int hi = Math.min(r[i + 1], 0xdbff);
      if (lo > hi) continue;
      if (extra == null) extra = new int[8];
      if (m + 2 > extra.length) extra = Arrays.copyOf(extra, extra.length * 2);
      extra[m++] = Character.toCodePoint((char) lo, '\udc00');
      extra[m++] = Character.toCodePoint((char) hi, '\udfff');
    }
    if (extra == null) return r;
    int[] all = Arrays.copyOf(r, r.length + m);
    System.arraycopy(extra, 0, all, r.length, m);
    return normalize(all, all.length);
  }

  /** Sorts and merges ranges. */
  private static int[] normalize(int[] ranges, int size) {
    if (size < 0) size = ranges.length;
    int count = size / 2;
    long[] packed = new long[count];
    for (int i = 0; i < count; i++) packed[i] = ((long) ranges[2 * i] << 32) | ranges[2 * i + 1];
    Arrays.sort(packed);
    int[] outR = new int[size];
    int m = 0;
    for (long p : packed) {
      int lo = (int) (p >>> 32);
      int hi = (int) p;
      if (m > 0 && lo <= outR[m - 1] + 1) {
        if (hi > outR[m - 1]) outR[m - 1] = hi;
      } else {
        outR[m++] = lo;
        outR[m++] = hi;
      }
    }
    return Arrays.copyOf(outR, m);
  }

  // ------------------------------------------------------------------ emission

  private void appendHex(int cp) {
    out.append("\\x{").append(Integer.toHexString(cp)).append('}');
  }

  private void emitLiteral(int cp) {
    if (ci && !Character.isHighSurrogate((char) cp)) {
      int[] eq = RegExpCaseFolding.equivalents(cp, u);
      if (eq != null) {
        out.append('[');
        for (int e : eq) appendHex(e);
        out.append(']');
        return;
      }
    }
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
      out.append((char) cp);
      return;
    }
    if (Character.isHighSurrogate((char) cp) && cp <= 0xffff) {
      // A high surrogate escape followed by a literal low surrogate: Java matches code points,
      // so the pair must be written as one.
      int save = pos;
      int lo = -1;
      if (pos < n && Character.isLowSurrogate(src.charAt(pos))) {
        lo = src.charAt(pos);
        pos++;
      } else if (pos + 1 < n && src.charAt(pos) == '\\' && src.charAt(pos + 1) == 'u') {
        pos++;
        int v = parseUnicodeEscapeAfterU(false);
        if (v >= 0 && Character.isLowSurrogate((char) v)) lo = v;
        else pos = save;
      }
      if (lo >= 0) {
        emitLiteral(Character.toCodePoint((char) cp, (char) lo));
        return;
      }
    }
    appendHex(cp);
  }

  private void emitBackreference(int group) {
    if (group > totalGroups || !closed[group]) {
      // ECMAScript: a group not yet closed has not captured anything; the reference is empty.
      out.append("(?:)");
      return;
    }
    int j = javaIndex[group];
    int m = markerIndex[group];
    String ref = ci ? "(?iu:\\" + j + ")" : "(?:\\" + j + ")";
    if (m == 0) {
      out.append(ref);
      return;
    }
    out.append("(?:\\").append(m).append(ref).append("|(?!\\").append(m).append("))");
  }

  /** Characters that end lines. */
  static boolean isLineTerminator(int c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
  }
}
