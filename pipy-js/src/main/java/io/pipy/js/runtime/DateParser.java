package io.pipy.js.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The fallback date parser for strings outside the ISO format: what {@code toString} and
 * {@code toUTCString} produce ("Tue Mar 05 2024 10:20:30 GMT+0000 (…)", "Tue, 05 Mar 2024
 * 10:20:30 GMT"), and common forms such as "Mar 5, 2024", "5 March 2024 14:30 UTC", "3/5/2024
 * 10:20 PM", "2024/03/05" and "2024-03-05 10:20". Without a zone these are local time.
 */
final class DateParser {

  private DateParser() {
  }

  private record Tok(char kind, String text, long num) {
    // kind: 'n' number, 'w' word (lower case), 's' symbol
  }

  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};
  private static final String[] DAYS = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

  private static List<Tok> tokenize(String s) {
    List<Tok> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        int depth = 0;
        while (i < n) {
          char d = s.charAt(i++);
          if (d == '(') depth++;
          else if (d == ')' && --depth == 0) break;
        }
      } else if (c >= '0' && c <= '9') {
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        String t = s.substring(start, i);
        if (t.length() > 9) return null;
        out.add(new Tok('n', t, Long.parseLong(t)));
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n && Character.isLetter(s.charAt(i))) i++;
        out.add(new Tok('w', s.substring(start, i).toLowerCase(java.util.Locale.ROOT), 0));
      } else {
        out.add(new Tok('s', String.valueOf(c), 0));
        i++;
      }
    }
    return out;
  }

  private static boolean isSym(List<Tok> t, int i, char c) {
    return i < t.size() && t.get(i).kind == 's' && t.get(i).text.charAt(0) == c;
  }

  private static boolean isNum(List<Tok> t, int i) {
    return i < t.size() && t.get(i).kind == 'n';
  }

  private static int prefixOf(String[] names, String w) {
    if (w.length() < 3) return -1;
    for (int i = 0; i < names.length; i++) if (names[i].startsWith(w)) return i;
    return -1;
  }

  static double parseLegacy(String s) {
    List<Tok> t = tokenize(s);
    if (t == null || t.isEmpty()) return Double.NaN;
    List<Tok> nums = new ArrayList<>();
    char sep = 0;
    int month = -1;
    long hour = -1;
    long minute = 0;
    long second = 0;
    long ms = 0;
    int ampm = 0;
    Integer offset = null;
    boolean zoneWord = false;
    int i = 0;
    while (i < t.size()) {
      Tok k = t.get(i);
      if (k.kind == 'n' && isSym(t, i + 1, ':')) {
        if (hour >= 0 || !isNum(t, i + 2)) return Double.NaN;
        hour = k.num;
        minute = t.get(i + 2).num;
        i += 3;
        if (isSym(t, i, ':') && isNum(t, i + 1)) {
          second = t.get(i + 1).num;
          i += 2;
          if (isSym(t, i, '.') && isNum(t, i + 1)) {
            String f = (t.get(i + 1).text + "00").substring(0, 3);
            ms = Long.parseLong(f);
            i += 2;
          }
        }
      } else if (k.kind == 'n') {
        nums.add(k);
        i++;
        while ((isSym(t, i, '/') || isSym(t, i, '-')) && isNum(t, i + 1) && !isSym(t, i + 2, ':')
            && (hour < 0 || nums.size() > 0) && !zoneWord) {
          char c = t.get(i).text.charAt(0);
          if (sep != 0 && sep != c) return Double.NaN;
          sep = c;
          nums.add(t.get(i + 1));
          i += 2;
        }
      } else if (k.kind == 's' && (k.text.equals("+") || k.text.equals("-")) && isNum(t, i + 1)
          && (hour >= 0 || zoneWord)) {
        Tok v = t.get(i + 1);
        int mins;
        i += 2;
        if (v.text.length() == 4) {
          mins = (int) (v.num / 100 * 60 + v.num % 100);
        } else if (v.text.length() <= 2) {
          mins = (int) v.num * 60;
          if (isSym(t, i, ':') && isNum(t, i + 1)) {
            mins += (int) t.get(i + 1).num;
            i += 2;
          }
        } else {
          return Double.NaN;
        }
        offset = k.text.equals("-") ? -mins : mins;
      } else if (k.kind == 'w') {
        String w = k.text;
        i++;
        if (w.equals("am") || w.equals("pm")) {
          ampm = w.equals("am") ? 1 : 2;
        } else if (w.equals("utc") || w.equals("gmt") || w.equals("ut") || w.equals("z")) {
          zoneWord = true;
          if (offset == null) offset = 0;
        } else if (prefixOf(MONTHS, w) >= 0) {
          if (month >= 0) return Double.NaN;
          month = prefixOf(MONTHS, w);
        } else if (prefixOf(DAYS, w) >= 0) {
          // the day of the week is ignored
        } else {
          return Double.NaN;
        }
      } else if (k.kind == 's' && (k.text.equals(",") || k.text.equals("."))) {
        i++;
      } else {
        return Double.NaN;
      }
    }
    long year;
    long day;
    if (month >= 0) {
      if (nums.size() == 2) {
        Tok a = nums.get(0);
        Tok b = nums.get(1);
        if (a.num > 31 || a.text.length() >= 3) {
          year = a.num;
          day = b.num;
          if (b.text.length() >= 3) return Double.NaN;
        } else {
          day = a.num;
          year = twoDigitYear(b);
        }
        if (a.num > 31 || a.text.length() >= 3) year = a.num;
      } else if (nums.size() == 1 && (nums.get(0).num > 31 || nums.get(0).text.length() >= 3)) {
        year = nums.get(0).num;
        day = 1;
      } else {
        return Double.NaN;
      }
    } else if (nums.size() == 3) {
      Tok a = nums.get(0);
      if (a.num > 31 || a.text.length() >= 3) {
        year = a.num;
        month = (int) nums.get(1).num - 1;
        day = nums.get(2).num;
      } else {
        month = (int) a.num - 1;
        day = nums.get(1).num;
        year = twoDigitYear(nums.get(2));
      }
    } else if (nums.size() == 1 && sep == 0) {
      year = twoDigitYear(nums.get(0));
      month = 0;
      day = 1;
    } else {
      return Double.NaN;
    }
    if (month < 0 || month > 11 || day < 1 || day > 31) return Double.NaN;
    if (hour < 0) {
      if (ampm != 0) return Double.NaN;
      hour = 0;
    }
    if (ampm != 0) {
      if (hour > 12) return Double.NaN;
      hour = hour % 12 + (ampm == 2 ? 12 : 0);
    }
    if (hour > 24 || minute > 59 || second > 59 || (hour == 24 && (minute | second | ms) != 0)) return Double.NaN;
    double local = JsDate.makeDate(JsDate.makeDay(year, month, day), JsDate.makeTime(hour, minute, second, ms));
    double tv = offset != null ? local - offset * 60000.0 : JsDate.utc(local);
    return JsDate.timeClip(tv);
  }

  private static long twoDigitYear(Tok y) {
    if (y.text.length() <= 2) return y.num < 50 ? 2000 + y.num : 1900 + y.num;
    return y.num;
  }
}
