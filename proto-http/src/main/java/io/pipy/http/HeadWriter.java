package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Data;
import java.util.Arrays;

/**
 * Builds the bytes of a head in a reusable scratch array, then copies them once into a pooled
 * direct buffer: the form a socket writes without another copy. A small body is copied into the
 * same buffer, so a whole small response is one buffer and one write.
 *
 * <p>Text is written as UTF-8. CR and LF inside a value are written as spaces, so no script value
 * can split a header line (response splitting).
 *
 * <p>One instance per filter instance, used on one thread.
 */
final class HeadWriter {

  /** Bodies up to this size are copied next to the head; larger ones are sent as their own chunks. */
  static final int MERGE_LIMIT = 4096;

  private static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;
  private static final byte[] DIGITS = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private byte[] buf = new byte[256];
  private int len;

  /** Starts a new head. */
  HeadWriter reset() {
    len = 0;
    return this;
  }

  /** The number of bytes written. */
  int length() {
    return len;
  }

  /** A copy of the bytes written from index {@code start} on. */
  byte[] copyFrom(int start) {
    return Arrays.copyOfRange(buf, start, len);
  }

  /** Appends {@code bytes}. */
  HeadWriter bytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
    return this;
  }

  /** Appends one ASCII character. */
  HeadWriter ascii(char c) {
    ensure(1);
    buf[len++] = (byte) c;
    return this;
  }

  /** Appends CR LF. */
  HeadWriter crlf() {
    ensure(2);
    buf[len++] = '\r';
    buf[len++] = '\n';
    return this;
  }

  /** Appends {@code text} as UTF-8, with CR and LF turned into spaces. */
  HeadWriter text(CharSequence text) {
    int n = text.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        utf8(text, i, n);
        return this;
      }
      buf[len++] = c == '\r' || c == '\n' ? (byte) ' ' : (byte) c;
    }
    return this;
  }

  private void utf8(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      ensure(4);
      if (c < 0x80) {
        buf[len++] = c == '\r' || c == '\n' ? (byte) ' ' : (byte) c;
      } else if (c < 0x800) {
        buf[len++] = (byte) (0xc0 | c >> 6);
        buf[len++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        buf[len++] = (byte) (0xf0 | cp >> 18);
        buf[len++] = (byte) (0x80 | cp >> 12 & 0x3f);
        buf[len++] = (byte) (0x80 | cp >> 6 & 0x3f);
        buf[len++] = (byte) (0x80 | cp & 0x3f);
      } else if (Character.isSurrogate(c)) {
        buf[len++] = '?';
      } else {
        buf[len++] = (byte) (0xe0 | c >> 12);
        buf[len++] = (byte) (0x80 | c >> 6 & 0x3f);
        buf[len++] = (byte) (0x80 | c & 0x3f);
      }
    }
  }

  /** Appends {@code n} in decimal. */
  HeadWriter decimal(long n) {
    ensure(20);
    if (n < 0) {
      if (n == Long.MIN_VALUE) return text(Long.toString(n));
      buf[len++] = '-';
      n = -n;
    }
    int start = len;
    do {
      buf[len++] = DIGITS[(int) (n % 10)];
      n /= 10;
    } while (n > 0);
    reverse(start, len - 1);
    return this;
  }

  /** Appends {@code n} in upper-case hexadecimal. */
  HeadWriter hex(long n) {
    ensure(16);
    int start = len;
    do {
      buf[len++] = DIGITS[(int) (n & 15)];
      n >>>= 4;
    } while (n != 0);
    reverse(start, len - 1);
    return this;
  }

  private void reverse(int i, int j) {
    while (i < j) {
      byte t = buf[i];
      buf[i++] = buf[j];
      buf[j--] = t;
    }
  }

  private void ensure(int n) {
    if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
  }

  /** The bytes written so far as a new {@code Data} of one pooled direct buffer. */
  Data toData() {
    ByteBuf out = ALLOC.directBuffer(len, len);
    out.writeBytes(buf, 0, len);
    return Data.of(out);
  }

  /**
   * The bytes written so far followed by {@code body}, as a new {@code Data}. A body up to
   * {@link #MERGE_LIMIT} is copied into the head's buffer; a larger one is appended as
   * {@link Data#retainedDuplicate() retained duplicates} of its chunks. {@code body} is not
   * changed and still belongs to the caller.
   */
  Data toData(Data body) {
    int size = body == null ? 0 : body.size();
    if (size == 0) return toData();
    if (size > MERGE_LIMIT) {
      Data d = toData();
      d.push(body.retainedDuplicate());
      return d;
    }
    int total = len + size;
    ByteBuf out = ALLOC.directBuffer(total, total);
    out.writeBytes(buf, 0, len);
    for (int i = 0, n = body.chunkCount(); i < n; i++) {
      ByteBuf c = body.chunk(i);
      out.writeBytes(c, c.readerIndex(), c.readableBytes());
    }
    return Data.of(out);
  }

  /**
   * Like {@link #toData(Data)}, but takes {@code body} over: its bytes are copied and it is
   * released, or its chunks are moved into the result.
   */
  Data toDataTaking(Data body) {
    if (body == null) return toData();
    if (body.size() > MERGE_LIMIT) {
      Data d = toData();
      d.push(body);
      return d;
    }
    Data d = toData(body);
    body.release();
    return d;
  }
}
