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
    ScriptError e = assertThrows(ScriptError.class, () -> make(t, Decompress::create, "brotli"));
    assertTrue(e.getMessage().contains("brotli is not supported"), e.getMessage());
    assertThrows(ScriptError.class, () -> make(t, Compress::create, "br"));
    assertThrows(ScriptError.class, () -> make(t, Compress::create, 1));
    Run run = t.run(make(t, Decompress::create, Kit.Fn.returning("brotli")));
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
}
