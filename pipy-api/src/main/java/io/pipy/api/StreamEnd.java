package io.pipy.api;

import java.util.Objects;

/**
 * The end of a stream, normal or with an error.
 *
 * <p>An error is either one of Pipy's {@link Error} codes or, for {@link Error#RUNTIME_ERROR},
 * optionally the script value that was thrown. Scripts see the code by its Pipy name
 * ({@code "ConnectionRefused"} …).
 */
public final class StreamEnd implements Event {

  /** Pipy's stream error codes, with the names scripts see. */
  public enum Error {
    NO_ERROR(""),
    REPLAY("Replay"),
    RUNTIME_ERROR("RuntimeError"),
    READ_ERROR("ReadError"),
    WRITE_ERROR("WriteError"),
    CANNOT_RESOLVE("CannotResolve"),
    CONNECTION_ABORTED("ConnectionAborted"),
    CONNECTION_RESET("ConnectionReset"),
    CONNECTION_REFUSED("ConnectionRefused"),
    CONNECTION_TIMEOUT("ConnectionTimeout"),
    READ_TIMEOUT("ReadTimeout"),
    WRITE_TIMEOUT("WriteTimeout"),
    IDLE_TIMEOUT("IdleTimeout"),
    BUFFER_OVERFLOW("BufferOverflow"),
    PROTOCOL_ERROR("ProtocolError"),
    UNAUTHORIZED("Unauthorized");

    private final String scriptName;

    Error(String scriptName) {
      this.scriptName = scriptName;
    }

    /** The name scripts see, such as {@code "ConnectionRefused"}; empty for no error. */
    public String scriptName() {
      return scriptName;
    }

    /** The code with the given script name, or {@code null} if there is none. */
    public static Error fromScriptName(String name) {
      for (Error e : values()) {
        if (e != NO_ERROR && e.scriptName.equals(name)) return e;
      }
      return null;
    }
  }

  private static final StreamEnd[] BY_CODE = new StreamEnd[Error.values().length];

  static {
    for (Error e : Error.values()) BY_CODE[e.ordinal()] = new StreamEnd(e, null);
  }

  private final Error error;
  private final Object value;

  private StreamEnd(Error error, Object value) {
    this.error = error;
    this.value = value;
  }

  /** The normal end of a stream; one shared instance. */
  public static StreamEnd normal() {
    return BY_CODE[0];
  }

  /** An end with the given error code; one shared instance per code. */
  public static StreamEnd of(Error error) {
    return BY_CODE[Objects.requireNonNull(error).ordinal()];
  }

  /** A {@link Error#RUNTIME_ERROR} end carrying the value a script threw. */
  public static StreamEnd thrown(Object value) {
    return new StreamEnd(Error.RUNTIME_ERROR, value);
  }

  /** The error code; {@link Error#NO_ERROR} for a normal end. */
  public Error error() {
    return error;
  }

  /** The thrown script value for a runtime error, or {@code null}. */
  public Object value() {
    return value;
  }

  /** Whether the stream ended with an error. */
  public boolean hasError() {
    return error != Error.NO_ERROR;
  }

  @Override
  public String toString() {
    return hasError() ? "StreamEnd(" + error.scriptName() + ")" : "StreamEnd";
  }
}
