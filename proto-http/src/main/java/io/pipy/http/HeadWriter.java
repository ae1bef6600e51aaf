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
 * <p>The scratch array is the worker's ({@link WorkerCaches#headBuffer}), shared by all its
 * connections so that it stays in the CPU's caches: a writer takes it at {@link #reset()} and
 * gives it back when it makes the {@code Data} ({@link #toData()} and the like) or
 * {@link #release()}s it. A writer that finds it taken (a head is built while another is, as
 * when a script runs between the two) uses an array of its own instead.
 *
 * <p>One instance per filter instance, used on one thread.
 */
final class HeadWriter {

  /** Bodies up to this size are copied next to the head; larger ones are sent as their own chunks. */
  static final int MERGE_LIMIT = 4096;

  private static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;
  private static final byte[] DIGITS = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** The worker's scratch array, shared by its writers, taken by one at a time. */
  static final class Scratch {
    private byte[] bytes = new byte[512];
    private HeadWriter owner;
  }

  private Scratch scratch;
  /** An array of our own, made when the worker's was taken. */
  private byte[] own;
  private byte[] buf;
  private int len;

  /** Starts a new head. */
  HeadWriter reset() {
    Scratch s = scratch;
    if (s == null) scratch = s = WorkerCaches.current().headBuffer;
    if (s.owner == null || s.owner == this) {
      s.owner = this;
      buf = s.bytes;
    } else {
      if (own == null) own = new byte[256];
      buf = own;
    }
    len = 0;
    return this;
  }

  /** Gives the worker's scratch array back, if this writer has it. */
  void release() {
    Scratch s = scratch;
    if (s != null && s.owner == this) s.owner = null;
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
    if (buf == null) reset(); // a new writer is at the start of a head already
    if (len + n > buf.length) grow(n);
  }

  private void grow(int n) {
    byte[] bigger = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    if (scratch != null && buf == scratch.bytes) {
      scratch.bytes = bigger;
    } else {
      own = bigger;
    }
    buf = bigger;
  }

  /** The bytes written so far as a new {@code Data} of one pooled direct buffer. */
  Data toData() {
    ByteBuf out = ALLOC.directBuffer(len, len);
    if (len > 0) out.writeBytes(buf, 0, len);
    release();
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
    if (len > 0) out.writeBytes(buf, 0, len);
    release();
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
