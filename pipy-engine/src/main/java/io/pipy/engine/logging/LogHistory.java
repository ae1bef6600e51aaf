package io.pipy.engine.logging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latest lines of every logger, by logger name, for the admin service's log viewer (Pipy's
 * log history): up to {@link #capacity()} bytes per logger, oldest lines dropped first. Fed by
 * its own {@link LogSink}, so loggers never wait for it.
 */
public final class LogHistory {

  private static volatile int capacity = 1 << 20;
  private static final Map<String, Ring> RINGS = new TreeMap<>();

  private static final class Ring {
    final ArrayDeque<byte[]> lines = new ArrayDeque<>();
    long bytes;
  }

  static final LogSink SINK = new LogSink("history", 100_000, 16L << 20) {
    @Override
    protected void write(List<Record> batch) {
      synchronized (RINGS) {
        for (Record r : batch) add(r.logger(), r.bytes());
      }
    }

    @Override
    protected long idleNanos() {
      return 0;
    }
  };

  private LogHistory() {
  }

  /** Bytes kept per logger. */
  public static int capacity() {
    return capacity;
  }

  /** Sets the bytes kept per logger (0 keeps none). */
  public static void capacity(int bytes) {
    capacity = Math.max(0, bytes);
  }

  private static void add(String name, byte[] line) {
    int cap = capacity;
    if (cap == 0) return;
    Ring r = RINGS.computeIfAbsent(name, k -> new Ring());
    r.lines.addLast(line);
    r.bytes += line.length + 1;
    while (r.bytes > cap && !r.lines.isEmpty()) r.bytes -= r.lines.pollFirst().length + 1;
  }

  /** The names of loggers that wrote something. */
  public static List<String> names() {
    synchronized (RINGS) {
      return new ArrayList<>(RINGS.keySet());
    }
  }

  /** The kept lines of logger {@code name}, each ending in a line break; null if it never wrote. */
  public static String tail(String name) {
    SINK.flush(1000);
    synchronized (RINGS) {
      Ring r = RINGS.get(name);
      if (r == null) return null;
      StringBuilder sb = new StringBuilder();
      for (byte[] l : r.lines) sb.append(new String(l, StandardCharsets.UTF_8)).append('\n');
      return sb.toString();
    }
  }
}
