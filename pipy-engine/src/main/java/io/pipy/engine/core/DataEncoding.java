package io.pipy.engine.core;

import io.pipy.api.script.ScriptError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The text encodings scripts name for {@code Data}: utf8, hex, base64, base64url (documented),
 * and utf16be, utf16le (which Pipy also knows). Decoding is strict, as in Pipy: malformed hex or
 * base64 is an error, not silently skipped. Unlike Pipy, base64 padding may be left out.
 */
enum DataEncoding {
  UTF8, HEX, BASE64, BASE64URL, UTF16BE, UTF16LE;

  static DataEncoding of(String where, Object name) {
    if (Args.absent(name)) return UTF8;
    String s = String.valueOf(name);
    switch (s) {
      case "utf8", "utf-8", "UTF8", "UTF-8": return UTF8;
      case "hex": return HEX;
      case "base64": return BASE64;
      case "base64url": return BASE64URL;
      case "utf16be": return UTF16BE;
      case "utf16le": return UTF16LE;
      default: throw ScriptError.typeError(where + ": unknown encoding '" + s + "' (expected: utf8, hex, base64, base64url, utf16be, utf16le)");
    }
  }

  /** Decodes {@code text} to bytes; throws {@link IllegalArgumentException} when it is malformed. */
  byte[] decode(String text) {
    return switch (this) {
      case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
      case HEX -> HexFormat.of().parseHex(text);
      case BASE64 -> Base64.getDecoder().decode(text);
      case BASE64URL -> Base64.getUrlDecoder().decode(stripPadding(text));
      case UTF16BE -> text.getBytes(StandardCharsets.UTF_16BE);
      case UTF16LE -> text.getBytes(StandardCharsets.UTF_16LE);
    };
  }

  String encode(byte[] bytes) {
    return switch (this) {
      case UTF8 -> new String(bytes, StandardCharsets.UTF_8);
      case HEX -> HexFormat.of().formatHex(bytes);
      case BASE64 -> Base64.getEncoder().encodeToString(bytes);
      case BASE64URL -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      case UTF16BE -> new String(bytes, StandardCharsets.UTF_16BE);
      case UTF16LE -> new String(bytes, StandardCharsets.UTF_16LE);
    };
  }

  private static String stripPadding(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '=') end--;
    return s.substring(0, end);
  }
}
