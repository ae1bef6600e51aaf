package io.pipy.engine.filters;

import static io.pipy.engine.filters.Kit.bytes;
import static io.pipy.engine.filters.Kit.make;
import static io.pipy.engine.filters.Kit.me;
import static io.pipy.engine.filters.Kit.ms;
import static io.pipy.engine.filters.Kit.se;
import static io.pipy.engine.filters.Kit.shape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Filter;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedData;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.PipelineTester.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class CompressionTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private static byte[] sample() {
    StringBuilder sb = new StringBuilder();
    Random r = new Random(1);
    for (int i = 0; i < 2000; i++) sb.append("line ").append(r.nextInt(100)).append('\n');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] output(Run run) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (var r : run.output()) if (r instanceof RecordedData d) out.writeBytes(d.bytes());
    return out.toByteArray();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static void feedInPieces(Run run, byte[] b, int piece) {
    for (int i = 0; i < b.length; i += piece) {
      byte[] part = java.util.Arrays.copyOfRange(b, i, Math.min(b.length, i + piece));
      run.input(bytes(part));
    }
  }

  @Test
  void gzipIsReadableByGzipReaders() throws IOException {
    byte[] in = sample();
    Run run = t.run(make(t, Compress::create, "gzip"));
    run.input(ms());
    feedInPieces(run, in, 1000);
    run.input(me(), se());
    assertArrayEquals(in, readAll(new GZIPInputStream(new ByteArrayInputStream(output(run)))));
    var out = run.output();
    assertTrue(((RecordedEvent) out.get(out.size() - 1)).event() instanceof StreamEnd);
    assertTrue(run.outputShape().matches("(D\\(\\d+\\) )+SE"), run.outputShape());
  }

  @Test
  void deflateIsZlibFormat() throws IOException {
    byte[] in = sample();
    Run run = t.run(make(t, Compress::create, "deflate"));
    feedInPieces(run, in, 333);
    run.input(se());
    assertArrayEquals(in, readAll(new InflaterInputStream(new ByteArrayInputStream(output(run)))));
  }

  @Test
  void compressAnEmptyStream() throws IOException {
    Run run = t.run(make(t, Compress::create, "gzip"));
    run.input(se());
    assertEquals(0, readAll(new GZIPInputStream(new ByteArrayInputStream(output(run)))).length);
  }

  @Test
  void decompressGzipSplitAnywhere() throws IOException {
    byte[] in = sample();
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(z)) {
      g.write(in);
    }
    for (int piece : new int[] {1, 7, 100000}) {
      Run run = t.run(make(t, Decompress::create, "gzip"));
      feedInPieces(run, z.toByteArray(), piece);
      run.input(bytes("trailing garbage".getBytes(StandardCharsets.UTF_8)), se());
      assertArrayEquals(in, output(run), "piece " + piece);
    }
  }

  @Test
  void decompressGzipWithNameAndExtraFields() {
    // A header with FEXTRA, FNAME and FCOMMENT, then a stored-nothing deflate body of "hi".
    byte[] body = {(byte) 0xcb, (byte) 0xc8, 0x04, 0x00};
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    z.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 4 | 8 | 16, 0, 0, 0, 0, 0, 3});
    z.writeBytes(new byte[] {3, 0, 'a', 'b', 'c'});
    z.writeBytes("name\0comment\0".getBytes(StandardCharsets.ISO_8859_1));
    z.writeBytes(body);
    Run run = t.run(make(t, Decompress::create, "gzip"));
    feedInPieces(run, z.toByteArray(), 2);
    run.input(se());
    assertEquals("hi", new String(output(run), StandardCharsets.UTF_8));
  }

  @Test
  void inflateZlib() throws IOException {
    byte[] in = sample();
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(z)) {
      d.write(in);
    }
    Run run = t.run(make(t, Decompress::create, Kit.Fn.returning("inflate")));
    feedInPieces(run, z.toByteArray(), 50);
    run.input(se());
    assertArrayEquals(in, output(run));
  }

  @Test
  void roundTripThroughBothFilters() {
    byte[] in = sample();
    Run run = t.run(make(t, Compress::create, "gzip"), make(t, Decompress::create, "gzip"));
    feedInPieces(run, in, 4096);
    run.input(se());
    assertArrayEquals(in, output(run));
  }

  @Test
  void badAlgorithmsAndCorruptInput() {
    ScriptError e = assertThrows(ScriptError.class, () -> make(t, Decompress::create, "zip"));
    assertTrue(e.getMessage().contains("unknown compression algorithm: zip"), e.getMessage());
    assertThrows(ScriptError.class, () -> make(t, Compress::create, "br"));
    assertThrows(ScriptError.class, () -> make(t, Compress::create, 1));
    Run run = t.run(make(t, Decompress::create, Kit.Fn.returning("zip")));
    Kit.captureLog(() -> run.input(bytes(new byte[] {1, 2}), se()));
    assertEquals("SE(RuntimeError)", shape(t, run));
    Run corrupt = t.run(make(t, Decompress::create, "inflate"));
    String log = Kit.captureLog(() -> corrupt.input(bytes(new byte[] {0x78, (byte) 0x9c, (byte) 0xff, (byte) 0xff, 0, 1}), bytes(new byte[] {9}), se()));
    assertEquals("SE(RuntimeError)", shape(t, corrupt));
    assertTrue(log.contains("corrupt"), log);
  }

  @Test
  void releasingMidStreamFreesTheCodec() {
    var layout = t.layout(make(t, Compress::create, "gzip"));
    Run run = t.run(layout);
    run.input(bytes(sample()));
    run.release();
    Run again = t.run(layout);
    again.input(bytes("x".getBytes(StandardCharsets.UTF_8)), se());
    assertTrue(output(again).length > 18);
  }

  // ---- brotli

  /** "The quick brown fox jumps over the lazy dog" through {@code brotli -q 11}. */
  private static final byte[] FOX_BR = java.util.Base64.getDecoder().decode("DxWAVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZwM=");
  /** 64 MiB of zeros through {@code brotli -q 11}: 54 bytes. */
  private static final byte[] ZEROS_64M_BR = java.util.Base64.getDecoder().decode("z///f/gnAOKxQCD3/p/////wTwDEYQGA7v0/////4Z8AiMMiAN37f/7//8M/ARCHBQC69/8D");

  /** {@link #sample()} through {@code brotli -q 11}. */
  private static byte[] sampleBrotli() throws IOException {
    return readAll(CompressionTest.class.getResourceAsStream("brotli-sample.br"));
  }

  @Test
  void decompressBrotliSplitAnywhere() throws IOException {
    byte[] in = sample();
    byte[] br = sampleBrotli();
    for (int piece : new int[] {1, 7, 100000}) {
      Run run = t.run(make(t, Decompress::create, "brotli"));
      run.input(ms());
      feedInPieces(run, br, piece);
      run.input(me(), bytes("trailing garbage".getBytes(StandardCharsets.UTF_8)), se());
      assertArrayEquals(in, output(run), "piece " + piece);
      assertTrue(run.outputShape().matches("(D\\(\\d+\\) )+SE"), run.outputShape());
    }
    Run fox = t.run(make(t, Decompress::create, Kit.Fn.returning("brotli")));
    fox.input(bytes(FOX_BR), se());
    assertEquals("D(The quick brown fox jumps over the lazy dog) SE", shape(t, fox));
  }

  @Test
  void decompressBrotliStreamsABombInPieces() {
    // 54 bytes in, 64 MiB out: the output comes in pieces of at most 64 KiB, counted and
    // dropped downstream, so nothing holds it whole.
    long[] seen = new long[3]; // bytes, pieces, largest piece
    Filter counter = new Counter(seen);
    counter.configure("counter", Kit.WHERE);
    Run run = t.run(make(t, Decompress::create, "brotli"), counter);
    run.input(bytes(ZEROS_64M_BR), se());
    assertEquals(64L << 20, seen[0]);
    assertEquals(1024, seen[1]);
    assertEquals(64 * 1024, seen[2]);
    assertEquals("SE", run.outputShape());
  }

  @Test
  void decompressBrotliCorruptOrCutShort() throws IOException {
    byte[] br = sampleBrotli();
    byte[] bad = br.clone();
    bad[100] ^= 0x55;
    Run corrupt = t.run(make(t, Decompress::create, "brotli"));
    String log = Kit.captureLog(() -> corrupt.input(bytes(bad), bytes(new byte[] {9}), se()));
    String shape = shape(t, corrupt);
    assertTrue(shape.matches("(D\\(\\d+\\) )*SE\\(RuntimeError\\)"), shape);
    assertTrue(log.contains("decompress: corrupt compressed data: brotli: "), log);
    // Not brotli at all.
    Run text = t.run(make(t, Decompress::create, "brotli"));
    log = Kit.captureLog(() -> text.input(bytes("this is not brotli".getBytes(StandardCharsets.UTF_8)), se()));
    assertEquals("SE(RuntimeError)", shape(t, text));
    // Cut short: what was decoded comes out, then the stream ends as usual (like gzip here).
    Run cut = t.run(make(t, Decompress::create, "brotli"));
    cut.input(bytes(java.util.Arrays.copyOf(br, br.length / 2)), se());
    byte[] out = output(cut);
    assertTrue(out.length > 0 && out.length < sample().length, "" + out.length);
    assertArrayEquals(java.util.Arrays.copyOf(sample(), out.length), out);
    assertTrue(cut.outputShape().endsWith(" SE") && !cut.outputShape().contains("Error"), cut.outputShape());
  }

  @Test
  void releasingMidBrotliStreamIsClean() throws IOException {
    var layout = t.layout(make(t, Decompress::create, "brotli"));
    Run run = t.run(layout);
    byte[] br = sampleBrotli();
    run.input(bytes(java.util.Arrays.copyOf(br, 1000)));
    run.release();
    Run again = t.run(layout);
    again.input(bytes(br), se());
    assertArrayEquals(sample(), output(again));
  }

  /** Counts the bytes and pieces of Data passing, releases them, and passes the rest on. */
  private static final class Counter extends Filter {
    private final long[] seen;

    Counter(long[] seen) {
      this.seen = seen;
    }

    @Override
    protected Filter duplicate() {
      return new Counter(seen);
    }

    @Override
    protected void process(io.pipy.api.Event event) {
      if (event instanceof io.pipy.api.Data d) {
        seen[0] += d.size();
        seen[1]++;
        seen[2] = Math.max(seen[2], d.size());
        d.release();
      } else {
        output(event);
      }
    }
  }
}
