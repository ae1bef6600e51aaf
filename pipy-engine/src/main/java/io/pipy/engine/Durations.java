package io.pipy.engine;

/**
 * Time spans as Pipy scripts write them: a number of seconds, or a number with a unit
 * ({@code 100ms}, {@code 5s}, {@code 2m}, {@code 1h}, {@code 1d}; also spelled out, such as
 * {@code 5min}). Unlike Pipy, which reads only the first letter of the unit, {@code ms} means
 * milliseconds.
 */
final class Durations {

  private Durations() {
  }

  /** The span in nanoseconds; -1 when {@code text} is not a duration. */
  static long parseNanos(String text) {
    String t = text.trim();
    int i = 0;
    while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) i++;
    if (i == 0) return -1;
    double n;
    try {
      n = Double.parseDouble(t.substring(0, i));
    } catch (NumberFormatException e) {
      return -1;
    }
    String unit = t.substring(i).trim().toLowerCase();
    double seconds;
    switch (unit) {
      case "", "s", "sec", "secs", "second", "seconds": seconds = n; break;
      case "ms", "msec", "millisecond", "milliseconds": seconds = n / 1000; break;
      case "m", "min", "mins", "minute", "minutes": seconds = n * 60; break;
      case "h", "hr", "hour", "hours": seconds = n * 3600; break;
      case "d", "day", "days": seconds = n * 86400; break;
      default: return -1;
    }
    return (long) (seconds * 1e9);
  }
}
