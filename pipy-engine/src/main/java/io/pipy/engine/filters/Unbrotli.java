package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.brotli.BrotliPieces;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;

/**
 * One brotli stream arriving as {@link Data} events, decoded into {@code Data} events for
 * {@code decompress('brotli')}.
 *
 * <p>Output goes out in pieces of at most 64 KiB as soon as each is full, so a
 * small input that expands enormously (a decompression bomb) never sits in memory whole: what
 * this holds is bounded by the decoder's window (at most 16 MiB: see
 * {@link BrotliPieces#untrusted()}) and one piece. The pieces are GC-heap memory
 * (the decoder writes into arrays), so nothing here needs releasing but the input.
 */
final class Unbrotli {

  private final BrotliPieces pieces = BrotliPieces.untrusted();

  /** Whether the compressed stream has ended (later input is ignored). */
  boolean ended() {
    return pieces.streamEnded();
  }

  /**
   * Decodes {@code in} (released), giving {@code sink} each full piece and, at the end, what
   * is left. Stops early if {@link #close()} is called meanwhile (from the sink).
   *
   * @throws DataFormatException if the input is not valid brotli
   */
  void input(Data in, Consumer<Data> sink) throws DataFormatException {
    BrotliPieces.Sink out = (bytes, length) ->
        sink.accept(length == bytes.length ? Data.wrap(bytes) : Data.copyOf(bytes, 0, length));
    try {
      for (int i = 0, n = in.chunkCount(); i < n && !pieces.streamEnded(); i++) {
        pieces.feed(in.chunk(i).nioBuffer(), out);
      }
    } finally {
      in.release();
    }
    pieces.flush(out);
  }

  /** Stops decoding; later input is dropped. */
  void close() {
    pieces.close();
  }
}
