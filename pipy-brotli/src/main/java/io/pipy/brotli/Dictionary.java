package io.pipy.brotli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The static dictionary of RFC 7932 (Appendix A): 122,784 bytes of words of 4 to 24 bytes,
 * grouped by length. It is shipped gzip-compressed as {@code dictionary.bin.gz} beside this class
 * and loaded once, on first use (a stream that never refers to it never loads it).
 */
final class Dictionary {

  static final int SIZE = 122_784;
  static final int MIN_WORD_LENGTH = 4;
  static final int MAX_WORD_LENGTH = 24;

  /** log2 of the number of words of each length (section 8). */
  static final int[] NDBITS = {0, 0, 0, 0, 10, 10, 11, 11, 10, 10, 10, 10, 10, 9, 9, 8, 7, 7, 8, 7, 7, 6, 6, 5, 5};

  /** Where the words of each length start. */
  static final int[] OFFSET = new int[MAX_WORD_LENGTH + 2];

  static {
    for (int len = MIN_WORD_LENGTH; len <= MAX_WORD_LENGTH; len++) {
      OFFSET[len + 1] = OFFSET[len] + (len << NDBITS[len]);
    }
  }

  private Dictionary() {
  }

  /** The dictionary bytes (shared; never modify). */
  static byte[] data() {
    return Holder.DATA;
  }

  /** Lazy, thread-safe loading through the class-holder idiom. */
  private static final class Holder {
    static final byte[] DATA = load();

    private static byte[] load() {
      try (InputStream raw = Dictionary.class.getResourceAsStream("dictionary.bin.gz")) {
        if (raw == null) throw new IllegalStateException("brotli: dictionary.bin.gz is missing from the class path");
        try (InputStream in = new GZIPInputStream(raw)) {
          byte[] d = in.readAllBytes();
          if (d.length != SIZE) throw new IllegalStateException("brotli: the static dictionary has " + d.length + " bytes, not " + SIZE);
          return d;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("brotli: cannot load the static dictionary", e);
      }
    }
  }
}
