package io.pipy.js.syntax;

/** A syntax error at an offset in a source. */
public final class SyntaxError extends RuntimeException {

  private final Source source;
  private final int offset;

  public SyntaxError(Source source, int offset, String message) {
    super(message, null, false, false);
    this.source = source;
    this.offset = offset;
  }

  public Source source() {
    return source;
  }

  public int offset() {
    return offset;
  }
}
