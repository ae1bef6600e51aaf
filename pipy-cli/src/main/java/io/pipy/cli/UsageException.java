package io.pipy.cli;

/**
 * A mistake on the command line or in what it names (an unknown option, a missing file). Its
 * message is complete and is printed as it is, without a stack trace, and pipy exits with 1.
 */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
