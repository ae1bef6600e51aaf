package io.pipy.engine.logging;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared log sinks of the process: one for standard output, one for standard error, one
 * per file (by absolute path) and one per HTTP endpoint and settings, whichever worker's logger
 * asks for them. Pending records are flushed at exit (for up to two seconds).
 */
public final class LogSinks {

  private static final ConcurrentHashMap<String, LogSink> SINKS = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> flushAll(2000), "pipy-log-flush"));
  }

  private LogSinks() {
  }

  static LogSink stdout() {
    return SINKS.computeIfAbsent("stdout", k -> StreamSink.stdout());
  }

  static LogSink stderr() {
    return SINKS.computeIfAbsent("stderr", k -> StreamSink.stderr());
  }

  static LogSink syslog(String priority) {
    return SINKS.computeIfAbsent("syslog:" + priority, k -> SyslogSink.local(priority));
  }

  static LogSink file(Path path, FileSink.Options options) {
    Path abs = path.toAbsolutePath().normalize();
    return SINKS.computeIfAbsent("file:" + abs, k -> new FileSink(abs, options, 100_000, 64L << 20));
  }

  static LogSink http(URI uri, HttpSink.Options options) {
    return SINKS.computeIfAbsent("http:" + uri + " " + options, k -> new HttpSink(uri, options));
  }

  /** Every sink in use. */
  public static List<LogSink> all() {
    List<LogSink> out = new ArrayList<>(SINKS.values());
    out.add(LogHistory.SINK);
    return out;
  }

  /** Records dropped by all sinks together. */
  public static long totalDropped() {
    long n = 0;
    for (LogSink s : all()) n += s.dropped();
    return n;
  }

  /** Waits up to {@code millis} for every sink to hand on what it holds; true if all did. */
  public static boolean flushAll(long millis) {
    long deadline = System.currentTimeMillis() + millis;
    boolean ok = true;
    for (LogSink s : all()) ok &= s.flush(Math.max(1, deadline - System.currentTimeMillis()));
    return ok;
  }

  /** Closes and forgets the sink of {@code key} (tests). */
  static void forget(LogSink sink) {
    SINKS.values().remove(sink);
    sink.close();
  }
}
