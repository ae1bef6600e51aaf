package io.pipy.tcp;

import io.netty.channel.unix.Errors;
import io.pipy.api.StreamEnd;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/**
 * Classifies socket errors. Resets and broken pipes are what peers do every day: they end the
 * stream with an error code and are logged at debug level only, never with a stack trace.
 */
final class NetErrors {

  private NetErrors() {
  }

  /** The innermost I/O cause: Netty wraps a write failure in a {@link ClosedChannelException}. */
  static Throwable root(Throwable t) {
    Throwable c = t;
    for (int depth = 0; c != null && depth < 8; depth++, c = c.getCause()) {
      if (c instanceof IOException && !(c instanceof ClosedChannelException)) return c;
    }
    return t;
  }

  /** Whether {@code t} says the peer reset the connection. */
  static boolean isReset(Throwable t) {
    Throwable c = root(t);
    if (c instanceof Errors.NativeIoException n) {
      // Errors is only touched when a native exception exists, so the native library is loaded.
      return n.expectedErr() == Errors.ERRNO_ECONNRESET_NEGATIVE;
    }
    String m = c.getMessage();
    return m != null && m.contains("Connection reset");
  }

  /** Whether {@code t} is an ordinary network failure rather than a bug. */
  static boolean isNetwork(Throwable t) {
    return root(t) instanceof IOException;
  }

  /** The stream error a read failure ends the stream with. */
  static StreamEnd.Error readError(Throwable t) {
    return isReset(t) ? StreamEnd.Error.CONNECTION_RESET : StreamEnd.Error.READ_ERROR;
  }

  /**
   * A short description for logs: the message of the innermost cause, without the system call
   * that native errors name ({@code "recvAddress(..) failed with error(-104): Connection reset
   * by peer"} becomes {@code "Connection reset by peer"}).
   */
  static String describe(Throwable t) {
    Throwable c = root(t);
    String m = c.getMessage();
    if (m == null) return c.getClass().getSimpleName();
    int failed = m.indexOf(" failed");
    int colon = failed < 0 ? -1 : m.indexOf(": ", failed);
    return colon < 0 ? m : m.substring(colon + 2);
  }

  /** The stream error a write failure ends the stream with. */
  static StreamEnd.Error writeError(Throwable t) {
    return isReset(t) ? StreamEnd.Error.CONNECTION_RESET : StreamEnd.Error.WRITE_ERROR;
  }
}
