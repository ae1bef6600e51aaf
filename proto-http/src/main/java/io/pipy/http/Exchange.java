package io.pipy.http;

import io.pipy.api.Message;

/**
 * A request {@code serveHTTP} has read but not answered yet, holding its place in the order of
 * answers: pipelined requests are answered in the order they came, however their handlers
 * settle.
 */
final class Exchange {

  /** The request's method. */
  final String method;
  /** Whether the connection closes after the answer. */
  final boolean close;
  /** The answer, once known. */
  Message response;
  /** The input error to answer instead, if any. */
  DecodeError error;

  Exchange(String method, boolean close) {
    this.method = method;
    this.close = close;
  }

  /** An exchange answering malformed input. */
  static Exchange failed(DecodeError error) {
    Exchange e = new Exchange("GET", true);
    e.error = error;
    return e;
  }

  /** Whether the answer can be sent. */
  boolean ready() {
    return response != null || error != null;
  }
}
