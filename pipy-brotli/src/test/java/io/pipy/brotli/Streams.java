package io.pipy.brotli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.zip.DataFormatException;

/** Test helpers: fixtures from the class path, and decoding with input and output split at will. */
final class Streams {

  private Streams() {
  }

  /** A test resource of this package. */
  static byte[] resource(String name) {
    try (InputStream in = Streams.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalArgumentException("no test resource " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chooses the size of the next piece of input or output. */
  interface Sizes {
    int next();

    static Sizes fixed(int n) {
      return () -> n;
    }

    /** 1 to {@code max} bytes, from a seeded generator. */
    static Sizes random(long seed, int max) {
      Random r = new Random(seed);
      return () -> 1 + r.nextInt(max);
    }
  }

  /** What decoding gave: the output (up to a cap) and whether the stream ended. */
  record Result(byte[] output, boolean ended, boolean capped) {
  }

  /** Decodes all of {@code compressed}, fed and read in whole pieces. */
  static byte[] decode(byte[] compressed) throws DataFormatException {
    Result r = decode(compressed, Sizes.fixed(1 << 16), Sizes.fixed(1 << 16), Integer.MAX_VALUE);
    if (!r.ended) throw new AssertionError("stream did not end");
    return r.output;
  }

  /**
   * Decodes {@code compressed}, feeding pieces of {@code inSizes} bytes and reading pieces of
   * {@code outSizes} bytes, until the input is used up or {@code cap} bytes are out.
   */
  static Result decode(byte[] compressed, Sizes inSizes, Sizes outSizes, int cap) throws DataFormatException {
    BrotliDecoder d = new BrotliDecoder();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int p = 0;
    while (true) {
      int taken = 0;
      if (p < compressed.length) {
        int n = Math.min(inSizes.next(), compressed.length - p);
        taken = d.feed(compressed, p, n);
        p += taken;
      }
      boolean produced = false;
      // Read until the decoder wants more input (or the stream has ended and been read).
      while (true) {
        int want = Math.min(outSizes.next(), buf.length);
        int n = d.read(buf, 0, want);
        if (n < 0 || n > want) throw new AssertionError("read returned " + n + " for " + want);
        out.write(buf, 0, n);
        if (out.size() >= cap) return new Result(out.toByteArray(), d.streamEnded(), true);
        if (n == 0) break;
        produced = true;
      }
      if (taken == 0 && !produced && p < compressed.length && !d.streamEnded()) {
        throw new AssertionError("decoder stuck: takes no input and gives no output at " + p);
      }
      if (d.finished()) return new Result(out.toByteArray(), true, false);
      if (p >= compressed.length) return new Result(out.toByteArray(), false, false);
    }
  }
}
