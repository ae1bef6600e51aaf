package io.pipy.js.builtins;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.nio.charset.StandardCharsets;

/** Global values and functions: globalThis, NaN, Infinity, undefined, parseInt, parseFloat, isNaN, isFinite, URI coding. */
public final class GlobalFunctions {

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
    realm.method(realm.global, "encodeURIComponent", 1, (ctx, self, args) -> encode(Ops.toString(Arg.get(args, 0), ctx), "-_.!~*'()"));
    realm.method(realm.global, "encodeURI", 1, (ctx, self, args) -> encode(Ops.toString(Arg.get(args, 0), ctx), "-_.!~*'();/?:@&=+$,#"));
    realm.method(realm.global, "decodeURIComponent", 1, (ctx, self, args) -> decode(Ops.toString(Arg.get(args, 0), ctx), ""));
    realm.method(realm.global, "decodeURI", 1, (ctx, self, args) -> decode(Ops.toString(Arg.get(args, 0), ctx), ";/?:@&=+$,#"));
  }

  static Object parseInt(String input, Object radixArg) {
    String s = StringBuiltins.trim(input, true, false);
    int sign = 1;
    int i = 0;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      if (s.charAt(i) == '-') sign = -1;
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
    while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0) i++;
    if (i == start) return Double.NaN;
    String digits = s.substring(start, i);
    double v;
    if (digits.length() <= 10) {
      v = Long.parseLong(digits, radix);
    } else if (radix == 10) {
      v = Double.parseDouble(digits);
    } else {
      v = new java.math.BigInteger(digits, radix).doubleValue();
    }
    return sign < 0 && v == 0 ? (Object) (-0.0) : Ops.num(sign * v);
  }

  static Object parseFloat(String input) {
    String s = StringBuiltins.trim(input, true, false);
    int i = 0;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
    if (s.startsWith("Infinity", i)) return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    int digitsStart = i;
    while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
    }
    if (i == digitsStart || (i == digitsStart + 1 && s.charAt(digitsStart) == '.')) return Double.NaN;
    int mantissaEnd = i;
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
      int expStart = j;
      while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
      if (j > expStart) mantissaEnd = j;
    }
    return Ops.num(Double.parseDouble(s.substring(0, mantissaEnd)));
  }

  private static String encode(String s, String unreserved) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || unreserved.indexOf(c) >= 0) {
        sb.append(c);
        continue;
      }
      int cp;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) throw Errors.error("URI malformed");
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isLowSurrogate(c)) {
        throw new io.pipy.js.runtime.JsThrow(io.pipy.api.script.ScriptError.Kind.ERROR, "URI malformed");
      } else {
        cp = c;
      }
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 15, 16))).append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
      }
    }
    return sb.toString();
  }

  private static String decode(String s, String reserved) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '%') {
        sb.append(c);
        i++;
        continue;
      }
      int start = i;
      int b = hexByte(s, i);
      i += 3;
      if (b < 0x80) {
        char ch = (char) b;
        if (reserved.indexOf(ch) >= 0) sb.append(s, start, i);
        else sb.append(ch);
        continue;
      }
      int n = (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : (b & 0xf8) == 0xf0 ? 4 : -1;
      if (n < 0) throw uriError();
      byte[] bytes = new byte[n];
      bytes[0] = (byte) b;
      for (int k = 1; k < n; k++) {
        if (i >= s.length() || s.charAt(i) != '%') throw uriError();
        int cb = hexByte(s, i);
        if ((cb & 0xc0) != 0x80) throw uriError();
        bytes[k] = (byte) cb;
        i += 3;
      }
      String decoded = new String(bytes, StandardCharsets.UTF_8);
      if (decoded.indexOf('\ufffd') >= 0) throw uriError();
      sb.append(decoded);
    }
    return sb.toString();
  }

  private static int hexByte(String s, int i) {
    if (i + 2 >= s.length() + 0 && i + 2 > s.length() - 1 + 1) throw uriError();
    if (i + 2 >= s.length() + 1) throw uriError();
    int h = Character.digit(s.charAt(i + 1), 16);
    int l = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
    if (h < 0 || l < 0) throw uriError();
    return h * 16 + l;
  }

  private static RuntimeException uriError() {
    return Errors.error("URI malformed");
  }
}
