package io.pipy.api.script;

/**
 * A place in a script: file, 1-based line and column, and the text of that line.
 *
 * @param file the script's path as the user gave it, or a name such as {@code "<eval>"}
 * @param line 1-based line number
 * @param column 1-based column number
 * @param sourceLine the text of the line, without its line break; may be empty
 */
public record SourceLocation(String file, int line, int column, String sourceLine) {

  /** {@code file:line:column}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }

  /**
   * The source line and a caret under the column, two lines, each prefixed with
   * {@code indent}; tabs before the column are kept so the caret lines up.
   */
  public String excerpt(String indent) {
    String text = sourceLine == null ? "" : sourceLine;
    String gutter = line + " | ";
    StringBuilder caret = new StringBuilder(indent);
    caret.append(" ".repeat(gutter.length() - 2)).append("| ");
    for (int i = 0; i < column - 1 && i < text.length(); i++) {
      caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
    }
    caret.append('^');
    return indent + gutter + text + "\n" + caret;
  }
}
