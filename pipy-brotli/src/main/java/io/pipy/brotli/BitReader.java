package io.pipy.brotli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The decoder's input: a buffer of compressed bytes it owns, read least-significant bit first
 * through a 64-bit accumulator, with a checkpoint to roll back to.
 *
 * <p>Input arrives in pieces of any size, so any read may run past the bytes received so far.
 * Instead of checking before every read, the reader pretends the input goes on with zero bits
 * ("padding") and counts them; a step of the decoder that consumed padding is undone with
 * {@link #reset()} and tried again when more input has come. Reading ahead into padding without
 * consuming it is harmless, which is what lets the last prefix-code symbol of a stream decode
 * even though fewer than 15 bits remain.
 *
 * <p>The bytes are copied into the reader's own buffer so that a rolled-back step can read them
 * again whatever the caller does with its buffers. A step never needs more than a couple of
 * kilobytes, far below {@link #CAPACITY}.
 */
final class BitReader {

  /** Size of the input buffer. */
  static final int CAPACITY = 1 << 15;

  private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  final byte[] buf = new byte[CAPACITY];
  /** Next byte of {@link #buf} to load into the accumulator. */
  int pos;
  /** End of the received bytes in {@link #buf}. */
  int limit;
  /**
   * The bits loaded and not consumed yet, the next one lowest. Bits above {@link #bits} are
   * zero or copies of the bytes that come next (the fast refill loads a whole word), so loading
   * those bytes again with OR is harmless.
   */
  long acc;
  /** How many bits of {@link #acc} are loaded (real or padding). */
  int bits;
  /** How many of those are padding: zero bits past the end of the received input. */
  int padded;

  private int markPos;
  private long markAcc;
  private int markBits;
  private int markPadded;

  /** Takes as many bytes from {@code src} as fit (advancing it); returns how many. */
  int feed(ByteBuffer src) {
    compact();
    int n = Math.min(src.remaining(), CAPACITY - limit);
    src.get(buf, limit, n);
    limit += n;
    return n;
  }

  /** Takes as many of {@code len} bytes at {@code b[off]} as fit; returns how many. */
  int feed(byte[] b, int off, int len) {
    compact();
    int n = Math.min(len, CAPACITY - limit);
    System.arraycopy(b, off, buf, limit, n);
    limit += n;
    return n;
  }

  /**
   * Drops the padding (real bytes will follow it now) and moves the unread bytes to the start.
   * Only called between steps, when no checkpoint is pending.
   */
  private void compact() {
    bits -= padded;
    padded = 0;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
  }

  /** Whether no more bytes can be taken in until some are read. */
  boolean full() {
    return pos == 0 && limit == CAPACITY;
  }

  /** Bytes received and not yet loaded into the accumulator. */
  int buffered() {
    return limit - pos;
  }

  /** Whether a step consumed padding, that is, read past the input received so far. */
  boolean overrun() {
    return bits < padded;
  }

  /** Remembers the position, to come back to with {@link #reset()}. */
  void mark() {
    markPos = pos;
    markAcc = acc;
    markBits = bits;
    markPadded = padded;
  }

  /** Goes back to the last {@link #mark()}. */
  void reset() {
    pos = markPos;
    acc = markAcc;
    bits = markBits;
    padded = markPadded;
  }

  /** Loads at least 57 bits into the accumulator (padding with zeros past the input). */
  void fill() {
    if (limit - pos >= 8) {
      // One unaligned little-endian word; the bytes that do not fit are loaded again next time.
      acc |= (long) LONG_LE.get(buf, pos) << bits;
      int n = (63 - bits) >>> 3;
      pos += n;
      bits += n << 3;
      return;
    }
    while (bits <= 56) {
      if (pos < limit) acc |= (buf[pos++] & 0xffL) << bits;
      else padded += 8;
      bits += 8;
    }
  }

  /** Reads {@code n} bits (0 to 32) as an unsigned number. */
  int read(int n) {
    if (bits < n) fill();
    int v = (int) (acc & ((1L << n) - 1));
    acc >>>= n;
    bits -= n;
    return v;
  }

  /** Reads one bit. */
  int bit() {
    return read(1);
  }

  /** Reads bits up to the next byte boundary; returns them (they must be zero in brotli). */
  int alignToByte() {
    return read(bits & 7);
  }

  /** Whole received bytes left in the accumulator (after {@link #alignToByte()}). */
  int bytesInAccumulator() {
    return Math.max(0, (bits - padded) >> 3);
  }

  /**
   * After {@link #alignToByte()} and with {@link #bytesInAccumulator()} zero: empties the
   * accumulator so that bytes can be taken straight from {@link #buf} at {@link #pos}.
   */
  void clearAccumulator() {
    acc = 0;
    bits = 0;
    padded = 0;
  }

  /** Decodes one symbol with a table from {@link Huffman#build}. */
  int decode(int[] table) {
    if (bits < Huffman.MAX_LENGTH) fill();
    int e = table[(int) acc & Huffman.ROOT_MASK];
    int len = e >>> 16;
    if (len > Huffman.MAX_LENGTH) {
      int sub = len - Huffman.SUBTABLE;
      e = table[(e & 0xffff) + ((int) (acc >>> Huffman.ROOT_BITS) & ((1 << sub) - 1))];
      len = e >>> 16;
    }
    acc >>>= len;
    bits -= len;
    return e & 0xffff;
  }
}
