package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptObject;
import java.util.ArrayDeque;

/**
 * {@code decodeWebSocket(options?)}: WebSocket frames (RFC 6455) in, messages out. Each message
 * has a head {@code {opcode, masked}}, as in Pipy: {@code opcode} of its first frame (1 text,
 * 2 binary, 8 close, 9 ping, 10 pong) and whether the frames were masked. The body is the
 * unmasked payload of all its frames; it streams out as frames arrive, so a large message is
 * never held whole. The message ends with its final ({@code FIN}) frame.
 *
 * <p>Where Pipy is lenient we follow the RFC, and any of these ends the output with a
 * {@code ProtocolError} stream end, logged at debug level, and ignores later input:
 * a continuation frame with no message to continue, a new data frame inside a fragmented
 * message, an unknown opcode, a control frame longer than 125 bytes or fragmented, a 64-bit
 * length with its top bit set. A control frame that arrives in the middle of a fragmented
 * message (allowed by the RFC) is held and sent as its own message right after the data
 * message ends (Pipy mixes it into the data message); at most 16 may be held. The reserved bits
 * are ignored, as in Pipy (an extension negotiated end to end may use them).
 *
 * <p>Option {@code maxMessageSize} (bytes, or a size string such as {@code "1m"}; default no
 * limit): a message whose payload grows past it ends the output with {@code BufferOverflow}.
 * Pipy has no such option.
 */
final class DecodeWebSocket extends Filter {

  /** How many control frames may wait for a fragmented message to end. */
  static final int MAX_HELD_CONTROL_FRAMES = 16;

  private static final int OPCODE = 0;
  private static final int LENGTH = 1;
  private static final int LENGTH_16 = 2;
  private static final int LENGTH_64 = 3;
  private static final int MASK = 4;
  private static final int PAYLOAD = 5;
  private static final int STOPPED = 6;

  private final long maxMessageSize;

  private int state = OPCODE;
  private final byte[] buf = new byte[8];
  private int bufLen;
  private int need;
  private int firstByte;
  private boolean masked;
  private final byte[] mask = new byte[4];
  private int maskPos;
  private long remaining;
  /** Whether a data message is open (its start sent, its final frame not yet seen). */
  private boolean inMessage;
  private long messageSize;
  /** The control frame being read, gathered whole (at most 125 bytes). */
  private Data control;
  private ArrayDeque<Object[]> held;
  private Data pending;

  private DecodeWebSocket(long maxMessageSize) {
    this.maxMessageSize = maxMessageSize;
  }

  private DecodeWebSocket(DecodeWebSocket proto) {
    super(proto);
    this.maxMessageSize = proto.maxMessageSize;
  }

  /** Makes a prototype from the script arguments {@code (options?)}. */
  static DecodeWebSocket create(FilterConfig config) {
    ScriptObject options = HttpOptions.object("decodeWebSocket", config.arg(0));
    int max = HttpOptions.size(options, "maxMessageSize", -1);
    return new DecodeWebSocket(max < 0 ? Long.MAX_VALUE : max);
  }

  @Override
  protected Filter duplicate() {
    return new DecodeWebSocket(this);
  }

  @Override
  protected void process(Event event) {
    if (event instanceof Data d) {
      if (state == STOPPED) {
        d.release();
        return;
      }
      try {
        feed(d);
      } finally {
        d.release();
      }
    } else if (event instanceof StreamEnd) {
      if (state == STOPPED) return;
      flush();
      clear();
      state = STOPPED;
      output(event);
    }
    // Message events are not for us: the decoder reads bytes.
  }

  private void feed(Data d) {
    while (state != STOPPED && !d.isEmpty()) {
      if (state == PAYLOAD) {
        payload(d);
        continue;
      }
      int b = d.byteAt(0);
      d.skip(1);
      if (need > 0) {
        buf[bufLen++] = (byte) b;
        if (bufLen < need) continue;
        need = 0;
      }
      switch (state) {
        case OPCODE -> {
          firstByte = b;
          state = LENGTH;
        }
        case LENGTH -> {
          masked = (b & 0x80) != 0;
          int len = b & 0x7f;
          if (len == 126) {
            gather(2, LENGTH_16);
          } else if (len == 127) {
            gather(8, LENGTH_64);
          } else {
            remaining = len;
            afterLength();
          }
        }
        case LENGTH_16 -> {
          remaining = (buf[0] & 0xff) << 8 | (buf[1] & 0xff);
          afterLength();
        }
        case LENGTH_64 -> {
          long n = 0;
          for (int i = 0; i < 8; i++) n = n << 8 | (buf[i] & 0xff);
          if (n < 0) {
            error("frame length out of range");
          } else {
            remaining = n;
            afterLength();
          }
        }
        case MASK -> {
          System.arraycopy(buf, 0, mask, 0, 4);
          maskPos = 0;
          frameStart();
        }
        default -> throw new IllegalStateException("decodeWebSocket state " + state);
      }
    }
    flush();
  }

  /** Reads {@code n} bytes into {@link #buf}, then handles them in {@code next}. */
  private void gather(int n, int next) {
    bufLen = 0;
    need = n;
    state = next;
  }

  private void afterLength() {
    if (masked) {
      gather(4, MASK);
    } else {
      frameStart();
    }
  }

  /** The header of a frame is read: check it and start (or continue) its message. */
  private void frameStart() {
    int opcode = firstByte & 0x0f;
    boolean fin = (firstByte & 0x80) != 0;
    if (opcode >= 8) {
      if (opcode > 10) {
        error("unknown opcode " + opcode);
        return;
      }
      if (!fin) {
        error("fragmented control frame");
        return;
      }
      if (remaining > 125) {
        error("control frame longer than 125 bytes");
        return;
      }
      control = new Data();
    } else if (opcode == 0) {
      if (!inMessage) {
        error("continuation frame without a message");
        return;
      }
    } else if (opcode <= 2) {
      if (inMessage) {
        error("new message inside a fragmented message");
        return;
      }
      if (remaining > maxMessageSize) {
        overflow();
        return;
      }
      inMessage = true;
      messageSize = 0;
      output(MessageStart.of(head(opcode)));
    } else {
      error("unknown opcode " + opcode);
      return;
    }
    if (control == null) {
      messageSize += remaining;
      if (messageSize > maxMessageSize) {
        overflow();
        return;
      }
    }
    state = PAYLOAD;
    if (remaining == 0) frameEnd();
  }

  private ScriptObject head(int opcode) {
    ScriptObject h = worker().scripts().newObject();
    h.set("opcode", opcode);
    h.set("masked", masked);
    return h;
  }

  private void payload(Data d) {
    int n = (int) Math.min(remaining, d.size());
    Data part = d.shift(n);
    remaining -= n;
    if (masked) part = unmask(part);
    if (control != null) {
      control.push(part);
    } else if (pending == null) {
      pending = part;
    } else {
      pending.push(part);
    }
    if (remaining == 0) frameEnd();
  }

  private void frameEnd() {
    state = OPCODE;
    if (control != null) {
      Data body = control;
      control = null;
      int opcode = firstByte & 0x0f;
      if (inMessage) {
        if (held == null) held = new ArrayDeque<>(4);
        if (held.size() >= MAX_HELD_CONTROL_FRAMES) {
          body.release();
          error("too many control frames inside a fragmented message");
          return;
        }
        held.add(new Object[] {head(opcode), body});
      } else {
        flush();
        output(MessageStart.of(head(opcode)));
        if (body.isEmpty()) body.release(); else output(body);
        output(MessageEnd.plain());
      }
      return;
    }
    if ((firstByte & 0x80) != 0) {
      flush();
      inMessage = false;
      output(MessageEnd.plain());
      while (held != null && !held.isEmpty() && state != STOPPED) {
        Object[] c = held.poll();
        Data body = (Data) c[1];
        output(MessageStart.of(c[0]));
        if (body.isEmpty()) body.release(); else output(body);
        output(MessageEnd.plain());
      }
    }
  }

  /** {@code d} XORed with the mask, in a new buffer; {@code d} is released. */
  private Data unmask(Data d) {
    int size = d.size();
    if (size == 0) return d;
    ByteBuf out = PooledByteBufAllocator.DEFAULT.directBuffer(size);
    int p = maskPos;
    for (int i = 0, n = d.chunkCount(); i < n; i++) {
      ByteBuf c = d.chunk(i);
      for (int j = c.readerIndex(), end = c.writerIndex(); j < end; j++) {
        out.writeByte(c.getByte(j) ^ mask[p++ & 3]);
      }
    }
    maskPos = p & 3;
    d.release();
    return Data.of(out);
  }

  private void flush() {
    Data p = pending;
    if (p != null) {
      pending = null;
      if (p.isEmpty()) p.release(); else output(p);
    }
  }

  private void error(String why) {
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug("decodeWebSocket: " + why);
    end(StreamEnd.of(StreamEnd.Error.PROTOCOL_ERROR));
  }

  private void overflow() {
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug("decodeWebSocket: message larger than " + maxMessageSize + " bytes");
    end(StreamEnd.of(StreamEnd.Error.BUFFER_OVERFLOW));
  }

  private void end(StreamEnd se) {
    flush();
    clear();
    state = STOPPED;
    output(se);
  }

  private void clear() {
    if (pending != null) {
      pending.release();
      pending = null;
    }
    if (control != null) {
      control.release();
      control = null;
    }
    if (held != null) {
      for (Object[] c : held) ((Data) c[1]).release();
      held.clear();
    }
  }

  @Override
  protected void reset() {
    clear();
    state = OPCODE;
    bufLen = 0;
    need = 0;
    remaining = 0;
    inMessage = false;
    messageSize = 0;
  }
}
