package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.security.SecureRandom;
import java.util.Random;
import java.util.function.Supplier;

/**
 * {@code encodeWebSocket()}: messages in, WebSocket frames (RFC 6455) out. The head gives
 * {@code opcode} (default 1, text) and {@code masked} (default false; clients must mask). As in
 * Pipy, the output keeps the message events around the frame bytes: {@code MessageStart}, the
 * frames as {@code Data}, {@code MessageEnd}.
 *
 * <p>Bodies stream: every 16 KiB of body goes out as a frame at once (the first with the
 * message's opcode, later ones as continuations), and the rest as the final frame when the
 * message ends, so a body of exactly 16 KiB is followed by an empty final frame, as Pipy sends
 * it. A masked message gets a fresh random mask per frame. A control message (opcode 8 and up)
 * with more than 125 bytes of body ends the stream with an error (Pipy sends a frame peers must
 * reject). Data outside messages is dropped, as in Pipy.
 */
final class EncodeWebSocket extends Filter {

  /** The most payload one frame carries: Pipy's data chunk size. */
  static final int FRAME_SIZE = 16 * 1024;

  /** One strong random source per worker thread: masks must be unpredictable (RFC 6455 5.3). */
  private static final ThreadLocal<Random> THREAD_RANDOM = ThreadLocal.withInitial(SecureRandom::new);
  private static final Supplier<Random> SECURE = THREAD_RANDOM::get;

  private final Supplier<Random> randoms;

  private Random random;
  private boolean inMessage;
  private boolean failed;
  private int opcode;
  private boolean masked;
  private boolean continuation;
  private Data buffer;

  private EncodeWebSocket(Supplier<Random> randoms) {
    this.randoms = randoms;
  }

  private EncodeWebSocket(EncodeWebSocket proto) {
    super(proto);
    this.randoms = proto.randoms;
  }

  /** Makes a prototype; {@code encodeWebSocket()} takes no arguments. */
  static EncodeWebSocket create(FilterConfig config) {
    return new EncodeWebSocket(SECURE);
  }

  /** A prototype whose masks come from {@code randoms} (for tests). */
  static EncodeWebSocket withRandom(Supplier<Random> randoms) {
    return new EncodeWebSocket(randoms);
  }

  @Override
  protected Filter duplicate() {
    return new EncodeWebSocket(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      if (event instanceof Data d) d.release();
      return;
    }
    if (event instanceof MessageStart ms) {
      if (inMessage) return;
      inMessage = true;
      opcode = 1;
      masked = false;
      continuation = false;
      if (ms.head() instanceof ScriptObject h) {
        Object op = h.get("opcode");
        if (!Values.isNullish(op)) {
          double n = Values.toNumber(op);
          opcode = Double.isNaN(n) ? 1 : (int) n & 0x0f;
        }
        masked = Values.truthy(h.get("masked"));
      }
      output(ms);
    } else if (event instanceof Data d) {
      if (!inMessage) {
        d.release();
        return;
      }
      if (buffer == null) buffer = d; else buffer.push(d);
      if (opcode >= 8) {
        if (buffer.size() > 125) fail("a control frame carries at most 125 bytes");
        return;
      }
      while (buffer.size() >= FRAME_SIZE) {
        Data part = buffer.shift(FRAME_SIZE);
        output(frame(part, false));
      }
    } else if (event instanceof MessageEnd) {
      if (!inMessage) return;
      inMessage = false;
      Data rest = buffer == null ? new Data() : buffer;
      buffer = null;
      output(frame(rest, true));
      output(event);
    } else if (event instanceof StreamEnd) {
      drop();
      inMessage = false;
      output(event);
    }
  }

  /** One frame carrying {@code payload} (taken over). */
  private Data frame(Data payload, boolean fin) {
    int size = payload.size();
    ByteBuf head = PooledByteBufAllocator.DEFAULT.directBuffer(14);
    head.writeByte((fin ? 0x80 : 0) | (continuation ? 0 : opcode));
    continuation = true;
    int maskBit = masked ? 0x80 : 0;
    if (size < 126) {
      head.writeByte(maskBit | size);
    } else if (size <= 0xffff) {
      head.writeByte(maskBit | 126);
      head.writeShort(size);
    } else {
      head.writeByte(maskBit | 127);
      head.writeLong(size);
    }
    if (!masked) {
      Data out = Data.of(head);
      out.push(payload);
      return out;
    }
    if (random == null) random = randoms.get();
    int key = random.nextInt();
    head.writeInt(key);
    Data out = Data.of(head);
    byte[] m = {(byte) (key >>> 24), (byte) (key >>> 16), (byte) (key >>> 8), (byte) key};
    if (size > 0) {
      ByteBuf body = PooledByteBufAllocator.DEFAULT.directBuffer(size);
      int p = 0;
      for (int i = 0, n = payload.chunkCount(); i < n; i++) {
        ByteBuf c = payload.chunk(i);
        for (int j = c.readerIndex(), end = c.writerIndex(); j < end; j++) body.writeByte(c.getByte(j) ^ m[p++ & 3]);
      }
      out.push(body);
    }
    payload.release();
    return out;
  }

  private void fail(String why) {
    failed = true;
    drop();
    failStream(new ScriptError("encodeWebSocket: " + why));
  }

  private void drop() {
    if (buffer != null) {
      buffer.release();
      buffer = null;
    }
  }

  @Override
  protected void reset() {
    drop();
    inMessage = false;
    failed = false;
    continuation = false;
  }
}
