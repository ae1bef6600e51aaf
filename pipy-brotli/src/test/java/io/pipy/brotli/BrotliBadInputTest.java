package io.pipy.brotli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pipy.brotli.Streams.Sizes;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Truncated, corrupt and random input: the decoder either waits for more input, or fails with a
 * {@link DataFormatException} whose message starts with "brotli:", and never hangs or runs out of
 * memory.
 */
class BrotliBadInputTest {

  /** Output past which a corrupt stream is no longer followed (a corrupt copy may be long). */
  private static final int CAP = 4 << 20;

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void everyTruncationWaitsForMoreAndGivesAPrefixOfTheOutput() throws Exception {
    for (String[] f : new String[][] {{"utf8.q5.br", "utf8.txt"}, {"text.q11.br", "text.txt"}, {"binary.q1.br", "binary.bin"},
        {"empty.q11.br", "empty.txt"}}) {
      byte[] compressed = Streams.resource(f[0]);
      byte[] expected = Streams.resource(f[1]);
      // Every prefix of the small ones; every 7th of the larger ones keeps the test quick.
      int step = compressed.length < 1000 ? 1 : 7;
      for (int len = 0; len < compressed.length; len += step) {
        byte[] cut = Arrays.copyOf(compressed, len);
        Streams.Result r = Streams.decode(cut, Sizes.fixed(1 << 16), Sizes.fixed(1 << 16), Integer.MAX_VALUE);
        assertFalse(r.ended(), f[0] + " cut at " + len + " cannot have ended");
        byte[] prefix = Arrays.copyOf(expected, r.output().length);
        assertArrayEquals(prefix, r.output(), f[0] + " cut at " + len);
      }
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void flippedBitsFailCleanlyOrDecodeToSomething() throws Exception {
    int errors = 0;
    int tries = 0;
    Random rnd = new Random(42);
    for (String name : new String[] {"text.q11.br", "text.q5.br", "text.q1.br", "binary.q9.br", "utf8.q11.br", "text.lw30.br"}) {
      byte[] good = Streams.resource(name);
      for (int i = 0; i < 300; i++) {
        byte[] bad = good.clone();
        int flips = 1 + rnd.nextInt(3);
        for (int k = 0; k < flips; k++) bad[rnd.nextInt(bad.length)] ^= (byte) (1 << rnd.nextInt(8));
        tries++;
        if (failsCleanly(bad, name + " try " + i)) errors++;
      }
    }
    // Most corruptions are caught by the format (prefix codes, distances, lengths); the rest
    // decode to wrong output, which brotli (without a checksum) cannot tell.
    assertTrue(errors > tries / 2, errors + " of " + tries + " corrupt streams were reported");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void randomBytesFailCleanly() throws Exception {
    Random rnd = new Random(7);
    int errors = 0;
    for (int i = 0; i < 2000; i++) {
      byte[] junk = new byte[1 + rnd.nextInt(i < 1000 ? 64 : 4096)];
      rnd.nextBytes(junk);
      if (failsCleanly(junk, "random " + i)) errors++;
    }
    assertTrue(errors > 1000, errors + " of 2000 random inputs were reported");
  }

  /** Decodes {@code bad} whole and split; true if it was reported as corrupt. */
  private static boolean failsCleanly(byte[] bad, String what) {
    boolean whole = failsCleanly(bad, Sizes.fixed(1 << 16), what);
    // Split input must give the same verdict: errors do not depend on where the input breaks.
    boolean split = failsCleanly(bad, Sizes.random(bad.length, 13), what + " split");
    assertEquals(whole, split, what + ": whole and split input disagree");
    return whole;
  }

  private static boolean failsCleanly(byte[] bad, Sizes in, String what) {
    try {
      Streams.decode(bad, in, Sizes.fixed(1 << 16), CAP);
      return false;
    } catch (DataFormatException e) {
      assertTrue(e.getMessage() != null && e.getMessage().startsWith("brotli: "), what + ": " + e.getMessage());
      return true;
    } catch (RuntimeException | Error e) {
      fail(what + ": not a DataFormatException", e);
      return false;
    }
  }

  @Test
  @Timeout(5)
  void errorsNameTheProblem() {
    // WBITS code 0010001: reserved.
    DataFormatException e = assertThrows(DataFormatException.class, () -> Streams.decode(new byte[] {0x11, 0, 0, 0}));
    assertTrue(e.getMessage().startsWith("brotli: "), e.getMessage());
    assertTrue(e.getMessage().length() > "brotli: ".length() + 5, e.getMessage());
  }

  @Test
  @Timeout(5)
  void aFailedDecoderStaysFailed() throws Exception {
    BrotliDecoder d = new BrotliDecoder();
    byte[] junk = {0x11, 0, 0, 0};
    d.feed(junk, 0, junk.length);
    byte[] buf = new byte[16];
    DataFormatException first = assertThrows(DataFormatException.class, () -> d.read(buf, 0, buf.length));
    byte[] good = Streams.resource("utf8.q5.br");
    d.feed(good, 0, Math.min(good.length, 100));
    DataFormatException again = assertThrows(DataFormatException.class, () -> d.read(buf, 0, buf.length));
    assertEquals(first.getMessage(), again.getMessage());
    assertFalse(d.finished());
  }
}
