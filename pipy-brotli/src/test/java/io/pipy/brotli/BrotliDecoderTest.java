package io.pipy.brotli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.brotli.Streams.Sizes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decoding the fixtures (made with the reference encoder, {@code brotli -q N -w N} and
 * {@code --large_window}, and checked with its decoder) and the hand-made streams, whole and
 * split every way.
 */
class BrotliDecoderTest {

  /** Each fixture and the file it decodes to. */
  static Stream<String[]> fixtures() {
    List<String[]> list = new java.util.ArrayList<>();
    for (String q : List.of("q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "w10", "w16", "w24", "lw30")) {
      list.add(new String[] {"text." + q + ".br", "text.txt"});
    }
    for (String q : List.of("q1", "q5", "q9", "q11", "lw26")) list.add(new String[] {"binary." + q + ".br", "binary.bin"});
    for (String q : List.of("q5", "q11")) list.add(new String[] {"utf8." + q + ".br", "utf8.txt"});
    for (String q : List.of("q0", "q11")) list.add(new String[] {"empty." + q + ".br", "empty.txt"});
    return list.stream();
  }

  /** Every stream with its expected output: the fixtures and the hand-made ones. */
  static Stream<Object[]> allStreams() {
    Stream<Object[]> files = fixtures().map(f -> new Object[] {f[0], Streams.resource(f[0]), Streams.resource(f[1])});
    Stream<Object[]> handmade = Handmade.all().stream().map(s -> new Object[] {s.name(), s.compressed(),
        s.expected() != null ? s.expected() : Streams.resource(s.name() + ".out")});
    return Stream.concat(files, handmade);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allStreams")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void decodesWhole(String name, byte[] compressed, byte[] expected) throws Exception {
    assertArrayEquals(expected, Streams.decode(compressed), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allStreams")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void decodesFedOneByteAtATime(String name, byte[] compressed, byte[] expected) throws Exception {
    Streams.Result r = Streams.decode(compressed, Sizes.fixed(1), Sizes.fixed(1 << 16), Integer.MAX_VALUE);
    assertTrue(r.ended(), name);
    assertArrayEquals(expected, r.output(), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allStreams")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void decodesReadOneByteAtATime(String name, byte[] compressed, byte[] expected) throws Exception {
    Streams.Result r = Streams.decode(compressed, Sizes.fixed(1 << 16), Sizes.fixed(1), Integer.MAX_VALUE);
    assertTrue(r.ended(), name);
    assertArrayEquals(expected, r.output(), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allStreams")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void decodesInRandomPieces(String name, byte[] compressed, byte[] expected) throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      int maxIn = seed % 2 == 0 ? 7 : 3000;
      int maxOut = seed % 3 == 0 ? 5 : 20000;
      Streams.Result r = Streams.decode(compressed, Sizes.random(seed, maxIn), Sizes.random(seed * 31, maxOut), Integer.MAX_VALUE);
      assertTrue(r.ended(), name + " seed " + seed);
      assertArrayEquals(expected, r.output(), name + " seed " + seed);
    }
  }

  @Test
  @Timeout(5)
  void feedsFromByteBuffersAndIgnoresWhatFollowsTheStream() throws Exception {
    byte[] compressed = Streams.resource("utf8.q11.br");
    byte[] trailing = "trailing garbage".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer in = ByteBuffer.allocateDirect(compressed.length + trailing.length);
    in.put(compressed).put(trailing).flip();
    BrotliDecoder d = new BrotliDecoder();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!d.finished()) {
      if (in.hasRemaining()) d.feed(in);
      int n;
      while ((n = d.read(buf, 0, buf.length)) > 0) out.write(buf, 0, n);
    }
    assertArrayEquals(Streams.resource("utf8.txt"), out.toByteArray());
    // Bytes after the end of the stream are taken and dropped.
    assertEquals(in.remaining(), d.feed(in));
    assertFalse(in.hasRemaining());
    assertEquals(0, d.read(buf, 0, buf.length));
    assertTrue(d.finished());
  }

  @Test
  @Timeout(5)
  void reportsTheWindowSize() throws Exception {
    assertEquals(10, windowBits("text.w10.br"));
    assertEquals(24, windowBits("text.w24.br"));
    assertEquals(30, windowBits("text.lw30.br"));
  }

  private static int windowBits(String name) throws DataFormatException {
    BrotliDecoder d = new BrotliDecoder();
    byte[] b = Streams.resource(name);
    d.feed(b, 0, b.length);
    d.read(new byte[1], 0, 1);
    return d.windowBits();
  }

  @Test
  @Timeout(5)
  void refusesLargeWindowStreamsWhenAskedTo() throws Exception {
    BrotliDecoder d = new BrotliDecoder(false);
    byte[] b = Streams.resource("text.lw30.br");
    d.feed(b, 0, b.length);
    DataFormatException e = assertThrows(DataFormatException.class, () -> d.read(new byte[100], 0, 100));
    assertTrue(e.getMessage().startsWith("brotli: "), e.getMessage());
    // The decoder is spent: the same error again.
    assertThrows(DataFormatException.class, () -> d.read(new byte[100], 0, 100));
    // And an ordinary stream still decodes with such a decoder.
    BrotliDecoder ok = new BrotliDecoder(false);
    byte[] w24 = Streams.resource("text.w24.br");
    ok.feed(w24, 0, w24.length);
    byte[] out = new byte[30000];
    int n = 0;
    int r;
    while ((r = ok.read(out, n, out.length - n)) > 0) n += r;
    assertArrayEquals(Streams.resource("text.txt"), Arrays.copyOf(out, n));
  }

  @Test
  @Timeout(5)
  void capsTheWindowWhenAskedTo() throws Exception {
    // Within the cap: large-window and ordinary streams decode.
    assertArrayEquals(Streams.resource("binary.bin"), decodeCapped("binary.lw26.br", 26));
    assertArrayEquals(Streams.resource("text.txt"), decodeCapped("text.w24.br", 24));
    assertArrayEquals(Streams.resource("text.txt"), decodeCapped("text.w16.br", 16));
    // Over it: refused as soon as the header is read, before any memory is taken for it.
    for (String[] c : new String[][] {{"text.lw30.br", "24", "2^30"}, {"binary.lw26.br", "24", "2^26"}, {"text.w24.br", "16", "2^24"}}) {
      DataFormatException e = assertThrows(DataFormatException.class, () -> decodeCapped(c[0], Integer.parseInt(c[1])));
      assertEquals("brotli: the stream's window of " + c[2] + " bytes is larger than the 2^" + c[1] + " allowed here", e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> new BrotliDecoder(9));
    assertThrows(IllegalArgumentException.class, () -> new BrotliDecoder(31));
  }

  private static byte[] decodeCapped(String name, int maxWindowBits) throws DataFormatException {
    BrotliDecoder d = new BrotliDecoder(maxWindowBits);
    byte[] b = Streams.resource(name);
    d.feed(b, 0, b.length);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = d.read(buf, 0, buf.length)) > 0) out.write(buf, 0, n);
    assertTrue(d.finished(), name);
    assertTrue(d.ringCapacity() <= 1 << maxWindowBits);
    return out.toByteArray();
  }

  @Test
  @Timeout(5)
  void zeroLengthReadsAndFeedsDoNothing() throws Exception {
    BrotliDecoder d = new BrotliDecoder();
    assertEquals(0, d.read(new byte[10], 0, 0));
    assertEquals(0, d.feed(new byte[0], 0, 0));
    assertEquals(0, d.read(new byte[10], 0, 10));
    assertFalse(d.finished());
    assertFalse(d.streamEnded());
  }
}
