package io.pipy.http;

/** Comma-separated header token lists ({@code connection}, {@code transfer-encoding}). */
final class Tokens {

  private Tokens() {
  }

  /** Whether the comma-separated {@code list} holds {@code token}, compared ignoring case. */
  static boolean has(String list, String token) {
    int n = list.length();
    int i = 0;
    while (i < n) {
      int comma = list.indexOf(',', i);
      int end = comma < 0 ? n : comma;
      int s = i;
      int e = end;
      while (s < e && isSpace(list.charAt(s))) s++;
      while (e > s && isSpace(list.charAt(e - 1))) e--;
      if (e - s == token.length() && list.regionMatches(true, s, token, 0, token.length())) return true;
      i = end + 1;
    }
    return false;
  }

  /** Whether the last token of the comma-separated {@code list} is {@code token}, ignoring case. */
  static boolean endsWith(String list, String token) {
    int e = list.length();
    while (e > 0 && isSpace(list.charAt(e - 1))) e--;
    int s = list.lastIndexOf(',', e - 1) + 1;
    while (s < e && isSpace(list.charAt(s))) s++;
    return e - s == token.length() && list.regionMatches(true, s, token, 0, token.length());
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
