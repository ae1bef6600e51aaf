package io.pipy.http;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.EventTarget;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;

/**
 * Encodes a stream of messages ({@code MessageStart Data* MessageEnd}) into HTTP/1.x bytes, for
 * the encode filters. The output keeps the message events around the bytes, as Pipy's encoder
 * does: {@code MessageStart}, the head and body as {@code Data}, then the {@code MessageEnd}
 * (or a {@code StreamEnd} when the message closes the connection).
 *
 * <p>The head needs the body's length, so the body is buffered until {@code MessageEnd} and sent
 * with a {@code content-length}. With a {@code bufferSize} above zero, a body that outgrows it
 * is sent chunked from then on. Pipy's default is no limit, and so is ours.
 */
final class MessageEncoder {

  private static final byte[] CRLF = {'\r', '\n'};

  private final boolean response;
  private final int bufferSize;
  private final EventTarget out;
  private final HeadEncoder encoder = new HeadEncoder(new HeadWriter());

  private boolean active;
  private Context ctx;
  private Object head;
  private boolean headRequest;
  private boolean discard;
  private boolean chunked;
  private boolean close;
  private boolean forceClose;
  private boolean tunnel;
  private long length;
  private Data buffer;

  MessageEncoder(boolean response, int bufferSize, EventTarget out) {
    this.response = response;
    this.bufferSize = bufferSize;
    this.out = out;
  }

  /** Whether a message is in progress. */
  boolean active() {
    return active;
  }

  /**
   * Starts a message with {@code head}. {@code headRequest} tells a response encoder that it
   * answers a {@code HEAD} request, so the body is counted but not sent.
   */
  void start(Context ctx, Object head, boolean headRequest) {
    start(ctx, head, headRequest, false, false);
  }

  /**
   * Starts a response that closes the connection after it whatever its head says
   * ({@code forceClose}), or that opens a tunnel (no framing headers, no body).
   */
  void start(Context ctx, Object head, boolean headRequest, boolean forceClose, boolean tunnel) {
    this.forceClose = forceClose;
    this.tunnel = tunnel;
    this.active = true;
    this.ctx = ctx;
    this.head = head;
    this.headRequest = headRequest;
    this.chunked = false;
    this.close = false;
    this.length = 0;
    if (response) {
      int status = HeadEncoder.statusOf(head);
      discard = headRequest || status < 200 || status == 204 || status == 304 || tunnel;
    } else {
      discard = false;
    }
  }

  /** Body bytes of the message in progress; released when there is none. */
  void data(Data d) {
    if (!active || discard) {
      if (active) length += d.size();
      d.release();
      return;
    }
    if (chunked) {
      if (!d.isEmpty()) out.input(chunk(d));
      return;
    }
    length += d.size();
    if (buffer == null) {
      buffer = d;
    } else {
      buffer.push(d);
    }
    if (bufferSize > 0 && buffer.size() > bufferSize) {
      chunked = true;
      head(-1);
      out.input(encoder.writer().toData());
      Data b = buffer;
      buffer = null;
      out.input(chunk(b));
    }
  }

  /** Ends the message in progress (ignored when there is none). */
  void end(MessageEnd end) {
    if (!active) return;
    active = false;
    if (chunked) {
      encoder.trailers(ctx, end.tail());
      out.input(encoder.writer().toData());
    } else {
      head(length);
      Data body = buffer;
      buffer = null;
      out.input(encoder.writer().toDataTaking(discard ? release(body) : body));
    }
    ctx = null;
    head = null;
    out.input(close ? StreamEnd.normal() : end);
  }

  /** Drops the message in progress, if any. */
  void reset() {
    active = false;
    ctx = null;
    head = null;
    if (buffer != null) {
      buffer.release();
      buffer = null;
    }
  }

  /** Writes the head into the writer and sends the {@code MessageStart}. */
  private void head(long bodyLength) {
    if (response) {
      close = (encoder.response(ctx, head, headRequest, bodyLength, forceClose, tunnel) & HeadEncoder.CLOSE) != 0;
    } else {
      encoder.request(ctx, head, bodyLength);
    }
    out.input(MessageStart.of(head));
  }

  private static Data release(Data d) {
    if (d != null) d.release();
    return null;
  }

  /** One chunk: size line, the bytes, CRLF. Takes {@code d} over. */
  private Data chunk(Data d) {
    HeadWriter w = encoder.writer().reset();
    w.hex(d.size()).crlf();
    Data c = w.toData();
    c.push(d);
    c.push(Data.wrap(CRLF));
    return c;
  }
}
