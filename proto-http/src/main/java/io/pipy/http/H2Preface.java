package io.pipy.http;

import io.pipy.api.Data;
import java.nio.charset.StandardCharsets;

/** The HTTP/2 client connection preface, and spotting it at the start of a byte stream. */
final class H2Preface {

  static final byte[] BYTES = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /** {@link #match} results. */
  static final int NO = 0;
  static final int MAYBE = 1;
  static final int YES = 2;

  private H2Preface() {
  }

  /** Whether {@code data} starts with the preface ({@code YES}), could still ({@code MAYBE}), or does not ({@code NO}). */
  static int match(Data data) {
    int n = Math.min(data.size(), BYTES.length);
    for (int i = 0; i < n; i++) {
      if (data.byteAt(i) != (BYTES[i] & 0xff)) return NO;
    }
    return n == BYTES.length ? YES : MAYBE;
  }
}
