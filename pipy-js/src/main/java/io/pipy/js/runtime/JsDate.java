package io.pipy.js.runtime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A {@code Date} object, and the date arithmetic of ECMAScript 2020 (section 20.4.1): time values
 * are milliseconds since the epoch as doubles, NaN for an invalid date, clipped to
 * &plusmn;8.64e15. The local time zone is the JVM's default.
 */
public final class JsDate extends JsObject {

  public static final double MS_PER_DAY = 86400000.0;
  public static final double MAX_TIME = 8.64e15;

  /** The time value: ms since the epoch, or NaN. */
  public double time;

  public JsDate(JsObject proto, double time) {
    super(proto);
    this.time = time;
  }

  @Override
  public String className() {
    return "Date";
  }

  // ------------------------------------------------------------------ arithmetic

  /** TimeClip. */
  public static double timeClip(double t) {
    if (!Double.isFinite(t) || Math.abs(t) > MAX_TIME) return Double.NaN;
    double i = t < 0 ? Math.ceil(t) : Math.floor(t);
    return i + 0.0;
  }

  static double toInteger(double d) {
    if (d != d) return 0;
    if (Double.isInfinite(d)) return d;
    return d < 0 ? Math.ceil(d) : Math.floor(d);
  }

  static double mod(double a, double b) {
    double r = a % b;
    return r < 0 ? r + b : r;
  }

  public static double day(double t) {
    return Math.floor(t / MS_PER_DAY);
  }

  public static double timeWithinDay(double t) {
    return mod(t, MS_PER_DAY);
  }

  /** Days from 1970-01-01 to year-month(1-12)-day in the proleptic Gregorian calendar. */
  static long daysFromCivil(long y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    int mp = (m + 9) % 12;
    long doy = (153L * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  /** {year, month (0-11), date (1-31)} of a day number. */
  static long[] civilFromDays(long z) {
    z += 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    return new long[] {m <= 2 ? y + 1 : y, m - 1, d};
  }

  /** MakeDay(year, month, date). */
  public static double makeDay(double year, double month, double date) {
    if (!Double.isFinite(year) || !Double.isFinite(month) || !Double.isFinite(date)) return Double.NaN;
    double y = toInteger(year);
    double m = toInteger(month);
    double dt = toInteger(date);
    double ym = y + Math.floor(m / 12);
    double mn = mod(m, 12);
    if (Math.abs(ym) > 400000) return Double.NaN;
    return daysFromCivil((long) ym, (int) mn + 1, 1) + dt - 1;
  }

  /** MakeTime(hour, min, sec, ms). */
  public static double makeTime(double h, double m, double s, double ms) {
    if (!Double.isFinite(h) || !Double.isFinite(m) || !Double.isFinite(s) || !Double.isFinite(ms)) return Double.NaN;
    return toInteger(h) * 3600000.0 + toInteger(m) * 60000.0 + toInteger(s) * 1000.0 + toInteger(ms);
  }

  /** MakeDate(day, time). */
  public static double makeDate(double day, double time) {
    if (!Double.isFinite(day) || !Double.isFinite(time)) return Double.NaN;
    double r = day * MS_PER_DAY + time;
    return Double.isFinite(r) ? r : Double.NaN;
  }

  /** The fields of a (finite) time value. */
  public static final class Fields {
    public final long year;
    public final int month;
    public final int date;
    public final int hours;
    public final int minutes;
    public final int seconds;
    public final int ms;
    public final int weekDay;

    Fields(double t) {
      long days = (long) Math.floor(t / MS_PER_DAY);
      long within = (long) (t - days * MS_PER_DAY);
      long[] c = civilFromDays(days);
      year = c[0];
      month = (int) c[1];
      date = (int) c[2];
      hours = (int) (within / 3600000);
      minutes = (int) (within / 60000 % 60);
      seconds = (int) (within / 1000 % 60);
      ms = (int) (within % 1000);
      weekDay = (int) Math.floorMod(days + 4, 7L);
    }
  }

  /** The fields of {@code t}, or null when it is NaN. */
  public static Fields fields(double t) {
    return t != t ? null : new Fields(t);
  }

  // ------------------------------------------------------------------ local time

  private static ZoneRules rules() {
    return ZoneId.systemDefault().getRules();
  }

  /** The local offset from UTC, in ms, at UTC time {@code t}. */
  public static double offsetAt(double t) {
    if (t != t) return Double.NaN;
    long ms = (long) Math.max(Math.min(t, MAX_TIME * 2), -MAX_TIME * 2);
    return rules().getOffset(Instant.ofEpochMilli(ms)).getTotalSeconds() * 1000.0;
  }

  /** LocalTime(t). */
  public static double localTime(double t) {
    if (t != t) return Double.NaN;
    return t + offsetAt(t);
  }

  /** UTC(t): local time to UTC; in a gap the offset before the transition is used. */
  public static double utc(double t) {
    if (!Double.isFinite(t)) return Double.NaN;
    long ms = (long) Math.max(Math.min(t, MAX_TIME * 2), -MAX_TIME * 2);
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000L), (int) Math.floorMod(ms, 1000L) * 1_000_000, ZoneOffset.UTC);
    ZoneRules r = rules();
    List<ZoneOffset> valid = r.getValidOffsets(ldt);
    ZoneOffset off;
    if (!valid.isEmpty()) {
      off = valid.get(0);
    } else {
      ZoneOffsetTransition tr = r.getTransition(ldt);
      off = tr != null ? tr.getOffsetBefore() : r.getOffset(Instant.ofEpochMilli(ms));
    }
    return t - off.getTotalSeconds() * 1000.0;
  }

  // ------------------------------------------------------------------ formatting

  private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  static String pad(long v, int width) {
    String s = Long.toString(Math.abs(v));
    StringBuilder sb = new StringBuilder();
    if (v < 0) sb.append('-');
    for (int i = s.length(); i < width; i++) sb.append('0');
    return sb.append(s).toString();
  }

  /** "-0001", "2024", "275760". */
  static String yearString(long y) {
    return pad(y, 4);
  }

  /** "Tue Mar 05 2024". */
  public static String dateString(double tv) {
    Fields f = new Fields(localTime(tv));
    return DAYS[f.weekDay] + " " + MONTHS[f.month] + " " + pad(f.date, 2) + " " + yearString(f.year);
  }

  /** "10:20:30 GMT+0000 (Coordinated Universal Time)". */
  public static String timeString(double tv) {
    Fields f = new Fields(localTime(tv));
    return pad(f.hours, 2) + ":" + pad(f.minutes, 2) + ":" + pad(f.seconds, 2) + " " + timeZoneString(tv);
  }

  static String timeZoneString(double tv) {
    int offMin = (int) (offsetAt(tv) / 60000);
    String sign = offMin >= 0 ? "+" : "-";
    int a = Math.abs(offMin);
    String s = "GMT" + sign + pad(a / 60, 2) + pad(a % 60, 2);
    TimeZone tz = TimeZone.getDefault();
    boolean dst = rules().isDaylightSavings(Instant.ofEpochMilli((long) tv));
    String name = tz.getDisplayName(dst, TimeZone.LONG, Locale.US);
    return name == null || name.isEmpty() ? s : s + " (" + name + ")";
  }

  /** Date.prototype.toString. */
  public static String toDateString(double tv) {
    if (tv != tv) return "Invalid Date";
    return dateString(tv) + " " + timeString(tv);
  }

  /** "Tue, 05 Mar 2024 10:20:30 GMT". */
  public static String utcString(double tv) {
    if (tv != tv) return "Invalid Date";
    Fields f = new Fields(tv);
    return DAYS[f.weekDay] + ", " + pad(f.date, 2) + " " + MONTHS[f.month] + " " + yearString(f.year) + " "
        + pad(f.hours, 2) + ":" + pad(f.minutes, 2) + ":" + pad(f.seconds, 2) + " GMT";
  }

  /** "2024-03-05T10:20:30.045Z"; null for an invalid date. */
  public static String isoString(double tv) {
    if (tv != tv) return null;
    Fields f = new Fields(tv);
    String y = f.year >= 0 && f.year <= 9999 ? pad(f.year, 4) : (f.year < 0 ? "-" : "+") + pad(Math.abs(f.year), 6);
    return y + "-" + pad(f.month + 1, 2) + "-" + pad(f.date, 2) + "T" + pad(f.hours, 2) + ":" + pad(f.minutes, 2) + ":"
        + pad(f.seconds, 2) + "." + pad(f.ms, 3) + "Z";
  }

  /** en-US "3/5/2024". */
  public static String localeDateString(double tv) {
    if (tv != tv) return "Invalid Date";
    Fields f = new Fields(localTime(tv));
    return (f.month + 1) + "/" + f.date + "/" + f.year;
  }

  /** en-US "10:20:30 AM". */
  public static String localeTimeString(double tv) {
    if (tv != tv) return "Invalid Date";
    Fields f = new Fields(localTime(tv));
    int h = f.hours % 12;
    return (h == 0 ? 12 : h) + ":" + pad(f.minutes, 2) + ":" + pad(f.seconds, 2) + (f.hours < 12 ? " AM" : " PM");
  }

  // ------------------------------------------------------------------ parsing

  /** Date.parse: ISO 8601 forms first, then the forms toString/toUTCString produce and common others. */
  public static double parse(String s) {
    String str = s.trim();
    double t = parseIso(str);
    if (t == t) return t;
    return DateParser.parseLegacy(str);
  }

  private static int digits(String s, int pos, int n) {
    if (pos + n > s.length()) return -1;
    int v = 0;
    for (int i = pos; i < pos + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The ECMAScript date time string format; NaN if {@code s} is not in it. */
  static double parseIso(String s) {
    int p = 0;
    int n = s.length();
    long year;
    if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      int y = digits(s, 1, 6);
      if (y < 0) return Double.NaN;
      if (y == 0 && s.charAt(0) == '-') return Double.NaN;
      year = s.charAt(0) == '-' ? -y : y;
      p = 7;
    } else {
      int y = digits(s, 0, 4);
      if (y < 0) return Double.NaN;
      year = y;
      p = 4;
    }
    int month = 1;
    int day = 1;
    if (p < n && s.charAt(p) == '-') {
      month = digits(s, p + 1, 2);
      if (month < 1 || month > 12) return Double.NaN;
      p += 3;
      if (p < n && s.charAt(p) == '-') {
        day = digits(s, p + 1, 2);
        if (day < 1 || day > 31) return Double.NaN;
        p += 3;
      }
    }
    double dayNum = makeDay(year, month - 1, day);
    if (p == n) return timeClip(makeDate(dayNum, 0));
    if (s.charAt(p) != 'T' && s.charAt(p) != 't') return Double.NaN;
    p++;
    int h = digits(s, p, 2);
    if (h < 0 || p + 2 >= n || s.charAt(p + 2) != ':') return Double.NaN;
    int mi = digits(s, p + 3, 2);
    if (mi < 0) return Double.NaN;
    p += 5;
    int sec = 0;
    double ms = 0;
    if (p < n && s.charAt(p) == ':') {
      sec = digits(s, p + 1, 2);
      if (sec < 0) return Double.NaN;
      p += 3;
      if (p < n && s.charAt(p) == '.') {
        p++;
        int start = p;
        while (p < n && Character.isDigit(s.charAt(p))) p++;
        if (p == start) return Double.NaN;
        String frac = (s.substring(start, Math.min(p, start + 3)) + "00").substring(0, 3);
        ms = Integer.parseInt(frac);
      }
    }
    if (h > 24 || mi > 59 || sec > 59 || (h == 24 && (mi != 0 || sec != 0 || ms != 0))) return Double.NaN;
    double time = makeDate(dayNum, makeTime(h, mi, sec, ms));
    if (p == n) return timeClip(utc(time));
    char c = s.charAt(p);
    if ((c == 'Z' || c == 'z') && p + 1 == n) return timeClip(time);
    if (c == '+' || c == '-') {
      int oh = digits(s, p + 1, 2);
      int om;
      if (p + 3 < n && s.charAt(p + 3) == ':') {
        om = digits(s, p + 4, 2);
        if (p + 6 != n) return Double.NaN;
      } else {
        om = digits(s, p + 3, 2);
        if (p + 5 != n) return Double.NaN;
      }
      if (oh < 0 || om < 0 || oh > 23 || om > 59) return Double.NaN;
      double off = (oh * 60 + om) * 60000.0;
      return timeClip(c == '+' ? time - off : time + off);
    }
    return Double.NaN;
  }
}
