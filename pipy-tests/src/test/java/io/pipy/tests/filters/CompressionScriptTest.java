package io.pipy.tests.filters;

import static io.pipy.tests.filters.Scripts.bytes;
import static io.pipy.tests.filters.Scripts.data;
import static io.pipy.tests.filters.Scripts.lines;
import static io.pipy.tests.filters.Scripts.me;
import static io.pipy.tests.filters.Scripts.ms;
import static io.pipy.tests.filters.Scripts.se;
import static io.pipy.tests.filters.Scripts.shape;
import static io.pipy.tests.filters.Scripts.shapeListen;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Event;
import io.pipy.api.script.ScriptException;
import io.pipy.engine.ScriptTester;
import io.pipy.engine.filters.LeakWatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code compress} and {@code decompress}. Compressed input comes from other tools (the gzip
 * command, Python's zlib) and compressed output is checked by decompressing it with the JDK, and
 * against what Pipy 1.5.18 outputs for the same input.
 */
@Timeout(30)
@ExtendWith(LeakWatch.class)
class CompressionScriptTest {

  private static final String FOX = "The quick brown fox jumps over the lazy dog";
  /** FOX through the gzip command. */
  private static final String FOX_GZIP = "H4sIAAAAAAAAAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoAUrnJFZVKqTkpwMAOaNPQSsAAAA=";
  /** FOX through Python's zlib.compress. */
  private static final String FOX_ZLIB = "eJwLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKAFK5yRWVSqk5KcDAFvcD9o=";
  /** FOX through the brotli command ({@code brotli -q 11}). */
  private static final String FOX_BROTLI = "DxWAVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZwM=";
  /** FOX through {@code brotli -q 11 --large_window=30}: a large-window stream declaring a 1 GiB window. */
  private static final String FOX_BROTLI_LARGE = "ER5UAAJUaGUgcXVpY2sgYnJvd24gZm94IGp1bXBzIG92ZXIgdGhlIGxhenkgZG9nAw==";
  /** 64 MiB of zeros through {@code brotli -q 11}: 54 bytes. */
  private static final String ZEROS_64M_BROTLI = "z///f/gnAOKxQCD3/p/////wTwDEYQGA7v0/////4Z8AiMMiAN37f/7//8M/ARCHBQC69/8D";

  /** A pipeline that shows each output Data as hex, so binary output survives the test kit. */
  private static final String HEX = ".replaceData(d => new Data(d.toString('hex')))";

  private static byte[] b64(String s) {
    return Base64.getDecoder().decode(s);
  }

  private static byte[] unhex(String s) {
    return HexFormat.of().parseHex(s);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static String loadError(String script) {
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptTester.load("test.js", script).close());
    return e.report();
  }

  /** Splits {@code b} into Data events of at most {@code n} bytes each. */
  private static List<Event> chunks(byte[] b, int n) {
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < b.length; i += n) out.add(bytes(java.util.Arrays.copyOfRange(b, i, Math.min(b.length, i + n))));
    return out;
  }

  // ---- compress

  @Test
  void compressGzipMakesWhatGunzipReads() throws IOException {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').compress('gzip')" + HEX)) {
      ScriptTester.Run run = t.run("p").input(ms(), data("The quick brown fox "), me(), data("jumps over the lazy dog"), se());
      // Message boundaries are dropped: only bytes and the end come out.
      assertTrue(shape(t, run).matches("(D\\([0-9a-f]+\\) )+SE"), shape(t, run));
      byte[] out = unhex(run.outputText());
      // No name, no time, OS 3 (Unix), as Pipy writes it.
      assertEquals("1f8b0800000000000003", HexFormat.of().formatHex(out, 0, 10));
      assertEquals(FOX, new String(readAll(new GZIPInputStream(new ByteArrayInputStream(out))), StandardCharsets.UTF_8));
    }
  }

  @Test
  void compressDeflateMakesZlibData() throws IOException {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').compress('deflate')" + HEX)) {
      ScriptTester.Run run = t.run("p").input(data("hello hello hello"), se());
      byte[] out = unhex(run.outputText());
      assertEquals("hello hello hello", new String(readAll(new InflaterInputStream(new ByteArrayInputStream(out))), StandardCharsets.UTF_8));
      // Byte for byte what Pipy 1.5.18 outputs for this input.
      assertEquals("eJzLSM3JyVfIQJAAOi4GfQ==", Base64.getEncoder().encodeToString(out));
    }
  }

  @Test
  void anEmptyStreamIsAnEmptyButWholeCompressedStream() {
    // The same bytes as Pipy 1.5.18.
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').compress('gzip')" + HEX)) {
      ScriptTester.Run run = t.run("p").input(se());
      assertEquals("1f8b080000000000000303000000000000000000", run.outputText());
    }
  }

  @Test
  void theAlgorithmFunctionIsEvaluatedPerStream() throws IOException {
    String script = lines("pipy({ _alg: 'deflate' })", ".pipeline('p')",
        ".handleStreamStart(e => { if (e instanceof MessageStart) _alg = 'gzip' })",
        ".compress(() => _alg)" + HEX);
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      byte[] gz = unhex(t.run("p").input(ms(), data(FOX), me(), se()).outputText());
      byte[] zl = unhex(t.run("p").input(data(FOX), se()).outputText());
      assertEquals(FOX, new String(readAll(new GZIPInputStream(new ByteArrayInputStream(gz))), StandardCharsets.UTF_8));
      assertEquals(FOX, new String(readAll(new InflaterInputStream(new ByteArrayInputStream(zl))), StandardCharsets.UTF_8));
    }
  }

  @Test
  void badCompressAlgorithms() {
    String report = loadError(lines("pipy()", ".pipeline('p')", ".compress('br')"));
    assertTrue(report.contains("test.js:3:2") && report.contains("compress: unknown compression algorithm: br"), report);
    report = loadError(lines("pipy()", ".pipeline('p')", ".compress(9)"));
    assertTrue(report.contains("test.js:3:2") && report.contains("compress: algorithm is not or did not return a string, got number"), report);
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').compress(() => 'zip')")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("x"), data("y"), se())));
      assertTrue(t.log().contains("test.js:1:22: compress: unknown compression algorithm: zip"), t.log());
    }
  }

  // ---- decompress

  @Test
  void decompressGzipFromTheGzipCommand() {
    assertEquals("D(" + FOX + ") SE", shape("pipy().pipeline('p').decompress('gzip')", bytes(b64(FOX_GZIP)), se()));
  }

  @Test
  void decompressInflateFromZlib() {
    assertEquals("D(" + FOX + ") SE", shape("pipy().pipeline('p').decompress('inflate')", bytes(b64(FOX_ZLIB)), se()));
  }

  @Test
  void compressedInputMaySplitAnywhere() {
    for (String[] c : new String[][] {{"gzip", FOX_GZIP}, {"inflate", FOX_ZLIB}, {"brotli", FOX_BROTLI}}) {
      try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').decompress('" + c[0] + "')")) {
        ScriptTester.Run run = t.run("p");
        // One byte at a time, header included.
        for (Event e : chunks(b64(c[1]), 1)) run.input(e);
        run.input(se());
        assertEquals(FOX, run.outputText(), c[0]);
      }
    }
  }

  @Test
  void bytesAfterTheCompressedStreamAreIgnored() {
    assertEquals("D(" + FOX + ") SE", shape("pipy().pipeline('p').decompress('gzip')", bytes(b64(FOX_GZIP)), data("trailing garbage"), se()));
  }

  @Test
  void corruptInputEndsTheStreamWithAnError() {
    // Pipy 1.5 silently stops producing output; ours ends the stream and says why.
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').decompress('inflate')")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("not compressed at all"), data("more"), se())));
      assertTrue(t.log().contains("test.js:1:22: decompress: corrupt compressed data: incorrect header check"), t.log());
    }
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').decompress('gzip')")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("not gzip"), se())));
      assertTrue(t.log().contains("decompress: corrupt compressed data: not gzip data"), t.log());
    }
  }

  @Test
  void decompressBrotliFromTheBrotliCommand() {
    assertEquals("D(" + FOX + ") SE", shape("pipy().pipeline('p').decompress('brotli')", bytes(b64(FOX_BROTLI)), data("trailing garbage"), se()));
    assertEquals("D(" + FOX + ") SE", shape("pipy().pipeline('p').decompress(() => 'brotli')", ms(), bytes(b64(FOX_BROTLI)), me(), se()));
  }

  @Test
  void brotliWindowsOver16MiBAreRefused() {
    // Pipy decodes them; we refuse them, as the window fills with output and would let a tiny
    // input make us hold up to 1 GiB.
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').decompress('brotli')")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(bytes(b64(FOX_BROTLI_LARGE)), se())));
      assertTrue(t.log().contains("decompress: corrupt compressed data: brotli: the stream's window of 2^30 bytes is larger than the 2^24 allowed here"), t.log());
    }
  }

  @Test
  void aBrotliBombIsStreamedInPieces() {
    // 54 bytes that expand to 64 MiB come out as 1024 Data events of 64 KiB, which the script
    // counts and drops: the whole never sits in memory.
    String script = lines("pipy({ _n: 0, _k: 0, _max: 0 })", ".pipeline('p')", ".decompress('brotli')",
        ".handleData(d => { _n += d.size; _k++; _max = Math.max(_max, d.size) })", ".replaceData(() => null)",
        ".replaceStreamEnd(e => [new Data(`${_n} ${_k} ${_max}`), e])");
    assertEquals("D(67108864 1024 65536) SE", shape(script, bytes(b64(ZEROS_64M_BROTLI)), se()));
  }

  @Test
  void corruptBrotliEndsTheStreamWithAnError() {
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').decompress('brotli')")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("not compressed at all"), se())));
      assertTrue(t.log().contains("test.js:1:22: decompress: corrupt compressed data: brotli: "), t.log());
    }
    // Cut short: what could be decoded comes out, then the stream just ends, as for gzip.
    byte[] fox = b64(FOX_BROTLI);
    assertEquals("D(The quick brown fox j) SE", shape("pipy().pipeline('p').decompress('brotli')",
        bytes(java.util.Arrays.copyOf(fox, 4 + 20)), se()));
  }

  @Test
  void aFunctionReturningNothingMeansNoDecompression() {
    // As documented; Pipy 1.5 ends the stream ("algorithm is not or did not return a string").
    String script = lines("pipy()", ".pipeline('p')", ".decompress(() => null)");
    assertEquals("MS D(plain) ME SE", shape(script, ms(), data("plain"), me(), se()));
  }

  @Test
  void badDecompressAlgorithms() {
    String report = loadError(lines("pipy()", ".pipeline('p')", ".decompress('zip')"));
    assertTrue(report.contains("test.js:3:2") && report.contains("decompress: unknown compression algorithm: zip"), report);
    try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').decompress(() => 42)")) {
      assertEquals("SE(RuntimeError)", shape(t, t.run("p").input(data("x"), se())));
      assertTrue(t.log().contains("test.js:1:22: decompress: algorithm is not or did not return a string, got number"), t.log());
    }
  }

  @Test
  void aBigStreamRoundTrips() {
    byte[] content = new byte[300_000];
    Random r = new Random(11);
    for (int i = 0; i < content.length; i++) content[i] = (byte) (r.nextInt(8) + 'a'); // compressible, not trivially
    for (String[] algs : new String[][] {{"gzip", "gzip"}, {"deflate", "inflate"}}) {
      String script = "pipy.listen(8000, $=>$.compress('" + algs[0] + "').decompress('" + algs[1] + "'))";
      try (ScriptTester t = ScriptTester.load("test.js", script)) {
        ScriptTester.Run run = t.run(t.listenLayout(0));
        for (Event e : chunks(content, 7000)) run.input(e);
        run.input(se());
        assertArrayEquals(content, run.outputText().getBytes(StandardCharsets.UTF_8), algs[0]);
      }
    }
  }

  @Test
  void eventsAfterTheEndAreNotCompressed() {
    assertEquals("SE SE", shape("pipy().pipeline('p').compress('gzip').decompress('gzip')", se(), data("late"), se()).replaceAll("D\\(\\) ", ""));
    assertEquals("D(x) SE SE", shapeListen("pipy.listen(8000, $=>$.decompress(() => 'gzip'))", bytes(b64("H4sIAAAAAAAAA6sAAIMW3IwBAAAA")), se(), data("y"), se()));
  }
}
