package io.pipy.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.Http2FrameTypes;
import io.netty.handler.codec.http2.Http2Headers;
import io.pipy.api.Data;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The frames FrameWriter writes, read back with Netty's frame reader, and how many buffers carry them. */
@Timeout(10)
class FrameWriterTest {

  private final FrameWriter writer = new FrameWriter();
  private final H2Peer peer = new H2Peer(false);

  @Test
  void smallResponsesLeaveAsOneBuffer() throws Exception {
    List<ByteBuf> payloads = new ArrayList<>();
    for (int id = 1; id <= 5; id += 2) {
      writer.headers(id, status("200"), false, 16384);
      ByteBuf payload = Unpooled.copiedBuffer("Hi, stream " + id, StandardCharsets.US_ASCII);
      payloads.add(payload);
      writer.data(id, Data.of(payload), true);
    }
    Data out = writer.take();
    assertEquals(1, out.chunkCount(), "frame headers, header blocks and small payloads share one buffer");
    assertEquals(List.of(
        "HEADERS 1 [:status: 200]", "DATA 1 12 END_STREAM",
        "HEADERS 3 [:status: 200]", "DATA 3 12 END_STREAM",
        "HEADERS 5 [:status: 200]", "DATA 5 12 END_STREAM"), read(out));
    assertEquals("Hi, stream 3", peer.body(3));
    for (ByteBuf p : payloads) assertEquals(0, p.refCnt(), "a copied payload is released");
  }

  @Test
  void largePayloadsAreChainedNotCopied() throws Exception {
    byte[] big = new byte[FrameWriter.COPY_LIMIT + 1];
    java.util.Arrays.fill(big, (byte) 'x');
    ByteBuf payload = Unpooled.wrappedBuffer(big);
    writer.headers(1, status("200"), false, 16384);
    writer.data(1, Data.of(payload), false);
    writer.data(1, Data.fromString("end"), true);
    Data out = writer.take();
    assertEquals(3, out.chunkCount(), "headers and the frame header, the payload itself, the last frame");
    assertTrue(out.chunk(1) == payload, "the payload's own buffer goes out");
    assertEquals(List.of("HEADERS 1 [:status: 200]", "DATA 1 " + big.length, "DATA 1 3 END_STREAM"), read(out));
    assertEquals("x".repeat(big.length) + "end", peer.body(1));
  }

  @Test
  void aHeaderBlockLargerThanTheFrameSizeIsCutIntoContinuationFrames() throws Exception {
    Http2Headers h = status("200");
    for (int i = 0; i < 10; i++) h.add("x-header-" + i, "value number " + i);
    writer.headers(7, h, true, 64);
    writer.ping(false, 42);
    Data out = writer.take();
    byte[] bytes = out.toBytes();
    List<String> types = frameTypes(bytes);
    assertTrue(types.size() >= 3, types::toString);
    assertEquals("HEADERS END_STREAM", types.get(0));
    for (String t : types.subList(1, types.size() - 2)) assertEquals("CONTINUATION", t);
    assertEquals("CONTINUATION END_HEADERS", types.get(types.size() - 2));
    assertEquals("PING", types.get(types.size() - 1), "what follows the block is intact");
    List<String> frames = read(out);
    assertEquals(2, frames.size(), frames::toString);
    assertTrue(frames.get(0).startsWith("HEADERS 7 [:status: 200, x-header-0: value number 0,"), frames::toString);
    assertTrue(frames.get(0).endsWith("x-header-9: value number 9] END_STREAM"), frames::toString);
  }

  private List<String> read(Data out) {
    try {
      return peer.read(out.toBytes());
    } finally {
      out.release();
      peer.close();
    }
  }

  private static Http2Headers status(String status) {
    return new DefaultHttp2Headers().status(status);
  }

  /** Each frame's type, with its END_STREAM and END_HEADERS flags, from the raw bytes. */
  private static List<String> frameTypes(byte[] b) {
    List<String> types = new ArrayList<>();
    for (int i = 0; i + 9 <= b.length; ) {
      int length = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
      byte type = b[i + 3];
      int flags = b[i + 4];
      String name = switch (type) {
        case Http2FrameTypes.HEADERS -> "HEADERS";
        case Http2FrameTypes.CONTINUATION -> "CONTINUATION";
        case Http2FrameTypes.PING -> "PING";
        default -> "type " + type;
      };
      if (type == Http2FrameTypes.HEADERS && (flags & FrameWriter.FLAG_END_STREAM) != 0) name += " END_STREAM";
      if (type != Http2FrameTypes.PING && (flags & FrameWriter.FLAG_END_HEADERS) != 0) name += " END_HEADERS";
      types.add(name);
      i += 9 + length;
    }
    return types;
  }
}
