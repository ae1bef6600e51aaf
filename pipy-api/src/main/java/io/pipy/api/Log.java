package io.pipy.api;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The process log, in Pipy's format: {@code 2026-01-31 12:00:00.123 [INF] message}. Lines go to
 * standard error unless the launcher chooses otherwise. Safe to use from any thread.
 */
public final class Log {

  /** Severity, most verbose first. */
  public enum Level {
    DEBUG("[DBG]"), INFO("[INF]"), WARN("[WRN]"), ERROR("[ERR]");

    private final String tag;

    Level(String tag) {
      this.tag = tag;
    }

    /** The tag printed in log lines, such as {@code [INF]}. */
    public String tag() {
      return tag;
    }
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private static volatile Level threshold = Level.INFO;
  private static volatile PrintStream out = System.err;

  private Log() {
  }

  /** Logs messages at {@code level} and above from now on. */
  public static void setLevel(Level level) {
    threshold = level;
  }

  /** The current threshold. */
  public static Level level() {
    return threshold;
  }

  /** Sends log lines to {@code stream} from now on. */
  public static void setOutput(PrintStream stream) {
    out = stream;
  }

  /** Whether messages at {@code level} are logged; check it before building costly messages. */
  public static boolean isEnabled(Level level) {
    return level.compareTo(threshold) >= 0;
  }

  /** Logs at DEBUG. */
  public static void debug(String message) {
    write(Level.DEBUG, message);
  }

  /** Logs at INFO. */
  public static void info(String message) {
    write(Level.INFO, message);
  }

  /** Logs at WARN. */
  public static void warn(String message) {
    write(Level.WARN, message);
  }

  /** Logs at ERROR. */
  public static void error(String message) {
    write(Level.ERROR, message);
  }

  /**
   * Logs {@code message} at {@code level}; each line of a multi-line message gets its own
   * header, so the log stays greppable.
   */
  public static void write(Level level, String message) {
    if (!isEnabled(level)) return;
    String header = LocalDateTime.now().format(TIME) + " " + level.tag() + " ";
    StringBuilder sb = new StringBuilder(header.length() + message.length() + 1);
    int start = 0;
    while (true) {
      int nl = message.indexOf('\n', start);
      sb.append(header).append(message, start, nl < 0 ? message.length() : nl).append('\n');
      if (nl < 0) break;
      start = nl + 1;
    }
    PrintStream s = out;
    synchronized (s) {
      s.print(sb);
      s.flush();
    }
  }

  /**
   * Writes {@code bytes} as they are, without a header, then a line break, where the log goes:
   * what Pipy's {@code print()} filter does with each {@code Data}. Not subject to the level.
   */
  public static void writeRaw(byte[] bytes) {
    PrintStream s = out;
    synchronized (s) {
      s.write(bytes, 0, bytes.length);
      s.write('\n');
      s.flush();
    }
  }
}
