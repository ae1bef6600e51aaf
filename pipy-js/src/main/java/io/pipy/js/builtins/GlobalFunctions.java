package io.pipy.js.builtins;

import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.math.BigInteger;

/** Global values and functions: globalThis, NaN, Infinity, undefined, parseInt, parseFloat, isNaN, isFinite, URI coding. */
public final class GlobalFunctions {

  private static final String URI_UNRESERVED_MARKS = "-_.!~*'()";
  private static final String URI_RESERVED = ";/?:@&=+$,";

  private GlobalFunctions() {
  }

  static void install(Realm realm) {
    realm.global.defineOwn("globalThis", realm.global, Shape.HIDDEN);
    realm.global.defineOwn("NaN", Double.NaN, 0);
    realm.global.defineOwn("Infinity", Double.POSITIVE_INFINITY, 0);
    realm.global.defineOwn("undefined", Ops.UNDEFINED, 0);
    var parseInt = realm.method(realm.global, "parseInt", 2, (ctx, self, args) -> parseInt(Ops.toString(Arg.get(args, 0), ctx), Arg.get(args, 1)));
    var parseFloat = realm.method(realm.global, "parseFloat", 1, (ctx, self, args) -> parseFloat(Ops.toString(Arg.get(args, 0), ctx)));
    realm.method(realm.global, "isNaN", 1, (ctx, self, args) -> Double.isNaN(Ops.toNumber(Arg.get(args, 0))));
    realm.method(realm.global, "isFinite", 1, (ctx, self, args) -> Double.isFinite(Ops.toNumber(Arg.get(args, 0))));
    realm.intrinsic("Number").defineOwn("parseInt", parseInt, Shape.HIDDEN);
    realm.intrinsic("Number").defineOwn("parseFloat", parseFloat, Shape.HIDDEN);
    realm.method(realm.global, "encodeURIComponent", 1,
        (ctx, self, args) -> encode(realm, Ops.toString(Arg.get(args, 0), ctx), URI_UNRESERVED_MARKS));
    realm.method(realm.global, "encodeURI", 1,
        (ctx, self, args) -> encode(realm, Ops.toString(Arg.get(args, 0), ctx), URI_UNRESERVED_MARKS + URI_RESERVED + "#"));
    realm.method(realm.global, "decodeURIComponent", 1, (ctx, self, args) -> decode(realm, Ops.toString(Arg.get(args, 0), ctx), ""));
    realm.method(realm.global, "decodeURI", 1, (ctx, self, args) -> decode(realm, Ops.toString(Arg.get(args, 0), ctx), URI_RESERVED + "#"));
  }

  /** StrWhiteSpaceChar: WhiteSpace or LineTerminator. */
  static boolean isWhiteSpace(char c) {
    switch (c) {
      case '\t': case '\n': case 0x0b: case '\f': case '\r': case ' ': case 0xa0: case 0x1680: case 0x2028: case 0x2029:
      case 0x202f: case 0x205f: case 0x3000: case 0xfeff:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200a;
    }
  }

  private static int skipWhiteSpace(String s) {
    int i = 0;
    while (i < s.length() && isWhiteSpace(s.charAt(i))) i++;
    return i;
  }

  /** The value of ASCII digit {@code c} in {@code radix}, or -1. */
  static int digit(char c, int radix) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
    else return -1;
    return d < radix ? d : -1;
  }

  static Object parseInt(String input, Object radixArg) {
    String s = input;
    int i = skipWhiteSpace(s);
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int radix = Ops.toInt32(radixArg);
    boolean stripPrefix = true;
    if (radix != 0) {
      if (radix < 2 || radix > 36) return Double.NaN;
      if (radix != 16) stripPrefix = false;
    } else {
      radix = 10;
    }
    if (stripPrefix && i + 1 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
      i += 2;
      radix = 16;
    }
    int start = i;
    while (i < s.length() && digit(s.charAt(i), radix) >= 0) i++;
    if (i == start) return Double.NaN;
    String digits = s.substring(start, i);
    double v;
    if (digits.length() <= 10) v = Long.parseLong(digits, radix);
    else if (radix == 10) v = Double.parseDouble(digits);
    else v = new BigInteger(digits, radix).doubleValue();
    if (negative) return v == 0 ? (Object) (-0.0) : Ops.num(-v);
    return Ops.num(v);
  }

  static Object parseFloat(String input) {
    String s = input;
    int begin = skipWhiteSpace(s);
    int i = begin;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
    if (s.startsWith("Infinity", i)) return s.charAt(begin) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    int digitsStart = i;
    int nDigits = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
      nDigits++;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      int dot = i;
      i++;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
        nDigits++;
      }
      if (nDigits == 0) i = dot;
    }
    if (nDigits == 0) return Double.NaN;
    int mantissaEnd = i;
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
      int expStart = j;
      while (j < s.length() && isDigit(s.charAt(j))) j++;
      if (j > expStart) mantissaEnd = j;
    }
    return Ops.num(Double.parseDouble(s.substring(begin, mantissaEnd)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Encode: UTF-8 percent-escapes of everything but ASCII letters, digits and {@code unescaped}. */
  static String encode(Realm realm, String s, String unescaped) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c < 128 && unescaped.indexOf(c) >= 0)) {
        if (sb != null) sb.append(c);
        continue;
      }
      if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      int cp;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) throw uriError(realm);
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isLowSurrogate(c)) {
        throw uriError(realm);
      } else {
        cp = c;
      }
      if (cp < 0x80) {
        escape(sb, cp);
      } else if (cp < 0x800) {
        escape(sb, 0xc0 | (cp >> 6));
        escape(sb, 0x80 | (cp & 0x3f));
      } else if (cp < 0x10000) {
        escape(sb, 0xe0 | (cp >> 12));
        escape(sb, 0x80 | ((cp >> 6) & 0x3f));
        escape(sb, 0x80 | (cp & 0x3f));
      } else {
        escape(sb, 0xf0 | (cp >> 18));
        escape(sb, 0x80 | ((cp >> 12) & 0x3f));
        escape(sb, 0x80 | ((cp >> 6) & 0x3f));
        escape(sb, 0x80 | (cp & 0x3f));
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static void escape(StringBuilder sb, int b) {
    sb.append('%').append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
  }

  /** Decode: percent-escapes of UTF-8 back to text, except escapes of characters in {@code reserved}. */
  static String decode(Realm realm, String s, String reserved) {
    int first = s.indexOf('%');
    if (first < 0) return s;
    StringBuilder sb = new StringBuilder(s.length()).append(s, 0, first);
    int i = first;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '%') {
        sb.append(c);
        i++;
        continue;
      }
      int start = i;
      int b = hexByte(realm, s, i);
      i += 3;
      if (b < 0x80) {
        char ch = (char) b;
        if (reserved.indexOf(ch) >= 0) sb.append(s, start, i);
        else sb.append(ch);
        continue;
      }
      int n;
      int cp;
      if ((b & 0xe0) == 0xc0) {
        n = 2;
        cp = b & 0x1f;
      } else if ((b & 0xf0) == 0xe0) {
        n = 3;
        cp = b & 0x0f;
      } else if ((b & 0xf8) == 0xf0) {
        n = 4;
        cp = b & 0x07;
      } else {
        throw uriError(realm);
      }
      for (int k = 1; k < n; k++) {
        if (i >= s.length() || s.charAt(i) != '%') throw uriError(realm);
        int cb = hexByte(realm, s, i);
        if ((cb & 0xc0) != 0x80) throw uriError(realm);
        cp = (cp << 6) | (cb & 0x3f);
        i += 3;
      }
      int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw uriError(realm);
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  private static int hexByte(Realm realm, String s, int i) {
    if (i + 2 >= s.length()) throw uriError(realm);
    int h = digit(s.charAt(i + 1), 16);
    int l = digit(s.charAt(i + 2), 16);
    if (h < 0 || l < 0) throw uriError(realm);
    return h * 16 + l;
  }

  private static JsThrow uriError(Realm realm) {
    return ErrorBuiltins.error(realm, "URIError", "URI malformed");
  }
}
