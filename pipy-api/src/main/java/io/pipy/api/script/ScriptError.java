package io.pipy.api.script;

/**
 * An error Java code raises <em>for a script</em>: thrown from a host method, getter,
 * constructor or filter factory, it becomes a script error object of {@link #kind()} thrown at
 * the calling script location (so the user sees their own file:line:column).
 */
public class ScriptError extends RuntimeException {

  /** The kind of script error object to create. */
  public enum Kind {
    ERROR("Error"),
    TYPE_ERROR("TypeError"),
    RANGE_ERROR("RangeError"),
    SYNTAX_ERROR("SyntaxError"),
    REFERENCE_ERROR("ReferenceError");

    private final String scriptName;

    Kind(String scriptName) {
      this.scriptName = scriptName;
    }

    /** The constructor name scripts see, such as {@code "TypeError"}. */
    public String scriptName() {
      return scriptName;
    }
  }

  private final Kind kind;

  /** An error of the given kind. */
  public ScriptError(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  /** A plain {@code Error}. */
  public ScriptError(String message) {
    this(Kind.ERROR, message);
  }

  /** A {@code TypeError}. */
  public static ScriptError typeError(String message) {
    return new ScriptError(Kind.TYPE_ERROR, message);
  }

  /** A {@code RangeError}. */
  public static ScriptError rangeError(String message) {
    return new ScriptError(Kind.RANGE_ERROR, message);
  }

  /** The kind of script error object this becomes. */
  public Kind kind() {
    return kind;
  }
}
