package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http2.DefaultHttp2FrameReader;
import io.netty.handler.codec.http2.DefaultHttp2HeadersDecoder;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2FrameListener;
import io.pipy.api.Data;
import java.lang.reflect.Proxy;

/**
 * Reads HTTP/2 frames from {@link Data} events cut at any boundary, with Netty's
 * {@link DefaultHttp2FrameReader} and HPACK decoder ({@link DefaultHttp2HeadersDecoder}, which
 * also validates header names and pseudo-headers). Bytes are gathered in one cumulation buffer;
 * a lone chunk is used as it is, and {@code DATA} payloads reach the listener as slices of it.
 *
 * <p>A server-side reader first checks the client's connection preface.
 *
 * <p>Netty's reader takes a {@link ChannelHandlerContext} only to pass it to the listener and to
 * allocate a buffer for header blocks split over {@code CONTINUATION} frames; the context here
 * answers {@code alloc()} and nothing else.
 */
final class FrameInput {

  /** Receives stream-level errors; the reader carries on after them. */
  interface StreamErrors {
    void streamError(int id, Http2Error error, String message);
  }

  private static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;
  static final ChannelHandlerContext CONTEXT = (ChannelHandlerContext) Proxy.newProxyInstance(
      FrameInput.class.getClassLoader(), new Class<?>[] {ChannelHandlerContext.class},
      (proxy, method, args) -> switch (method.getName()) {
        case "alloc" -> ALLOC;
        case "toString" -> "FrameInput.CONTEXT";
        case "hashCode" -> 0;
        case "equals" -> proxy == args[0];
        default -> throw new UnsupportedOperationException(method.getName());
      });

  private final DefaultHttp2HeadersDecoder hpack;
  private final DefaultHttp2FrameReader reader;
  private int prefaceLeft;
  private ByteBuf cumulation;

  /**
   * @param expectPreface whether the client preface comes first (a server)
   * @param maxHeaderListSize the largest header list accepted (decoded size, as HTTP/2 counts it)
   */
  FrameInput(boolean expectPreface, long maxHeaderListSize) {
    this.hpack = new DefaultHttp2HeadersDecoder(true, maxHeaderListSize);
    this.reader = new DefaultHttp2FrameReader(hpack);
    this.prefaceLeft = expectPreface ? H2Preface.BYTES.length : 0;
  }

  /** Sets the largest frame we accept, as our SETTINGS announced. */
  void maxFrameSize(int size) throws Http2Exception {
    reader.maxFrameSize(size);
  }

  /**
   * Reads the frames in {@code data} (taken over) and whatever was left from before, calling
   * {@code listener} for each whole frame.
   *
   * @throws Http2Exception a connection error: nothing more can be read
   */
  void feed(Data data, Http2FrameListener listener, StreamErrors errors) throws Http2Exception {
    append(data);
    try {
      if (prefaceLeft > 0 && !readPreface()) return;
      while (cumulation.isReadable()) {
        try {
          reader.readFrame(CONTEXT, cumulation, listener);
          break;
        } catch (Http2Exception e) {
          if (!Http2Exception.isStreamError(e)) throw e;
          errors.streamError(Http2Exception.streamId(e), e.error(), e.getMessage());
        }
      }
    } finally {
      if (cumulation != null && !cumulation.isReadable()) {
        cumulation.release();
        cumulation = null;
      }
    }
  }

  /** Whether the client preface has been read (always, for a reader not expecting one). */
  boolean prefaceRead() {
    return prefaceLeft == 0;
  }

  /** Releases what is held. */
  void close() {
    if (cumulation != null) {
      cumulation.release();
      cumulation = null;
    }
    reader.close();
  }

  private boolean readPreface() throws Http2Exception {
    ByteBuf c = cumulation;
    int base = H2Preface.BYTES.length - prefaceLeft;
    int n = Math.min(prefaceLeft, c.readableBytes());
    for (int i = 0; i < n; i++) {
      if (c.getByte(c.readerIndex() + i) != H2Preface.BYTES[base + i]) {
        throw Http2Exception.connectionError(Http2Error.PROTOCOL_ERROR, "bad connection preface");
      }
    }
    c.skipBytes(n);
    prefaceLeft -= n;
    return prefaceLeft == 0;
  }

  private void append(Data data) {
    if (cumulation == null && data.chunkCount() == 1) {
      data.drainTo(b -> cumulation = b);
      return;
    }
    int n = data.size();
    if (cumulation == null) {
      cumulation = ALLOC.directBuffer(n);
    } else if (cumulation.refCnt() > 1 || cumulation.isReadOnly() || cumulation.maxWritableBytes() < n) {
      // Shared with slices handed on, or not ours to grow: move what is left to a new buffer.
      ByteBuf bigger = ALLOC.directBuffer(Math.max(256, cumulation.readableBytes() + n));
      bigger.writeBytes(cumulation);
      cumulation.release();
      cumulation = bigger;
    } else {
      cumulation.discardSomeReadBytes();
      cumulation.ensureWritable(n);
    }
    ByteBuf c = cumulation;
    data.drainTo(b -> {
      c.writeBytes(b);
      b.release();
    });
  }
}
