package io.pipy.engine;

/**
 * A start-up failure the user must fix (a missing module, two modules providing one filter, a
 * port in use …). Its message is complete and is printed as it is, without a stack trace.
 */
public final class EngineException extends RuntimeException {

  /** A failure with a message for the user. */
  public EngineException(String message) {
    super(message, null, false, false);
  }
}
