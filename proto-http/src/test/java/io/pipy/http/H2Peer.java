package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http2.DefaultHttp2FrameReader;
import io.netty.handler.codec.http2.DefaultHttp2FrameWriter;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersDecoder;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2Flags;
import io.netty.handler.codec.http2.Http2FrameListener;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2Settings;
import io.pipy.engine.PipelineTester;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The other end of an HTTP/2 connection, for tests: frames are written by Netty's own
 * {@link DefaultHttp2FrameWriter} (on an {@link EmbeddedChannel}, used only to collect the
 * bytes) and what the filter under test sends is read back with {@link DefaultHttp2FrameReader}
 * into one line per frame, such as {@code "HEADERS 1 [:status: 200] END_STREAM"}.
 */
final class H2Peer implements AutoCloseable {

  static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final EmbeddedChannel channel = new EmbeddedChannel(new ChannelInboundHandlerAdapter());
  private final ChannelHandlerContext ctx = channel.pipeline().firstContext();
  private final DefaultHttp2FrameWriter writer = new DefaultHttp2FrameWriter();
  private final DefaultHttp2FrameReader reader = new DefaultHttp2FrameReader(new DefaultHttp2HeadersDecoder(false));
  private final ByteBuf in = Unpooled.buffer();
  private final List<String> frames = new ArrayList<>();
  private final Map<Integer, ByteArrayOutputStream> bodies = new TreeMap<>();
  private int prefaceLeft;
  private int seen;

  /** A peer reading a server's output (expectPreface false) or a client's (true). */
  H2Peer(boolean expectPreface) {
    this.prefaceLeft = expectPreface ? PREFACE.length : 0;
  }

  byte[] settings(long... pairs) {
    Http2Settings s = new Http2Settings();
    for (int i = 0; i < pairs.length; i += 2) s.put((char) pairs[i], Long.valueOf(pairs[i + 1]));
    writer.writeSettings(ctx, s, ctx.newPromise());
    return drain();
  }

  byte[] settingsAck() {
    writer.writeSettingsAck(ctx, ctx.newPromise());
    return drain();
  }

  byte[] headers(int id, boolean endStream, String... kv) {
    Http2Headers h = new DefaultHttp2Headers(false);
    for (int i = 0; i < kv.length; i += 2) h.add(kv[i], kv[i + 1]);
    writer.writeHeaders(ctx, id, h, 0, endStream, ctx.newPromise());
    return drain();
  }

  byte[] data(int id, String text, boolean endStream) {
    writer.writeData(ctx, id, Unpooled.copiedBuffer(text, StandardCharsets.UTF_8), 0, endStream, ctx.newPromise());
    return drain();
  }

  byte[] windowUpdate(int id, int increment) {
    writer.writeWindowUpdate(ctx, id, increment, ctx.newPromise());
    return drain();
  }

  byte[] rst(int id, Http2Error error) {
    writer.writeRstStream(ctx, id, error.code(), ctx.newPromise());
    return drain();
  }

  byte[] ping(long payload) {
    writer.writePing(ctx, false, payload, ctx.newPromise());
    return drain();
  }

  byte[] pingAck(long payload) {
    writer.writePing(ctx, true, payload, ctx.newPromise());
    return drain();
  }

  byte[] goAway(int lastStreamId, Http2Error error) {
    writer.writeGoAway(ctx, lastStreamId, error.code(), Unpooled.EMPTY_BUFFER, ctx.newPromise());
    return drain();
  }

  /** Concatenates byte arrays, for sending several frames in one go. */
  static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  /** Reads the output bytes {@code run} produced since the last call; returns the new frames. */
  List<String> read(PipelineTester.Run run) {
    List<PipelineTester.Recorded> out = run.output();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = seen; i < out.size(); i++) {
      if (out.get(i) instanceof PipelineTester.RecordedData d) b.writeBytes(d.bytes());
    }
    seen = out.size();
    return read(b.toByteArray());
  }

  /** Skips the first {@code n} records of {@code run}'s output (such as an HTTP/1 101 answer). */
  void skip(int n) {
    seen = n;
  }

  /** Parses {@code bytes} (a continuation of what came before) into frame lines. */
  List<String> read(byte[] bytes) {
    int start = frames.size();
    in.writeBytes(bytes);
    if (prefaceLeft > 0) {
      int n = Math.min(prefaceLeft, in.readableBytes());
      byte[] got = new byte[n];
      in.readBytes(got);
      for (int i = 0; i < n; i++) {
        if (got[i] != PREFACE[PREFACE.length - prefaceLeft + i]) throw new AssertionError("bad preface");
      }
      prefaceLeft -= n;
    }
    try {
      reader.readFrame(ctx, in, listener);
    } catch (Http2Exception e) {
      throw new AssertionError("unreadable output: " + e.getMessage(), e);
    }
    in.discardReadBytes();
    return List.copyOf(frames.subList(start, frames.size()));
  }

  /** Every frame line read so far. */
  List<String> frames() {
    return List.copyOf(frames);
  }

  /** The DATA bytes received on stream {@code id}, as text. */
  String body(int id) {
    ByteArrayOutputStream b = bodies.get(id);
    return b == null ? "" : b.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    in.release();
    channel.finishAndReleaseAll();
  }

  private byte[] drain() {
    ctx.flush();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object o; (o = channel.readOutbound()) != null; ) {
      ByteBuf b = (ByteBuf) o;
      byte[] a = new byte[b.readableBytes()];
      b.readBytes(a);
      out.writeBytes(a);
      b.release();
    }
    return out.toByteArray();
  }

  private static String headers(Http2Headers h) {
    StringBuilder sb = new StringBuilder("[");
    for (Map.Entry<CharSequence, CharSequence> e : h) {
      if (sb.length() > 1) sb.append(", ");
      sb.append(e.getKey()).append(": ").append(e.getValue());
    }
    return sb.append(']').toString();
  }

  private static String end(boolean end) {
    return end ? " END_STREAM" : "";
  }

  private final Http2FrameListener listener = new Http2FrameListener() {
    @Override
    public int onDataRead(ChannelHandlerContext c, int id, ByteBuf data, int padding, boolean endOfStream) {
      frames.add("DATA " + id + " " + data.readableBytes() + end(endOfStream));
      byte[] a = new byte[data.readableBytes()];
      data.getBytes(data.readerIndex(), a);
      bodies.computeIfAbsent(id, k -> new ByteArrayOutputStream()).writeBytes(a);
      return data.readableBytes() + padding;
    }

    @Override
    public void onHeadersRead(ChannelHandlerContext c, int id, Http2Headers h, int padding, boolean endOfStream) {
      frames.add("HEADERS " + id + " " + headers(h) + end(endOfStream));
    }

    @Override
    public void onHeadersRead(ChannelHandlerContext c, int id, Http2Headers h, int dep, short weight,
        boolean exclusive, int padding, boolean endOfStream) {
      onHeadersRead(c, id, h, padding, endOfStream);
    }

    @Override
    public void onPriorityRead(ChannelHandlerContext c, int id, int dep, short weight, boolean exclusive) {
      frames.add("PRIORITY " + id);
    }

    @Override
    public void onRstStreamRead(ChannelHandlerContext c, int id, long errorCode) {
      frames.add("RST_STREAM " + id + " " + Http2Error.valueOf(errorCode));
    }

    @Override
    public void onSettingsAckRead(ChannelHandlerContext c) {
      frames.add("SETTINGS ACK");
    }

    @Override
    public void onSettingsRead(ChannelHandlerContext c, Http2Settings settings) {
      TreeMap<Integer, Long> sorted = new TreeMap<>();
      for (char k : settings.keySet()) sorted.put((int) k, settings.get(k));
      frames.add("SETTINGS " + sorted);
    }

    @Override
    public void onPingRead(ChannelHandlerContext c, long data) {
      frames.add("PING " + data);
    }

    @Override
    public void onPingAckRead(ChannelHandlerContext c, long data) {
      frames.add("PING ACK " + data);
    }

    @Override
    public void onPushPromiseRead(ChannelHandlerContext c, int id, int promised, Http2Headers h, int padding) {
      frames.add("PUSH_PROMISE " + id);
    }

    @Override
    public void onGoAwayRead(ChannelHandlerContext c, int last, long errorCode, ByteBuf debugData) {
      frames.add("GOAWAY " + last + " " + Http2Error.valueOf(errorCode));
    }

    @Override
    public void onWindowUpdateRead(ChannelHandlerContext c, int id, int increment) {
      frames.add("WINDOW_UPDATE " + id + " " + increment);
    }

    @Override
    public void onUnknownFrame(ChannelHandlerContext c, byte type, int id, Http2Flags flags, ByteBuf payload) {
      frames.add("UNKNOWN " + type);
    }
  };
}
