package io.pipy.engine.core;

import io.pipy.api.script.ScriptError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** The text encodings scripts name for {@code Data}: utf8, hex, base64, base64url. */
enum DataEncoding {
  UTF8, HEX, BASE64, BASE64URL;

  static DataEncoding of(String where, Object name) {
    if (Args.absent(name)) return UTF8;
    String s = String.valueOf(name);
    switch (s) {
      case "utf8", "utf-8", "UTF8", "UTF-8": return UTF8;
      case "hex": return HEX;
      case "base64": return BASE64;
      case "base64url": return BASE64URL;
      default: throw ScriptError.typeError(where + ": unknown encoding '" + s + "' (expected: utf8, hex, base64, base64url)");
    }
  }

  /** Decodes {@code text} to bytes; throws {@link IllegalArgumentException} when it is malformed. */
  byte[] decode(String text) {
    return switch (this) {
      case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
      case HEX -> HexFormat.of().parseHex(text);
      case BASE64 -> Base64.getMimeDecoder().decode(text);
      case BASE64URL -> Base64.getUrlDecoder().decode(stripPadding(text));
    };
  }

  String encode(byte[] bytes) {
    return switch (this) {
      case UTF8 -> new String(bytes, StandardCharsets.UTF_8);
      case HEX -> HexFormat.of().formatHex(bytes);
      case BASE64 -> Base64.getEncoder().encodeToString(bytes);
      case BASE64URL -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    };
  }

  private static String stripPadding(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '=') end--;
    return s.substring(0, end);
  }
}
