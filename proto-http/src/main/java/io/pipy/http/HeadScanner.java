package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.pipy.api.Data;
import java.util.Arrays;

/**
 * Gathers the bytes of a head (or of one line) from a run of {@link Data} events into an array,
 * consuming from each {@code Data} exactly the bytes it keeps, so what follows the head (a body,
 * the next request) stays in the {@code Data} untouched. Copies in bulk, a step at a time, and
 * searches the array, never byte by byte through the {@code Data}.
 *
 * <p>A block (a message head, or trailers) ends at an empty line; a line ends at LF. CRLF and
 * bare LF are both accepted as line ends.
 *
 * <p>A head that arrives whole (nearly every head) is gathered in the worker's buffer
 * ({@link WorkerCaches#scanBuffer}), which every connection of the worker shares and so stays in
 * the CPU's caches; only a head still incomplete when a scan ends moves to a buffer of the
 * scanner's own until it is complete. The caller reads a complete head from {@link #buffer()}
 * before it scans anything else on the worker, then {@link #clear()}s.
 */
final class HeadScanner {

  /** More bytes are needed. */
  static final int INCOMPLETE = 0;
  /** The block or line is complete in {@link #buffer()}. */
  static final int COMPLETE = 1;
  /** The limit was reached before the end. */
  static final int TOO_LARGE = 2;

  /** Scan up to the first LF. */
  static final int LINE = 0;
  /** Scan up to an empty line. */
  static final int BLOCK = 1;
  /** Scan up to an empty line, dropping empty lines before the first one (RFC 9112 section 2.2). */
  static final int BLOCK_SKIP_LEADING = 2;

  /** Bytes copied at a time when looking for the end of a block: a typical head in one go. */
  private static final int BLOCK_STEP = 512;
  /** Bytes copied at a time when looking for the end of a line (a chunk size, short). */
  private static final int LINE_STEP = 32;

  /** The worker's shared buffer; {@code shared[0]} is the array (replaced when it grows). */
  private final byte[][] shared;
  /** The buffer in use: the worker's, or one of our own while a head is incomplete. */
  private byte[] buf;
  private int len;
  private int lineStart;
  private int consumed;

  /**
   * Moves bytes from {@code data} into the buffer until the end of the block or line, taking no
   * more than {@code limit} bytes in all.
   *
   * @return {@link #INCOMPLETE}, {@link #COMPLETE} or {@link #TOO_LARGE}
   */
  HeadScanner() {
    this.shared = WorkerCaches.current().scanBuffer;
    this.buf = shared[0];
  }

  int scan(Data data, int limit, int mode) {
    if (len == 0) {
      buf = shared[0];
      lineStart = 0;
    }
    int taken = 0;
    int result = INCOMPLETE;
    // Bytes are copied a step at a time and searched in the array: one bulk copy per step, not
    // a ByteBuf search and a copy per line. Whatever a step copies past the end is left in the
    // Data (not counted as taken), so a step bounds the waste.
    int step = mode == LINE ? LINE_STEP : BLOCK_STEP;
    outer:
    for (int c = 0, chunks = data.chunkCount(); c < chunks; c++) {
      ByteBuf b = data.chunk(c);
      int p = b.readerIndex();
      int end = b.writerIndex();
      while (p < end) {
        int n = Math.min(end - p, step);
        if (len + n > buf.length) grow(len + n, limit);
        b.getBytes(p, buf, len, n);
        p += n;
        byte[] a = buf;
        int stop = len + n;
        for (int i = len; i < stop; i++) {
          if (a[i] != '\n') continue;
          if (i + 1 > limit) {
            result = TOO_LARGE;
            break outer;
          }
          boolean done = mode == LINE;
          if (!done) {
            int lineEnd = i;
            if (lineEnd > lineStart && a[lineEnd - 1] == '\r') lineEnd--;
            if (lineEnd == lineStart) {
              if (mode == BLOCK_SKIP_LEADING && lineStart == 0) {
                // An empty line before the head: drop it and scan on from the array's start.
                int rest = stop - (i + 1);
                System.arraycopy(a, i + 1, a, 0, rest);
                taken += stop - rest - len;
                len = 0;
                stop = rest;
                i = -1;
                continue;
              }
              done = true;
            } else {
              lineStart = i + 1;
            }
          }
          if (done) {
            taken += i + 1 - len;
            len = i + 1;
            result = COMPLETE;
            break outer;
          }
        }
        if (stop > limit) {
          result = TOO_LARGE;
          break outer;
        }
        taken += stop - len;
        len = stop;
      }
    }
    data.skip(taken);
    consumed = taken;
    if (result == TOO_LARGE) {
      // Nothing gathered is of use any more (onFirstLine() still tells where the limit was hit).
      len = 0;
    } else if (result == INCOMPLETE && len > 0 && buf == shared[0]) {
      // The rest comes with a later read, and other connections use the worker's buffer first.
      buf = Arrays.copyOf(buf, Math.max(512, len * 2));
    }
    return result;
  }

  private void grow(int needed, int limit) {
    byte[] bigger = Arrays.copyOf(buf, Math.min(Math.max(buf.length * 2, needed), Math.max(limit, needed)));
    if (buf == shared[0]) shared[0] = bigger;
    buf = bigger;
  }

  /** The gathered bytes; valid up to {@link #length()}. */
  byte[] buffer() {
    return buf;
  }

  /** The number of gathered bytes. */
  int length() {
    return len;
  }

  /** How many bytes the last {@link #scan} consumed. */
  int consumed() {
    return consumed;
  }

  /** Whether no complete line has been gathered yet (so a limit hit means an over-long first line). */
  boolean onFirstLine() {
    return lineStart == 0;
  }

  /** Forgets the gathered bytes. Shrinks a buffer grown by an unusually large head. */
  void clear() {
    len = 0;
    lineStart = 0;
    if (shared[0].length > 8192) shared[0] = new byte[512];
    buf = shared[0];
  }
}
