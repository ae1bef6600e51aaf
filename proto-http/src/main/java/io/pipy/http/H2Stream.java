package io.pipy.http;

import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2Headers;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;

/**
 * One HTTP/2 stream of an {@link H2Endpoint}: a request and its response as events.
 *
 * <p>What the peer sends comes out to {@link #receiver} as {@code MessageStart}, {@code Data}
 * and {@code MessageEnd} (the tail holding trailers, if any); a stream cut short (reset by the
 * peer, or the connection lost) gives the receiver a {@code StreamEnd} with an error instead,
 * unless its message was already complete. What we send goes in through {@link #send}: a
 * message becomes {@code HEADERS}, {@code DATA} as flow control allows, and {@code END_STREAM}
 * (with trailers from the tail's {@code headers}).
 *
 * <p>An answer is held back until the endpoint's own work is done (an answer made while the
 * request was being read) or else until the input batch being dispatched ends (an answer read
 * from an upstream; {@link io.pipy.api.InputBatch}): if it is complete by then, it goes out as
 * {@code HEADERS} with its {@code content-length} and {@code DATA} ending the stream, or a lone
 * {@code HEADERS} ending it, instead of a {@code HEADERS}, a {@code DATA} and an empty
 * {@code DATA} to end it. Outside both (a timer, a promise) it goes out as it comes. Requests
 * are held back the same way (a GET is a lone {@code HEADERS}), tunnels included, so that no
 * stream's {@code HEADERS} overtake those of a stream begun before it. An answer to
 * {@code HEAD} carries no {@code DATA}; like HTTP/1's, its length is that of the body it was
 * given, unless its head gives one.
 *
 * <p>{@code CONNECT} streams are tunnels: the request message ends with its head, and the
 * {@code Data} that follows on either side is carried in {@code DATA} frames until a
 * {@code StreamEnd}.
 */
final class H2Stream {

  final H2Endpoint endpoint;
  final int id;

  /** Where incoming events go. */
  EventTarget receiver = EventTarget.DISCARD;
  /** Whatever the owner keeps with the stream (its sub-pipeline). */
  Object attachment;

  // Incoming
  boolean headReceived;
  boolean recvEnded;
  long contentLength = -1;
  long received;
  int recvWindow;
  /** The request method (server side), for bodiless answers to HEAD. */
  String method;

  // Outgoing
  boolean headSent;
  boolean informational;
  boolean endQueued;
  boolean sendEnded;
  Http2Headers trailers;
  /** A head held back until the endpoint sends it ({@link #flushDeferred}); the body waits in {@link #sendBuffer}. */
  private Http2Headers deferredHead;
  /** Whether our message has no body (an answer to HEAD, a 1xx, 204 or 304): its data is dropped. */
  private boolean sendBodiless;
  /** Whether the length of the dropped data is the one to give (an answer to HEAD, as HTTP/1 does). */
  private boolean countDropped;
  /** The length of the data dropped. */
  private long dropped;
  Data sendBuffer;
  int sendWindow;
  boolean queued;

  boolean tunnel;
  boolean closed;

  H2Stream(H2Endpoint endpoint, int id, int recvWindow, int sendWindow) {
    this.endpoint = endpoint;
    this.id = id;
    this.recvWindow = recvWindow;
    this.sendWindow = sendWindow;
  }

  /** Sends an event of our side's message. Data is taken over. */
  void send(Event e) {
    if (closed || sendEnded) {
      if (e instanceof Data d) d.release();
      return;
    }
    endpoint.enter();
    try {
      if (e instanceof MessageStart ms) {
        start(ms.head());
      } else if (e instanceof Data d) {
        if (!headSent || endQueued || d.isEmpty()) {
          d.release();
        } else if (sendBodiless) {
          dropped += d.size();
          d.release();
        } else {
          if (sendBuffer == null) sendBuffer = new Data();
          sendBuffer.push(d);
          endpoint.pump(this);
        }
      } else if (e instanceof MessageEnd me) {
        if (informational) {
          informational = false;
          headSent = false;
        } else if (headSent && !endQueued && !tunnel) {
          trailers = H2Heads.fromTail(endpoint.context(), me.tail());
          endQueued = true;
          endpoint.pump(this);
        }
      } else if (e instanceof StreamEnd se) {
        end(se);
      }
    } catch (RuntimeException ex) {
      endpoint.streamFailed(this, ex);
    } finally {
      endpoint.leave();
    }
  }

  private void start(Object head) {
    if (headSent) return;
    headSent = true;
    Http2Headers h;
    if (endpoint.server) {
      int status = HeadEncoder.statusOf(head);
      informational = status >= 100 && status < 200;
      boolean noContent = status == 204 || status == 304 || informational;
      sendBodiless = noContent || "HEAD".equals(method);
      countDropped = !noContent;
      dropped = 0;
      if (tunnel && (status < 200 || status >= 300)) tunnel = false;
      h = H2Heads.fromResponse(endpoint.context(), head, sendBodiless);
      if (!informational && !tunnel && endpoint.holdBack(this)) {
        deferredHead = h;
        return;
      }
    } else {
      h = H2Heads.fromRequest(endpoint.context(), head, false);
      tunnel = H2Heads.CONNECT.contentEquals(h.method());
      // Tunnels too: a request's HEADERS must not overtake those of a stream opened before it.
      if (endpoint.holdBack(this)) {
        deferredHead = h;
        return;
      }
    }
    endpoint.writeHeaders(this, h, false);
  }

  private void end(StreamEnd se) {
    if (!headSent) {
      if (endpoint.server) {
        // No answer at all: tell the client something went wrong upstream, as Pipy does.
        headSent = true;
        endQueued = true;
        endpoint.writeHeaders(this, H2Heads.badGateway(), true);
      } else {
        endpoint.reset(this, Http2Error.CANCEL, null);
      }
    } else if (!endQueued) {
      if (se.hasError() || informational) {
        endpoint.reset(this, endpoint.server ? Http2Error.INTERNAL_ERROR : Http2Error.CANCEL, null);
      } else {
        endQueued = true;
        endpoint.pump(this);
      }
    }
  }

  /** Whether the head is held back: nothing of the answer may go out before it. */
  boolean holdsHead() {
    return deferredHead != null;
  }

  /**
   * Sends the head held back, if the stream still has one: with the body's length and ending
   * the stream when the message is complete, else as the start of a body that streams.
   */
  void flushDeferred() {
    Http2Headers h = deferredHead;
    if (h == null || closed) return;
    deferredHead = null;
    boolean empty = sendBuffer == null || sendBuffer.isEmpty();
    if (endQueued) {
      if (!sendBodiless) {
        // A request without a body (a GET) says nothing of its length.
        if (endpoint.server || !empty) h.setLong(H2Heads.CONTENT_LENGTH, empty ? 0 : sendBuffer.size());
      } else if (countDropped && !h.contains(H2Heads.CONTENT_LENGTH)) {
        h.setLong(H2Heads.CONTENT_LENGTH, dropped);
      }
    }
    if (endQueued && empty && trailers == null) {
      endpoint.writeHeaders(this, h, true);
    } else {
      endpoint.writeHeaders(this, h, false);
      if (!closed) endpoint.pump(this);
    }
  }

  /** Abandons the stream: {@code RST_STREAM} with {@code CANCEL} unless it is over already. */
  void cancel() {
    if (closed) return;
    endpoint.enter();
    try {
      endpoint.reset(this, Http2Error.CANCEL, StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
    } finally {
      endpoint.leave();
    }
  }

  /** Drops what is waiting to be sent. */
  void clearSending() {
    deferredHead = null;
    if (sendBuffer != null) {
      sendBuffer.release();
      sendBuffer = null;
    }
    trailers = null;
  }

  @Override
  public String toString() {
    return "H2Stream(" + id + ")";
  }
}
