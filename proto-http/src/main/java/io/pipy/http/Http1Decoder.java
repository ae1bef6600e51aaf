package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.script.ObjectTemplate;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Values;

/**
 * The HTTP/1.x decoding state machine: turns a byte stream, in {@link Data} events cut at any
 * boundary, into messages reported to a {@link Listener}. Head bytes are gathered and parsed
 * once a head is complete; body bytes are handed on as retained slices ({@link Data#shift}),
 * never copied, and the slices from one input event are handed on together.
 *
 * <p>Bodies are framed as RFC 9112 section 6 says: chunked (extensions ignored, trailers parsed
 * into {@code tail.headers}), by {@code content-length}, not at all, or (responses only) until
 * the stream ends. The tail of each message holds {@code headSize} and {@code bodySize}, the
 * bytes of head and body on the wire, as Pipy's does.
 *
 * <p>The listener may call {@link #stop()} from any callback; decoding stops at once and later
 * input is released unread.
 */
final class Http1Decoder {

  /** Receives what the decoder finds. */
  interface Listener {
    /**
     * A head was decoded. For a response, returns the method of the request it answers (or
     * {@code null} if unknown): a response to {@code HEAD} has no body. Ignored for requests.
     */
    String onHead(ScriptObject head);

    /** Body bytes; the listener owns them. */
    void onBody(Data body);

    /** The end of the message, with its tail. */
    void onEnd(ScriptObject tail);

    /** The input is malformed; nothing more will be decoded. */
    void onError(DecodeError error);
  }

  /** Pipy's default limit on the size of a head: 16 KiB. */
  static final int DEFAULT_MAX_HEAD_SIZE = 16 * 1024;

  /** A chunk-size line (with extensions) longer than this is an attack, not a chunk. */
  private static final int MAX_CHUNK_LINE = 1024;

  private static final int HEAD = 0;
  private static final int BODY = 1;
  private static final int UNTIL_CLOSE = 2;
  private static final int CHUNK_SIZE = 3;
  private static final int CHUNK_DATA = 4;
  private static final int CHUNK_CR = 5;
  private static final int CHUNK_LF = 6;
  private static final int TRAILERS = 7;
  private static final int STOPPED = 8;
  private static final int PAUSED = 9;

  private final boolean response;
  private final int maxHeadSize;
  private final Listener listener;
  /** The properties of a message tail, in Pipy's order. */
  private static final String[] TAIL_KEYS = {"headSize", "bodySize"};
  private static final String[] TAIL_WITH_TRAILERS_KEYS = {"headers", "headSize", "bodySize"};

  private final ObjectTemplate tails;
  private final ObjectTemplate tailsWithTrailers;
  private final HeadScanner scanner = new HeadScanner();
  private final HeadParser parser;

  private int state = HEAD;
  private long remaining;
  private int headSize;
  private long bodySize;
  private ScriptObject trailers;
  private Data pending;
  private Data rest;

  Http1Decoder(boolean response, int maxHeadSize, ScriptRuntime scripts, Listener listener) {
    this.response = response;
    this.maxHeadSize = maxHeadSize;
    this.listener = listener;
    this.parser = new HeadParser(scripts);
    this.tails = scripts.template(TAIL_KEYS);
    this.tailsWithTrailers = scripts.template(TAIL_WITH_TRAILERS_KEYS);
  }

  /** Decodes {@code data}, which this decoder owns from now on. */
  void feed(Data data) {
    try {
      while (state != STOPPED && state != PAUSED && !data.isEmpty()) {
        switch (state) {
          case HEAD -> readHead(data);
          case BODY -> {
            readBody(data);
            if (remaining == 0) endMessage();
          }
          case UNTIL_CLOSE -> {
            bodySize += data.size();
            addBody(data.shift(data.size()));
          }
          case CHUNK_SIZE -> readChunkSize(data);
          case CHUNK_DATA -> {
            readBody(data);
            if (remaining == 0) state = CHUNK_CR;
          }
          case CHUNK_CR -> {
            int c = data.byteAt(0);
            if (c == '\r') {
              state = CHUNK_LF;
            } else if (c == '\n') {
              state = CHUNK_SIZE;
            } else {
              fail(DecodeError.BAD_REQUEST);
              break;
            }
            data.skip(1);
            bodySize++;
          }
          case CHUNK_LF -> {
            if (data.byteAt(0) != '\n') {
              fail(DecodeError.BAD_REQUEST);
              break;
            }
            data.skip(1);
            bodySize++;
            state = CHUNK_SIZE;
          }
          case TRAILERS -> readTrailers(data);
          default -> throw new IllegalStateException("decoder state " + state);
        }
      }
      flushBody();
    } finally {
      if (state == PAUSED && !data.isEmpty()) {
        if (rest == null) rest = new Data();
        rest.push(data);
      }
      data.release();
    }
  }

  /**
   * Stops decoding after the current message, from {@code onEnd}: {@link #feed} returns and
   * keeps the bytes it has not read, for {@link #takeRest()}. Used when the connection turns
   * into something else (a tunnel, HTTP/2) or must wait before reading on.
   */
  void pause() {
    if (state == HEAD) state = PAUSED;
  }

  /** Whether decoding is paused. */
  boolean paused() {
    return state == PAUSED;
  }

  /** The bytes left unread when decoding paused, or {@code null}; the caller owns them. */
  Data takeRest() {
    Data d = rest;
    rest = null;
    return d;
  }

  /** Goes on decoding after a {@link #pause()}; feed it the rest first. */
  void resume() {
    if (state == PAUSED) state = HEAD;
  }

  /**
   * The input stream ended. A response read until the end of the stream is complete now; any
   * other message in progress is cut short.
   *
   * @return whether a message was cut short
   */
  boolean end() {
    if (state == UNTIL_CLOSE) {
      endMessage();
      return false;
    }
    boolean cut = state != HEAD && state != STOPPED && state != PAUSED || state == HEAD && scanner.length() > 0;
    stop();
    return cut;
  }

  /** Whether the decoder is between messages or inside a head (no message started yet). */
  boolean inHead() {
    return state == HEAD;
  }

  /** Stops decoding: later input is released unread. */
  void stop() {
    state = STOPPED;
    if (pending != null) {
      pending.release();
      pending = null;
    }
    if (rest != null) {
      rest.release();
      rest = null;
    }
  }

  /** Makes the decoder ready for a new stream. */
  void reset() {
    stop();
    state = HEAD;
    scanner.clear();
    remaining = 0;
    headSize = 0;
    bodySize = 0;
    trailers = null;
  }

  /** The method of the request being decoded (valid from {@code onHead} to {@code onEnd}). */
  String method() {
    return parser.method;
  }

  /** The protocol of the message being decoded. */
  String protocol() {
    return parser.protocol;
  }

  /** The {@code upgrade} header of the message being decoded, or {@code null}. */
  String upgrade() {
    return parser.upgrade;
  }

  /** Whether the message being decoded asks for the connection to close after it. */
  boolean isFinal() {
    return parser.isFinal();
  }

  private void readHead(Data data) {
    int r = scanner.scan(data, maxHeadSize, HeadScanner.BLOCK_SKIP_LEADING);
    if (r == HeadScanner.INCOMPLETE) {
      // A request line starts with a method token. Bytes that cannot start one (a TLS
      // ClientHello, binary junk) are answered now, as nginx does, rather than after a line end
      // that may never come.
      if (!response && scanner.onFirstLine() && !HeadParser.mayStartRequest(scanner.buffer(), scanner.length())) {
        scanner.clear();
        fail(DecodeError.BAD_REQUEST);
      }
      return;
    }
    if (r == HeadScanner.TOO_LARGE) {
      fail(!response && scanner.onFirstLine() ? DecodeError.URI_TOO_LONG : DecodeError.HEAD_TOO_LARGE);
      return;
    }
    byte[] b = scanner.buffer();
    int len = scanner.length();
    boolean ok = response ? parser.parseResponse(b, len) : parser.parseRequest(b, len);
    headSize = len;
    scanner.clear();
    if (!ok) {
      fail(parser.error);
      return;
    }
    String requestMethod = listener.onHead(parser.head);
    if (state == STOPPED) return;
    bodySize = 0;
    trailers = null;
    if (response) {
      frameResponse(requestMethod);
    } else if (parser.transferEncoding != null) {
      state = CHUNK_SIZE;
    } else if (parser.contentLength > 0) {
      remaining = parser.contentLength;
      state = BODY;
    } else {
      endMessage();
    }
  }

  private void frameResponse(String requestMethod) {
    int status = parser.status;
    boolean bodiless = "HEAD".equals(requestMethod)
        || status < 200 || status == 204 || status == 304
        || "CONNECT".equals(requestMethod) && status < 300;
    if (bodiless) {
      endMessage();
    } else if (parser.transferEncoding != null) {
      state = parser.isChunked() ? CHUNK_SIZE : UNTIL_CLOSE;
    } else if (parser.contentLength > 0) {
      remaining = parser.contentLength;
      state = BODY;
    } else if (parser.contentLength == 0) {
      endMessage();
    } else {
      state = UNTIL_CLOSE;
    }
  }

  private void readBody(Data data) {
    int n = (int) Math.min(remaining, data.size());
    addBody(data.shift(n));
    remaining -= n;
    bodySize += n;
  }

  private void readChunkSize(Data data) {
    int r = scanner.scan(data, MAX_CHUNK_LINE, HeadScanner.LINE);
    bodySize += scanner.consumed();
    if (r == HeadScanner.INCOMPLETE) return;
    long size = r == HeadScanner.COMPLETE ? chunkSize(scanner.buffer(), scanner.length()) : -1;
    scanner.clear();
    if (size < 0) {
      fail(DecodeError.BAD_REQUEST);
    } else if (size == 0) {
      state = TRAILERS;
    } else {
      remaining = size;
      state = CHUNK_DATA;
    }
  }

  /** The size on a chunk-size line: hex digits, then optional whitespace and extensions; -1 if malformed. */
  private static long chunkSize(byte[] b, int len) {
    int p = 0;
    long size = 0;
    while (p < len) {
      int d = Character.digit(b[p], 16);
      if (d < 0) break;
      if (p >= 15) return -1;
      size = size << 4 | d;
      p++;
    }
    if (p == 0) return -1;
    int end = len - 1;
    if (end > p && b[end - 1] == '\r') end--;
    while (p < end && (b[p] == ' ' || b[p] == '\t')) p++;
    if (p < end && b[p] != ';') return -1;
    for (int i = p; i < end; i++) {
      int c = b[i] & 0xff;
      if (c < 0x20 && c != '\t' || c == 0x7f) return -1;
    }
    return size;
  }

  private void readTrailers(Data data) {
    int r = scanner.scan(data, maxHeadSize, HeadScanner.BLOCK);
    bodySize += scanner.consumed();
    if (r == HeadScanner.INCOMPLETE) return;
    if (r == HeadScanner.TOO_LARGE) {
      fail(DecodeError.HEAD_TOO_LARGE);
      return;
    }
    int len = scanner.length();
    if (len > 2) {
      trailers = parser.parseTrailers(scanner.buffer(), len);
      if (trailers == null) {
        fail(DecodeError.BAD_REQUEST);
        return;
      }
    }
    scanner.clear();
    endMessage();
  }

  private void addBody(Data d) {
    if (pending == null) {
      pending = d;
    } else {
      pending.push(d);
    }
  }

  private void flushBody() {
    Data d = pending;
    if (d != null) {
      pending = null;
      listener.onBody(d);
    }
  }

  private void endMessage() {
    flushBody();
    if (state == STOPPED) return;
    // From a template, as heads are: a tail per message is made without a property-by-property
    // walk of the shape tree.
    ScriptObject tail = trailers != null
        ? tailsWithTrailers.make(trailers, headSize, Values.number(bodySize))
        : tails.make(headSize, Values.number(bodySize));
    state = HEAD;
    headSize = 0;
    bodySize = 0;
    trailers = null;
    listener.onEnd(tail);
  }

  private void fail(DecodeError error) {
    flushBody(); // the bytes before the error were good
    if (state == STOPPED) return;
    stop();
    listener.onError(error);
  }
}
