package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.brotli.BrotliDecoder;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;

/**
 * One brotli stream arriving as {@link Data} events, decoded into {@code Data} events for
 * {@code decompress('brotli')}.
 *
 * <p>Output goes out in pieces of at most {@link #CHUNK} bytes as soon as each is full, so a
 * small input that expands enormously (a decompression bomb) never sits in memory whole: what
 * this holds is bounded by the decoder's window and one piece. The pieces are GC-heap memory
 * (the decoder writes into arrays), so nothing here needs releasing but the input.
 */
final class Unbrotli {

  /** The largest output piece. */
  static final int CHUNK = 64 * 1024;

  /**
   * The largest window accepted: 16 MiB, the most RFC 7932 allows. Pipy also decodes
   * large-window streams with windows up to 1 GiB; we refuse those over 16 MiB because the window
   * fills with the output, so a few hundred bytes declaring a 1 GiB window and expanding to
   * 1 GiB would make us hold 1 GiB (and a few at once exhaust the heap).
   */
  static final int MAX_WINDOW_BITS = 24;

  private final BrotliDecoder decoder = new BrotliDecoder(MAX_WINDOW_BITS);
  private byte[] buf;
  private int len;
  private boolean closed;

  /** Whether the compressed stream has ended (later input is ignored). */
  boolean ended() {
    return decoder.streamEnded();
  }

  /**
   * Decodes {@code in} (released), giving {@code sink} each full piece and, at the end, what
   * is left. Stops early if {@link #close()} is called meanwhile (from the sink).
   *
   * @throws DataFormatException if the input is not valid brotli
   */
  void input(Data in, Consumer<Data> sink) throws DataFormatException {
    try {
      for (int i = 0, n = in.chunkCount(); i < n && !closed && !decoder.streamEnded(); i++) {
        ByteBuffer bb = in.chunk(i).nioBuffer();
        while (bb.hasRemaining() && !closed && !decoder.streamEnded()) {
          int taken = decoder.feed(bb);
          if (!drain(sink) && taken == 0) {
            // Cannot happen with a correct decoder (it fails when its input buffer is full and
            // no step fits); checked so that a bug shows as an error, not a busy loop.
            throw new DataFormatException("brotli: decoder stalled");
          }
        }
      }
    } finally {
      in.release();
    }
    if (len > 0 && !closed) {
      Data rest = Data.copyOf(buf, 0, len);
      len = 0;
      sink.accept(rest);
    }
  }

  /** Reads all the output due; true if there was any. */
  private boolean drain(Consumer<Data> sink) throws DataFormatException {
    boolean any = false;
    while (!closed) {
      if (buf == null) buf = new byte[CHUNK];
      int n = decoder.read(buf, len, CHUNK - len);
      if (n == 0) break;
      any = true;
      len += n;
      if (len == CHUNK) {
        // The full array goes out as it is; the next piece gets a fresh one.
        Data piece = Data.wrap(buf);
        buf = null;
        len = 0;
        sink.accept(piece);
      }
    }
    return any;
  }

  /** Stops decoding; later input is dropped. */
  void close() {
    closed = true;
    buf = null;
    len = 0;
  }
}
