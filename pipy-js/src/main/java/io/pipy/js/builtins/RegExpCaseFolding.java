package io.pipy.js.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Case-insensitive matching as ECMAScript defines it, for the translator to expand literals and
 * classes into explicit sets (Java's own case-insensitive mode compares both upper and lower
 * case and so matches pairs ECMAScript keeps apart, like U+0130 and "i", or U+212A and "k"
 * outside unicode mode).
 *
 * <p>Outside unicode mode characters are canonicalized by upper-casing (a character whose full
 * upper case is not one code unit, or that would become ASCII from non-ASCII, stays itself);
 * in unicode mode by simple case folding.
 */
final class RegExpCaseFolding {

  private RegExpCaseFolding() {
  }

  /** The equivalence classes with more than one member. */
  private static final class Table {
    /** Every code point that has case-equivalents, ascending. */
    final int[] cased;
    /** The class (all members, ascending) of each cased code point. */
    final Map<Integer, int[]> classOf;

    Table(int[] cased, Map<Integer, int[]> classOf) {
      this.cased = cased;
      this.classOf = classOf;
    }
  }

  private static volatile Table legacy;
  private static volatile Table unicode;

  /** Canonicalize(ch) outside unicode mode. */
  static int canonicalizeLegacy(int ch) {
    if (ch > 0xffff) return ch;
    String up = String.valueOf((char) ch).toUpperCase(java.util.Locale.ROOT);
    if (up.length() != 1) return ch;
    char cu = up.charAt(0);
    if (ch >= 128 && cu < 128) return ch;
    return cu;
  }

  /** Simple case folding (approximated from Java's simple case mappings). */
  static int fold(int cp) {
    if (cp == 0x130 || cp == 0x131) return cp; // no simple folding (only Turkic/full ones)
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  private static Table table(boolean unicodeMode) {
    Table t = unicodeMode ? unicode : legacy;
    if (t != null) return t;
    synchronized (RegExpCaseFolding.class) {
      t = unicodeMode ? unicode : legacy;
      if (t != null) return t;
      t = build(unicodeMode);
      if (unicodeMode) unicode = t;
      else legacy = t;
      return t;
    }
  }

  private static Table build(boolean unicodeMode) {
    int max = unicodeMode ? 0x10ffff : 0xffff;
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int cp = 0; cp <= max; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      int c = unicodeMode ? fold(cp) : canonicalizeLegacy(cp);
      if (c != cp) groups.computeIfAbsent(c, k -> new ArrayList<>()).add(cp);
    }
    Map<Integer, int[]> classOf = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> e : groups.entrySet()) {
      int rep = e.getKey();
      List<Integer> members = new ArrayList<>(e.getValue());
      int repCanon = unicodeMode ? fold(rep) : canonicalizeLegacy(rep);
      if (repCanon == rep) members.add(rep);
      if (members.size() < 2) continue;
      int[] arr = members.stream().mapToInt(Integer::intValue).sorted().toArray();
      for (int m : arr) classOf.put(m, arr);
    }
    int[] cased = classOf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    return new Table(cased, classOf);
  }

  /** The code points equivalent to {@code cp} (including it), or null if there are no others. */
  static int[] equivalents(int cp, boolean unicodeMode) {
    return table(unicodeMode).classOf.get(cp);
  }

  /**
   * Adds to sorted, merged {@code ranges} ([lo, hi] pairs) every code point equivalent to one
   * in them; returns the new (unsorted) range list.
   */
  static int[] close(int[] ranges, boolean unicodeMode) {
    Table t = table(unicodeMode);
    int[] out = Arrays.copyOf(ranges, ranges.length + 16);
    int size = ranges.length;
    int r = 0;
    for (int cp : t.cased) {
      while (r < ranges.length && ranges[r + 1] < cp) r += 2;
      if (r >= ranges.length) break;
      if (cp < ranges[r]) continue;
      for (int m : t.classOf.get(cp)) {
        if (size + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
        out[size++] = m;
        out[size++] = m;
      }
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * {@code ranges} plus the case-equivalents of every cased code point the Java class
   * {@code javaClass} matches.
   */
  static int[] closeProperties(int[] ranges, String javaClass, boolean unicodeMode) {
    Table t = table(unicodeMode);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(javaClass).matcher("");
    int[] out = Arrays.copyOf(ranges, ranges.length + 16);
    int size = ranges.length;
    for (int cp : t.cased) {
      if (!m.reset(new String(Character.toChars(cp))).matches()) continue;
      for (int e : t.classOf.get(cp)) {
        if (size + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
        out[size++] = e;
        out[size++] = e;
      }
    }
    return Arrays.copyOf(out, size);
  }
}
