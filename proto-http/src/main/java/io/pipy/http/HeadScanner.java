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

  private byte[] buf = new byte[512];
  private int len;
  private int lineStart;
  private int consumed;

  /**
   * Moves bytes from {@code data} into the buffer until the end of the block or line, taking no
   * more than {@code limit} bytes in all.
   *
   * @return {@link #INCOMPLETE}, {@link #COMPLETE} or {@link #TOO_LARGE}
   */
  int scan(Data data, int limit, int mode) {
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
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.min(Math.max(buf.length * 2, len + n), Math.max(limit, len + n)));
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
    return result;
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
    if (buf.length > 8192) buf = new byte[512];
  }
}
