package io.pipy.brotli;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;

/**
 * A brotli stream fed in buffers and given out in pieces of a fixed largest size as soon as each
 * is full, for filters that must never hold a whole expansion: what this holds is the decoder's
 * window and one piece, so a small input that expands enormously (a decompression bomb) streams
 * through in bounded memory.
 *
 * <p>Full pieces are handed over ({@code length == bytes.length}: the sink may keep the array);
 * the last, partial piece of each input is lent ({@code length < bytes.length}: the sink copies
 * what it keeps, the array is reused). Not thread-safe: one stream, one thread.
 */
public final class BrotliPieces {

  /** Receives decoded bytes. */
  @FunctionalInterface
  public interface Sink {
    /** {@code bytes[0..length)} decoded; the array is the sink's only if {@code length == bytes.length}. */
    void accept(byte[] bytes, int length);
  }

  /** The largest piece {@link #untrusted()} gives out. */
  public static final int UNTRUSTED_PIECE_SIZE = 64 * 1024;

  /**
   * The largest window {@link #untrusted()} accepts: 16 MiB, the most RFC 7932 allows. Pipy also
   * decodes large-window streams with windows up to 1 GiB; we refuse those over 16 MiB because
   * the window fills with the output, so a few hundred bytes declaring a 1 GiB window and
   * expanding to 1 GiB would make us hold 1 GiB (and a few at once exhaust the heap).
   */
  public static final int UNTRUSTED_MAX_WINDOW_BITS = 24;

  private final BrotliDecoder decoder;
  private final int pieceSize;
  private byte[] buf;
  private int len;
  private boolean closed;

  /**
   * A stream whose window may be at most 2<sup>{@code maxWindowBits}</sup> bytes (see
   * {@link BrotliDecoder#BrotliDecoder(int)}), given out in pieces of at most {@code pieceSize}.
   */
  public BrotliPieces(int maxWindowBits, int pieceSize) {
    if (pieceSize <= 0) throw new IllegalArgumentException("pieceSize must be positive, not " + pieceSize);
    this.decoder = new BrotliDecoder(maxWindowBits);
    this.pieceSize = pieceSize;
  }

  /**
   * A stream for bytes from the network (what {@code decompress} and {@code decompressHTTP}
   * decode): RFC 7932 windows only, pieces of at most {@value #UNTRUSTED_PIECE_SIZE} bytes.
   */
  public static BrotliPieces untrusted() {
    return new BrotliPieces(UNTRUSTED_MAX_WINDOW_BITS, UNTRUSTED_PIECE_SIZE);
  }

  /** Whether the compressed stream has ended (later input is ignored). */
  public boolean streamEnded() {
    return decoder.streamEnded();
  }

  /**
   * Decodes all of {@code src}'s remaining bytes (up to the stream's end), giving {@code sink}
   * each full piece as it fills. Stops early once {@link #close()} is called (from the sink).
   * What does not fill a piece waits for more input or for {@link #flush}.
   *
   * @throws DataFormatException if the input is not valid brotli
   */
  public void feed(ByteBuffer src, Sink sink) throws DataFormatException {
    while (src.hasRemaining() && !closed && !decoder.streamEnded()) {
      int taken = decoder.feed(src);
      if (!drain(sink) && taken == 0) {
        // Cannot happen with a correct decoder (it fails when its input buffer is full and no
        // step fits); checked so that a bug shows as an error, not a busy loop.
        throw new DataFormatException("brotli: decoder stalled");
      }
    }
  }

  /** Gives {@code sink} the bytes decoded so far that did not fill a piece, if any. */
  public void flush(Sink sink) {
    if (len > 0 && !closed) {
      int n = len;
      len = 0;
      sink.accept(buf, n);
    }
  }

  /** Stops decoding; later input is dropped. */
  public void close() {
    closed = true;
    buf = null;
    len = 0;
  }

  /** Reads all the output due; true if there was any. */
  private boolean drain(Sink sink) throws DataFormatException {
    boolean any = false;
    while (!closed) {
      if (buf == null) buf = new byte[pieceSize];
      int n = decoder.read(buf, len, pieceSize - len);
      if (n == 0) break;
      any = true;
      len += n;
      if (len == pieceSize) {
        // The full array is handed over as it is; the next piece gets a fresh one.
        byte[] piece = buf;
        buf = null;
        len = 0;
        sink.accept(piece, piece.length);
      }
    }
    return any;
  }
}
