package io.pipy.js.syntax;

import io.pipy.api.script.SourceLocation;
import java.util.Arrays;

/** A script's text and name, with a line table to turn offsets into lines and columns. */
public final class Source {

  private final String name;
  private final String text;
  private int[] lineStarts;

  public Source(String name, String text) {
    this.name = name;
    this.text = text;
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  private int[] lineStarts() {
    int[] ls = lineStarts;
    if (ls == null) {
      int[] tmp = new int[16];
      int n = 0;
      tmp[n++] = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean nl = c == '\n' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
        if (nl) {
          if (n == tmp.length) tmp = Arrays.copyOf(tmp, n * 2);
          tmp[n++] = i + 1;
        }
      }
      lineStarts = ls = Arrays.copyOf(tmp, n);
    }
    return ls;
  }

  /** 1-based line of {@code offset}. */
  public int line(int offset) {
    int[] ls = lineStarts();
    int i = Arrays.binarySearch(ls, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of {@code offset}. */
  public int column(int offset) {
    return offset - lineStarts()[line(offset) - 1] + 1;
  }

  /** The text of 1-based line {@code line}, without its terminator. */
  public String lineText(int line) {
    int[] ls = lineStarts();
    if (line < 1 || line > ls.length) return "";
    int start = ls[line - 1];
    int end = line < ls.length ? ls[line] : text.length();
    while (end > start) {
      char c = text.charAt(end - 1);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') end--;
      else break;
    }
    return text.substring(start, end);
  }

  /** The location of {@code offset}. */
  public SourceLocation location(int offset) {
    int line = line(Math.max(0, Math.min(offset, text.length())));
    return new SourceLocation(name, line, column(Math.max(0, Math.min(offset, text.length()))), lineText(line));
  }
}
