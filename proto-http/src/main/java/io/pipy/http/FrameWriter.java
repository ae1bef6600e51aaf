package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.handler.codec.http2.DefaultHttp2HeadersEncoder;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2FrameTypes;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersEncoder;
import io.pipy.api.Data;

/**
 * Writes HTTP/2 frames into one growing {@link Data}, taken out in one piece with {@link #take()}
 * so a burst of frames becomes one write. Header blocks are compressed with Netty's HPACK encoder
 * ({@link DefaultHttp2HeadersEncoder}) and cut into {@code HEADERS} and {@code CONTINUATION}
 * frames. The 9-byte frame headers are written here: Netty's own frame writer needs a channel
 * and a promise per frame, which a filter working on {@code Data} events has neither of.
 *
 * <p>Control frames, frame headers, header blocks (HPACK writes straight into it) and small
 * {@code DATA} payloads go into a pooled scratch buffer; larger payloads are appended as they
 * are, never copied. A burst of small responses (the usual HTTP/2 load: many streams, short
 * bodies) thus leaves as one buffer instead of two or three per response, each of which costs
 * the channel an entry, a reference count and a slot in the gathering write.
 */
final class FrameWriter {

  static final int FLAG_END_STREAM = 0x1;
  static final int FLAG_ACK = 0x1;
  static final int FLAG_END_HEADERS = 0x4;

  private static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;
  /** Payloads up to this size are copied next to their frame header rather than chained. */
  static final int COPY_LIMIT = 512;
  private static final int FRAME_HEADER = 9;

  private final DefaultHttp2HeadersEncoder hpack =
      new DefaultHttp2HeadersEncoder(Http2HeadersEncoder.NEVER_SENSITIVE, true);
  private Data out = new Data();
  private ByteBuf scratch;

  /** The connection preface a client sends first. */
  void preface() {
    scratch(24).writeBytes(H2Preface.BYTES);
  }

  /** A SETTINGS frame with {@code pairs} of (identifier, value). */
  void settings(long... pairs) {
    int n = pairs.length / 2;
    ByteBuf b = header(n * 6, Http2FrameTypes.SETTINGS, 0, 0);
    for (int i = 0; i < n; i++) {
      b.writeShort((int) pairs[i * 2]);
      b.writeInt((int) pairs[i * 2 + 1]);
    }
  }

  void settingsAck() {
    header(0, Http2FrameTypes.SETTINGS, FLAG_ACK, 0);
  }

  void ping(boolean ack, long payload) {
    header(8, Http2FrameTypes.PING, ack ? FLAG_ACK : 0, 0).writeLong(payload);
  }

  void goAway(int lastStreamId, long code) {
    header(8, Http2FrameTypes.GO_AWAY, 0, 0).writeInt(lastStreamId).writeInt((int) code);
  }

  void rstStream(int id, long code) {
    header(4, Http2FrameTypes.RST_STREAM, 0, id).writeInt((int) code);
  }

  void windowUpdate(int id, int increment) {
    header(4, Http2FrameTypes.WINDOW_UPDATE, 0, id).writeInt(increment);
  }

  /**
   * A header block: one {@code HEADERS} frame and as many {@code CONTINUATION} frames as
   * {@code maxFrameSize} needs.
   */
  void headers(int id, Http2Headers headers, boolean endStream, int maxFrameSize) throws Http2Exception {
    int flags = endStream ? FLAG_END_STREAM : 0;
    // The block is encoded in place behind room for its frame header, filled in afterwards.
    ByteBuf b = scratch(FRAME_HEADER + 128);
    int start = b.writerIndex();
    b.writerIndex(start + FRAME_HEADER);
    try {
      hpack.encodeHeaders(id, headers, b);
    } catch (Http2Exception | RuntimeException e) {
      b.writerIndex(start);
      throw e;
    }
    int length = b.writerIndex() - start - FRAME_HEADER;
    if (length <= maxFrameSize) {
      b.setMedium(start, length);
      b.setByte(start + 3, Http2FrameTypes.HEADERS);
      b.setByte(start + 4, flags | FLAG_END_HEADERS);
      b.setInt(start + 5, id);
      return;
    }
    // Too big for one frame: cut into HEADERS and CONTINUATION frames from a copy of the block.
    ByteBuf block = ALLOC.buffer(length);
    try {
      block.writeBytes(b, start + FRAME_HEADER, length);
      b.writerIndex(start);
      int type = Http2FrameTypes.HEADERS;
      do {
        int n = Math.min(block.readableBytes(), maxFrameSize);
        boolean last = n == block.readableBytes();
        header(n, (byte) type, flags | (last ? FLAG_END_HEADERS : 0), id).writeBytes(block, n);
        type = Http2FrameTypes.CONTINUATION;
        flags = 0;
      } while (block.isReadable());
    } finally {
      block.release();
    }
  }

  /** A DATA frame carrying {@code payload}, which this writer takes over. */
  void data(int id, Data payload, boolean endStream) {
    int size = payload.size();
    ByteBuf b = header(size, Http2FrameTypes.DATA, endStream ? FLAG_END_STREAM : 0, id);
    if (size == 0) {
      payload.release();
    } else if (size <= COPY_LIMIT) {
      b.ensureWritable(size);
      for (int i = 0, n = payload.chunkCount(); i < n; i++) {
        ByteBuf chunk = payload.chunk(i);
        b.writeBytes(chunk, chunk.readerIndex(), chunk.readableBytes());
      }
      payload.release();
    } else {
      flushScratch();
      out.push(payload);
    }
  }

  /** Applies the peer's {@code SETTINGS_HEADER_TABLE_SIZE} to the encoder. */
  void headerTableSize(long size) throws Http2Exception {
    hpack.maxHeaderTableSize(size);
  }

  /** Whether anything is waiting to be taken. */
  boolean isEmpty() {
    return out.isEmpty() && (scratch == null || !scratch.isReadable());
  }

  /** Everything written so far; the writer starts over empty. */
  Data take() {
    flushScratch();
    Data d = out;
    out = new Data();
    return d;
  }

  /** Drops everything not taken yet. */
  void clear() {
    out.release();
    if (scratch != null) {
      scratch.release();
      scratch = null;
    }
  }

  private ByteBuf header(int length, byte type, int flags, int id) {
    ByteBuf b = scratch(FRAME_HEADER + (type == Http2FrameTypes.DATA ? 0 : length));
    b.writeMedium(length);
    b.writeByte(type);
    b.writeByte(flags);
    b.writeInt(id);
    return b;
  }

  private ByteBuf scratch(int n) {
    if (scratch == null) {
      scratch = ALLOC.directBuffer(Math.max(256, n));
    } else {
      scratch.ensureWritable(n);
    }
    return scratch;
  }

  private void flushScratch() {
    if (scratch != null && scratch.isReadable()) {
      out.push(scratch);
      scratch = null;
    }
  }
}
