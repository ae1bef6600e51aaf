package io.pipy.api.script;

import java.util.List;

/**
 * A value thrown by a script that reached Java code: an uncaught error in a callback, or a
 * failure to load a script (syntax errors included).
 *
 * <p>It carries where the error happened and the script backtrace, so the engine can log it as
 * Pipy does: file:line:column, the source line with a caret, the message and the frames.
 */
public class ScriptException extends RuntimeException {

  private final transient Object value;
  private final SourceLocation location;
  private final List<String> backtrace;

  /**
   * @param value the thrown script value
   * @param message its message (for an Error object, {@code "TypeError: x is not a function"})
   * @param location where it was thrown, or {@code null} if unknown
   * @param backtrace script frames, innermost first, each like {@code "fn (file:1:2)"}
   */
  public ScriptException(Object value, String message, SourceLocation location, List<String> backtrace) {
    super(message, null, false, false);
    this.value = value;
    this.location = location;
    this.backtrace = List.copyOf(backtrace);
  }

  /** The thrown script value. */
  public Object value() {
    return value;
  }

  /** Where the value was thrown, or {@code null}. */
  public SourceLocation location() {
    return location;
  }

  /** Script frames, innermost first. */
  public List<String> backtrace() {
    return backtrace;
  }

  /**
   * The full report, several lines: {@code file:line:column: message}, the source excerpt and
   * the backtrace.
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    if (location != null) sb.append(location).append(": ");
    sb.append(getMessage());
    if (location != null && location.sourceLine() != null && !location.sourceLine().isEmpty()) {
      sb.append('\n').append(location.excerpt("  "));
    }
    if (!backtrace.isEmpty()) {
      sb.append("\nBacktrace:");
      for (String frame : backtrace) sb.append("\n    at ").append(frame);
    }
    return sb.toString();
  }
}
