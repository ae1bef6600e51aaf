package io.pipy.brotli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A decompression bomb (1 GiB of zeros in 809 bytes) decodes with memory bounded by the window,
 * a caller that stops reading stops the work, and a rough throughput figure is printed.
 */
class BrotliVolumeTest {

  private static final long GIB = 1L << 30;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void theZerosBombDecodesStreamingInBoundedMemory() throws Exception {
    byte[] bomb = Streams.resource("zeros-1g.br");
    BrotliDecoder d = new BrotliDecoder();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int p = 0;
    long t0 = System.nanoTime();
    while (!d.finished()) {
      if (p < bomb.length) p += d.feed(bomb, p, bomb.length - p);
      int n;
      while ((n = d.read(buf, 0, buf.length)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] != 0) throw new AssertionError("non-zero byte at " + (total + i));
        }
        total += n;
      }
      if (p == bomb.length && !d.finished()) assertTrue(d.streamEnded() || total < GIB, "stuck at " + total);
    }
    long ns = System.nanoTime() - t0;
    assertEquals(GIB, total);
    // The only buffer that grows with the output is the window, which the stream declares.
    assertTrue(d.ringCapacity() <= 1 << d.windowBits(), "ring " + d.ringCapacity() + " for window bits " + d.windowBits());
    assertTrue(d.ringCapacity() <= 16 << 20, "ring " + d.ringCapacity());
    System.out.printf("brotli: 1 GiB of zeros (window 2^%d, ring %d KiB) in %d ms: %.0f MB/s%n", d.windowBits(),
        d.ringCapacity() >> 10, ns / 1_000_000, GIB / 1e6 / (ns / 1e9));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aCallerThatStopsReadingStopsTheWork() throws Exception {
    // The caller's output limit: read 1 MiB of the bomb, then stop. The decoder has produced
    // no more than was asked for, so the rest costs nothing.
    byte[] bomb = Streams.resource("zeros-1g.br");
    BrotliDecoder d = new BrotliDecoder();
    d.feed(bomb, 0, bomb.length);
    byte[] buf = new byte[4096];
    long total = 0;
    while (total < 1 << 20) {
      int n = d.read(buf, 0, buf.length);
      assertTrue(n > 0);
      total += n;
    }
    assertEquals(1 << 20, total);
    assertFalse(d.finished());
    assertTrue(d.ringCapacity() <= 2 << 20, "the window grows with the output only: " + d.ringCapacity());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void throughputOnText() throws Exception {
    // Printed, not asserted: the machine is shared. Warm up, then time.
    for (String name : new String[] {"text.q11.br", "text.q5.br", "text.q1.br", "binary.q11.br"}) {
      byte[] compressed = Streams.resource(name);
      byte[] expected = Streams.resource(name.startsWith("text") ? "text.txt" : "binary.bin");
      for (int i = 0; i < 200; i++) Streams.decode(compressed);
      int rounds = 1000;
      long t0 = System.nanoTime();
      for (int i = 0; i < rounds; i++) Streams.decode(compressed);
      long ns = System.nanoTime() - t0;
      assertArrayEquals(expected, Streams.decode(compressed));
      System.out.printf("brotli: %s (%d -> %d bytes) x%d in %d ms: %.0f MB/s of output%n", name, compressed.length,
          expected.length, rounds, ns / 1_000_000, (double) expected.length * rounds / 1e6 / (ns / 1e9));
    }
  }
}
