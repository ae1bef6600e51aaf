package io.pipy.http;

import java.nio.charset.StandardCharsets;

/**
 * Why the decoder gave up on its input, and the answer {@code serveHTTP} sends for it. Each
 * answer is fixed, so its bytes are made once.
 */
enum DecodeError {
  /** Malformed syntax: request or status line, header, content-length, chunk framing. */
  BAD_REQUEST(400),
  /** The request line alone is over the head size limit. */
  URI_TOO_LONG(414),
  /** The head is over the head size limit. */
  HEAD_TOO_LARGE(431),
  /** A version other than HTTP/1.0 and HTTP/1.1 (an HTTP/2 preface included). */
  VERSION_NOT_SUPPORTED(505);

  private final int status;
  private final byte[] response;

  DecodeError(int status) {
    this.status = status;
    String text = "HTTP/1.1 " + status + " " + StatusText.string(status) + "\r\n"
        + "content-length: 0\r\n"
        + "connection: close\r\n\r\n";
    this.response = text.getBytes(StandardCharsets.US_ASCII);
  }

  /** The status code of the answer. */
  int status() {
    return status;
  }

  /** The whole answer, head and (empty) body; shared, never modify. */
  byte[] response() {
    return response;
  }
}
