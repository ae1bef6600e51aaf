package io.pipy.js.syntax;

/** One token: its kind, where it is, its value, and whether a line break precedes it. */
public final class Token {
  public final T type;
  public final int start;
  public final int end;
  /** Identifier name, string value (cooked), number (Double), template cooked text (null if invalid escape). */
  public final Object value;
  /** Template raw text; regex flags. */
  public final String raw;
  public final boolean newlineBefore;
  /** For names: whether the name contained escapes (then it cannot be a keyword). For templates: whether this chunk ends the template. */
  public final boolean flag;

  Token(T type, int start, int end, Object value, String raw, boolean newlineBefore, boolean flag) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.value = value;
    this.raw = raw;
    this.newlineBefore = newlineBefore;
    this.flag = flag;
  }

  public String name() {
    return (String) value;
  }

  public boolean isName(String s) {
    return type == T.NAME && s.equals(value) && !flag;
  }

  @Override
  public String toString() {
    return type + (value != null ? "(" + value + ")" : "");
  }
}
