package io.pipy.http;

import static io.pipy.http.TestSupport.bytes;
import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Filter;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedData;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.PipelineTester.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class CompressHttpTest {

  private static final String TEXT = "Hello, compressed world! ".repeat(40);

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private static <F extends Filter> F named(F f, String name) {
    f.configure(name, new SourceLocation("test.js", 1, 1, ""));
    return f;
  }

  private CompressHttp compress(Object... args) {
    return named(CompressHttp.create(config(t, args)), "compressHTTP");
  }

  private DecompressHttp decompress(Object... args) {
    return named(DecompressHttp.create(config(t, args)), "decompressHTTP");
  }

  private DecodeHttpResponse decodeResponse() {
    return named(DecodeHttpResponse.create(config(t)), "decodeHTTPResponse");
  }

  private EncodeHttpResponse encodeResponse() {
    return named(EncodeHttpResponse.create(config(t)), "encodeHTTPResponse");
  }

  static byte[] outputBytes(Run r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedData d) out.writeBytes(d.bytes());
    }
    return out.toByteArray();
  }

  static ScriptObject firstHead(Run r) {
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedEvent e && e.event() instanceof MessageStart ms) return (ScriptObject) ms.head();
    }
    return null;
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  static byte[] zlib(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  static byte[] rawDeflate(byte[] b) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    d.setInput(b);
    d.finish();
    byte[] buf = new byte[b.length + 64];
    int n = d.deflate(buf);
    d.end();
    return Arrays.copyOf(buf, n);
  }

  static byte[] gunzip(byte[] b) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
      return in.readAllBytes();
    }
  }

  static byte[] unzlib(byte[] b) throws IOException {
    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(b))) {
      return in.readAllBytes();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ---- compressHTTP ----

  @Test
  void gzipSetsContentEncodingDropsLengthAndCompressesTheBody() throws IOException {
    Run r = t.run(compress("gzip"));
    ScriptObject headers = obj("content-type", "text/plain", "content-length", "1000");
    r.input(MessageStart.of(obj("status", 200, "headers", headers)), data(TEXT.substring(0, 400)), data(TEXT.substring(400)),
        MessageEnd.plain());
    ScriptObject h = (ScriptObject) firstHead(r).get("headers");
    assertEquals("gzip", h.get("content-encoding"));
    assertEquals(Undefined.INSTANCE, h.get("content-length"));
    assertEquals("text/plain", h.get("content-type"));
    byte[] z = outputBytes(r);
    assertTrue(z.length < TEXT.length() / 4, "compressed: " + z.length);
    assertEquals(0x1f, z[0] & 0xff);
    assertEquals(0x8b, z[1] & 0xff);
    assertEquals(TEXT, new String(gunzip(z), StandardCharsets.UTF_8));
    assertTrue(r.outputShape().startsWith("MS ") && r.outputShape().endsWith(" ME"), r.outputShape());
  }

  /** The bytes Pipy 1.5.18 sends for this body with compressHTTP('gzip'), captured with curl. */
  @Test
  void gzipBytesAreThoseOfPipy() {
    Run r = t.run(compress("gzip"));
    r.input(MessageStart.of(obj("headers", obj("content-type", "text/plain"))), data("hello ".repeat(20)), MessageEnd.plain());
    assertEquals("1f8b0800000000000003cb48cdc9c957c8a03b09002ffaf84878000000", java.util.HexFormat.of().formatHex(outputBytes(r)));
  }

  @Test
  void deflateIsTheZlibFormat() throws IOException {
    Run r = t.run(compress("deflate"));
    r.input(MessageStart.of(obj("headers", obj())), data(TEXT), MessageEnd.plain());
    assertEquals("deflate", ((ScriptObject) firstHead(r).get("headers")).get("content-encoding"));
    assertEquals(TEXT, new String(unzlib(outputBytes(r)), StandardCharsets.UTF_8));
  }

  @Test
  void aHeadlessMessageGetsAHeadWithTheHeader() throws IOException {
    Run r = t.run(compress("gzip"));
    r.input(MessageStart.of(null), data("abc"), MessageEnd.plain());
    ScriptObject head = firstHead(r);
    assertEquals("gzip", ((ScriptObject) head.get("headers")).get("content-encoding"));
    assertEquals("abc", new String(gunzip(outputBytes(r)), StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyBodyIsAnEmptyGzipMember() throws IOException {
    Run r = t.run(compress("gzip"));
    r.input(MessageStart.of(obj("headers", obj())), MessageEnd.plain());
    byte[] z = outputBytes(r);
    assertEquals(20, z.length);
    assertEquals(0, gunzip(z).length);
  }

  @Test
  void eachMessageOfAStreamIsCompressedOnItsOwn() throws IOException {
    Run r = t.run(compress("gzip"));
    r.input(MessageStart.of(obj("headers", obj())), data("one"), MessageEnd.plain());
    byte[] first = outputBytes(r);
    r.input(MessageStart.of(obj("headers", obj())), data("two"), MessageEnd.plain(), StreamEnd.normal());
    byte[] all = outputBytes(r);
    byte[] second = Arrays.copyOfRange(all, first.length, all.length);
    assertEquals("one", new String(gunzip(first), StandardCharsets.UTF_8));
    assertEquals("two", new String(gunzip(second), StandardCharsets.UTF_8));
    assertEquals("SE", r.outputShape().substring(r.outputShape().length() - 2));
  }

  @Test
  void messagesWithAnEncodingOrWithoutABodyAreLeftAlone() {
    Run r = t.run(compress("gzip"));
    r.input(MessageStart.of(obj("headers", obj("content-encoding", "br"))), data("x"), MessageEnd.plain());
    r.input(MessageStart.of(obj("status", 204, "headers", obj())), MessageEnd.plain());
    r.input(MessageStart.of(obj("status", 304, "headers", obj())), MessageEnd.plain());
    assertEquals("x", r.outputText());
    assertEquals("MS D(1) ME MS ME MS ME", r.outputShape());
  }

  @Test
  void theAlgorithmFunctionSeesEachMessageStartAndMayDecline() throws IOException {
    TestSupport.Fn choose = new TestSupport.Fn((ctx, args) -> {
      ScriptObject head = (ScriptObject) ((MessageStart) args[0]).head();
      return head.get("path").equals("/big") ? "gzip" : null;
    });
    Run r = t.run(compress(choose));
    r.input(MessageStart.of(obj("path", "/small", "headers", obj())), data("tiny"), MessageEnd.plain());
    assertEquals("tiny", r.outputText());
    r.input(MessageStart.of(obj("path", "/big", "headers", obj())), data(TEXT), MessageEnd.plain());
    byte[] all = outputBytes(r);
    assertEquals(TEXT, new String(gunzip(Arrays.copyOfRange(all, 4, all.length)), StandardCharsets.UTF_8));
    assertEquals(2, choose.callers.size());
  }

  /** The usual script: remember what the request accepts, compress the response accordingly. */
  @Test
  void acceptEncodingNegotiationIsTheScriptsChoice() throws IOException {
    Object[] accepted = new Object[1];
    TestSupport.Fn choose = new TestSupport.Fn((ctx, args) -> {
      int bits = Headers.acceptedEncodings(accepted[0]);
      return (bits & Headers.GZIP) != 0 ? "gzip" : null;
    });
    Run r = t.run(compress(choose));
    accepted[0] = "br;q=1.0, gzip;q=0.8, *;q=0.1";
    r.input(MessageStart.of(obj("headers", obj())), data("a"), MessageEnd.plain());
    assertEquals("gzip", ((ScriptObject) firstHead(r).get("headers")).get("content-encoding"));
    Run r2 = t.run(compress(choose));
    accepted[0] = "br, gzip;q=0";
    r2.input(MessageStart.of(obj("headers", obj())), data("a"), MessageEnd.plain());
    assertEquals(Undefined.INSTANCE, ((ScriptObject) firstHead(r2).get("headers")).get("content-encoding"));
    assertEquals("a", r2.outputText());
  }

  @Test
  void acceptEncodingIsReadAsPipyReadsIt() {
    assertEquals(Headers.GZIP | Headers.BR, Headers.acceptedEncodings("gzip, deflate, br"));
    assertEquals(Headers.GZIP, Headers.acceptedEncodings("  GZip ;q=0.5"));
    assertEquals(Headers.BR, Headers.acceptedEncodings("deflate,br"));
    assertEquals(Headers.GZIP, Headers.acceptedEncodings("x-gzip"));
    assertEquals(0, Headers.acceptedEncodings("identity"));
    assertEquals(0, Headers.acceptedEncodings("gzip;q=0, br; q=0.0"));
    assertEquals(0, Headers.acceptedEncodings(""));
    assertEquals(0, Headers.acceptedEncodings(Undefined.INSTANCE));
    assertEquals(0, Headers.acceptedEncodings("gzipped, brr"));
  }

  @Test
  void optionsFormTakesMethodAndLevel() throws IOException {
    Run best = t.run(compress(obj("method", "gzip", "level", "best")));
    Run speed = t.run(compress(obj("method", new TestSupport.Fn((ctx, args) -> "gzip"), "level", "speed")));
    byte[] body = new byte[200_000];
    Random rnd = new Random(1);
    for (int i = 0; i < body.length; i++) body[i] = (byte) ('a' + rnd.nextInt(4));
    best.input(MessageStart.of(obj("headers", obj())), bytes(body), MessageEnd.plain());
    speed.input(MessageStart.of(obj("headers", obj())), bytes(body), MessageEnd.plain());
    byte[] zb = outputBytes(best);
    byte[] zs = outputBytes(speed);
    assertArrayEquals(body, gunzip(zb));
    assertArrayEquals(body, gunzip(zs));
    assertTrue(zb.length < zs.length, zb.length + " < " + zs.length);
    Run none = t.run(compress(obj("method", "")));
    none.input(MessageStart.of(obj("headers", obj())), data("plain"), MessageEnd.plain());
    assertEquals("plain", none.outputText());
  }

  @Test
  void badArgumentsAreLoadTimeErrors() {
    assertEquals("compressHTTP: brotli compression is not available (the JVM has no brotli encoder)",
        assertThrows(ScriptError.class, () -> compress("br")).getMessage());
    assertEquals("compressHTTP: unknown compression algorithm: zip",
        assertThrows(ScriptError.class, () -> compress("zip")).getMessage());
    assertEquals("compressHTTP: invalid level: fast",
        assertThrows(ScriptError.class, () -> compress(obj("method", "gzip", "level", "fast"))).getMessage());
    assertThrows(ScriptError.class, () -> compress(42));
  }

  @Test
  void aNameWeCannotProduceAtRunTimeLeavesTheMessageAlone() {
    Run r = t.run(compress(new TestSupport.Fn((ctx, args) -> "br")));
    r.input(MessageStart.of(obj("headers", obj())), data("as is"), MessageEnd.plain());
    assertEquals("as is", r.outputText());
    assertEquals(Undefined.INSTANCE, ((ScriptObject) firstHead(r).get("headers")).get("content-encoding"));
  }

  @Test
  void aThrowingCallbackEndsTheStream() {
    Run r = t.run(compress(new TestSupport.Fn((ctx, args) -> {
      throw new IllegalStateException("boom");
    })));
    r.input(MessageStart.of(obj("headers", obj())), data("x"), MessageEnd.plain(), StreamEnd.normal());
    assertEquals("SE(RuntimeError)", r.outputShape());
  }

  @Test
  void aStreamEndInsideAMessageFinishesTheCompressedBytes() throws IOException {
    Run r = t.run(compress("gzip"));
    r.input(MessageStart.of(obj("headers", obj())), data("cut"), StreamEnd.normal());
    assertEquals("cut", new String(gunzip(outputBytes(r)), StandardCharsets.UTF_8));
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void bigBodiesStreamInBoundedPieces() throws IOException {
    Run r = t.run(compress("gzip"));
    Random rnd = new Random(7);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    r.input(MessageStart.of(obj("headers", obj())));
    int outputsBeforeEnd = 0;
    for (int i = 0; i < 64; i++) {
      byte[] chunk = new byte[16 * 1024];
      rnd.nextBytes(chunk);
      all.writeBytes(chunk);
      r.input(bytes(chunk));
    }
    for (PipelineTester.Recorded rec : r.output()) if (rec instanceof RecordedData) outputsBeforeEnd++;
    r.input(MessageEnd.plain());
    assertTrue(outputsBeforeEnd > 32, "compressed output streams: " + outputsBeforeEnd);
    assertArrayEquals(all.toByteArray(), gunzip(outputBytes(r)));
  }

  // ---- decompressHTTP ----

  private static final String GZ_HEAD = "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-encoding: gzip\r\n";

  /** A gzip response with a content-length, decoded, decompressed and encoded again, exactly. */
  @Test
  void gzipResponseWithContentLengthComesOutPlain() throws IOException {
    byte[] z = gzip(utf8(TEXT));
    byte[] wire = concat(utf8(GZ_HEAD + "content-length: " + z.length + "\r\n\r\n"), z);
    String expected = "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: " + TEXT.length()
        + "\r\nconnection: keep-alive\r\n\r\n" + TEXT;
    for (int cut = 0; cut <= wire.length; cut += 7) {
      Run r = t.run(decodeResponse(), decompress(), encodeResponse());
      r.input(bytes(Arrays.copyOfRange(wire, 0, cut)), bytes(Arrays.copyOfRange(wire, cut, wire.length)));
      assertEquals(expected, r.outputText(), "cut at " + cut);
    }
  }

  /** A chunked gzip response, its body split at every byte into chunks of its own. */
  @Test
  void gzipResponseChunkedAtEveryByteComesOutPlain() throws IOException {
    byte[] z = gzip(utf8("chunky body"));
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    wire.writeBytes(utf8(GZ_HEAD + "transfer-encoding: chunked\r\n\r\n"));
    for (byte b : z) {
      wire.writeBytes(utf8("1\r\n"));
      wire.write(b);
      wire.writeBytes(utf8("\r\n"));
    }
    wire.writeBytes(utf8("0\r\n\r\n"));
    Run r = t.run(decodeResponse(), decompress(), encodeResponse());
    r.input(bytes(wire.toByteArray()));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\nchunky body",
        r.outputText());
  }

  @Test
  void gzipSplitAtEveryByteBoundaryDecompresses() throws IOException {
    byte[] z = gzip(utf8(TEXT));
    for (int cut = 0; cut <= z.length; cut++) {
      Run r = t.run(decompress());
      r.input(MessageStart.of(obj("headers", obj("content-encoding", "gzip", "content-length", "" + z.length))),
          bytes(Arrays.copyOfRange(z, 0, cut)), bytes(Arrays.copyOfRange(z, cut, z.length)), MessageEnd.plain());
      assertEquals(TEXT, r.outputText(), "cut at " + cut);
      ScriptObject h = (ScriptObject) firstHead(r).get("headers");
      assertFalse(h.has("content-encoding"));
      assertFalse(h.has("content-length"));
    }
  }

  @Test
  void gzipWithHeaderFieldsIsRead() throws IOException {
    // FEXTRA, FNAME, FCOMMENT and FHCRC all set, split byte by byte.
    byte[] z = gzip(utf8("fields"));
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    m.write(new byte[] {0x1f, (byte) 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3});
    m.write(new byte[] {3, 0, 'a', 'b', 'c'});
    m.writeBytes(utf8("name.txt\0"));
    m.writeBytes(utf8("a comment\0"));
    m.write(new byte[] {0x12, 0x34});
    m.write(z, 10, z.length - 10);
    byte[] all = m.toByteArray();
    Run r = t.run(decompress());
    r.input(MessageStart.of(obj("headers", obj("content-encoding", "gzip"))));
    for (byte b : all) r.input(bytes(new byte[] {b}));
    r.input(MessageEnd.plain());
    assertEquals("fields", r.outputText());
  }

  @Test
  void deflateIsZlibOrRawDeflate() throws IOException {
    for (byte[] z : new byte[][] {zlib(utf8(TEXT)), rawDeflate(utf8(TEXT))}) {
      for (int cut = 0; cut <= 3; cut++) {
        Run r = t.run(decompress());
        r.input(MessageStart.of(obj("headers", obj("Content-Encoding", "deflate"))),
            bytes(Arrays.copyOfRange(z, 0, cut)), bytes(Arrays.copyOfRange(z, cut, z.length)), MessageEnd.plain());
        assertEquals(TEXT, r.outputText());
        assertFalse(((ScriptObject) firstHead(r).get("headers")).has("Content-Encoding"));
      }
    }
  }

  @Test
  void roundTripThroughBothFilters() {
    for (String method : new String[] {"gzip", "deflate"}) {
      Run r = t.run(compress(method), decompress());
      r.input(MessageStart.of(obj("headers", obj("content-type", "text/plain"))));
      for (int i = 0; i < TEXT.length(); i += 37) r.input(data(TEXT.substring(i, Math.min(TEXT.length(), i + 37))));
      r.input(MessageEnd.plain(), StreamEnd.normal());
      assertEquals(TEXT, r.outputText());
      ScriptObject h = (ScriptObject) firstHead(r).get("headers");
      assertFalse(h.has("content-encoding"));
      assertTrue(r.outputShape().endsWith("ME SE"));
    }
  }

  @Test
  void otherMessagesPassUntouched() {
    Run r = t.run(decompress());
    MessageStart plain = MessageStart.of(obj("headers", obj("content-type", "text/plain")));
    r.input(plain, data("as is"), MessageEnd.plain());
    r.input(MessageStart.of(null), data("no head"), MessageEnd.plain());
    assertEquals("as isno head", r.outputText());
    assertSame(plain, ((RecordedEvent) r.output().get(0)).event());
  }

  /** {@link #TEXT} through the brotli command: {@code -q 11} and {@code -q 1}. */
  private static final String[] TEXT_BR = {"oTgfAGGkqv01yFjbmwjJQTqpLC0klqXVvJYCJ8YA",
      "g/MBAICqqqrq/3RlvevpIJe7CN9YgBVEDgoHcPErRafYwQ5gnUEPSr5I9xvusvA9qoP5YQM="};
  /** {@link #TEXT} through {@code brotli -q 11 --large_window=30}: not RFC 7932, and a 1 GiB window. */
  private static final String TEXT_BR_LARGE_WINDOW = "EV6cD4AwUtX+GmSs7U2E5CCdVJYWJCyWVvNaCpwYAw==";
  /** 8 MiB of zeros through {@code brotli -q 11}: 14 bytes. */
  private static final String ZEROS_8M_BR = "n///f/gnAOKxQCD3/g8=";

  private static String captureLog(Runnable r) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    io.pipy.api.Log.setOutput(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      io.pipy.api.Log.setOutput(System.err);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private static byte[] b64(String s) {
    return java.util.Base64.getDecoder().decode(s);
  }

  @Test
  void brotliSplitAtEveryByteBoundaryDecompresses() {
    for (String b : TEXT_BR) {
      byte[] z = b64(b);
      for (int cut = 0; cut <= z.length; cut++) {
        Run r = t.run(decompress());
        r.input(MessageStart.of(obj("headers", obj("content-encoding", "br", "content-length", "" + z.length))),
            bytes(Arrays.copyOfRange(z, 0, cut)), bytes(Arrays.copyOfRange(z, cut, z.length)), MessageEnd.plain());
        assertEquals(TEXT, r.outputText(), "cut at " + cut);
        assertTrue(r.outputShape().matches("MS (D\\(\\d+\\) )+ME"), r.outputShape());
        ScriptObject h = (ScriptObject) firstHead(r).get("headers");
        assertFalse(h.has("content-encoding"));
        assertFalse(h.has("content-length"));
      }
    }
  }

  /** A chunked brotli response, decoded, decompressed and encoded again, exactly. */
  @Test
  void brotliResponseComesOutPlain() {
    byte[] z = b64(TEXT_BR[0]);
    byte[] wire = concat(utf8("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-encoding: br\r\ntransfer-encoding: chunked\r\n\r\n"
        + Integer.toHexString(z.length) + "\r\n"), concat(z, utf8("\r\n0\r\n\r\n")));
    Run r = t.run(decodeResponse(), decompress(), encodeResponse());
    for (byte b : wire) r.input(bytes(new byte[] {b}));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: " + TEXT.length()
        + "\r\nconnection: keep-alive\r\n\r\n" + TEXT, r.outputText());
  }

  @Test
  void brotliBombComesOutInBoundedPieces() {
    Run r = t.run(decompress());
    r.input(MessageStart.of(obj("headers", obj("content-encoding", "br"))), bytes(b64(ZEROS_8M_BR)), MessageEnd.plain());
    long total = 0;
    int pieces = 0;
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedData d) {
        assertTrue(d.bytes().length <= BrotliBody.CHUNK, "piece of " + d.bytes().length);
        for (byte x : d.bytes()) if (x != 0) throw new AssertionError("not zero");
        total += d.bytes().length;
        pieces++;
      }
    }
    assertEquals(8 << 20, total);
    assertEquals((8 << 20) / BrotliBody.CHUNK, pieces);
    assertTrue(r.outputShape().endsWith(" ME"), r.outputShape());
  }

  @Test
  void corruptOrTruncatedBrotliBodiesEndTheStream() {
    byte[] z = b64(TEXT_BR[1]);
    // Not brotli: ends the stream with an error, the message unfinished.
    Run r = t.run(decompress());
    String log = captureLog(() -> r.input(MessageStart.of(obj("headers", obj("content-encoding", "br"))),
        data("this is not brotli at all"), MessageEnd.plain(), StreamEnd.normal()));
    assertEquals("MS SE(RuntimeError)", r.outputShape());
    assertTrue(log.contains("corrupt compressed body: brotli: "), log);
    // Cut short: whatever was decoded, then the error at the end of the message.
    Run r2 = t.run(decompress());
    r2.input(MessageStart.of(obj("headers", obj("content-encoding", "br"))), bytes(Arrays.copyOf(z, z.length - 3)), MessageEnd.plain());
    assertTrue(r2.outputShape().endsWith("SE(RuntimeError)") && !r2.outputShape().contains("ME"), r2.outputShape());
    assertTrue(TEXT.startsWith(r2.outputText()), r2.outputText());
    // Bytes after the end of the brotli stream are ignored, as after a gzip member.
    Run r3 = t.run(decompress());
    r3.input(MessageStart.of(obj("headers", obj("content-encoding", "br"))), bytes(z), data("trailing"), MessageEnd.plain());
    assertEquals(TEXT, r3.outputText());
    assertEquals("ME", r3.outputShape().substring(r3.outputShape().lastIndexOf(' ') + 1));
    // A large-window stream declaring 1 GiB: refused (Pipy decodes it), so that a small body
    // cannot make us hold a window of up to 1 GiB.
    Run big = t.run(decompress());
    log = captureLog(() -> big.input(MessageStart.of(obj("headers", obj("content-encoding", "br"))), bytes(b64(TEXT_BR_LARGE_WINDOW)),
        MessageEnd.plain()));
    assertEquals("MS SE(RuntimeError)", big.outputShape());
    assertTrue(log.contains("brotli: the stream's window of 2^30 bytes is larger than the 2^24 allowed here"), log);
    // No body at all (HEAD, 304) is fine.
    Run r4 = t.run(decompress());
    r4.input(MessageStart.of(obj("status", 304, "headers", obj("content-encoding", "br"))), MessageEnd.plain());
    assertEquals("MS ME", r4.outputShape());
  }

  @Test
  void releasingMidBrotliBodyIsClean() {
    byte[] z = b64(TEXT_BR[1]);
    var layout = t.layout(decompress());
    Run r = t.run(layout);
    r.input(MessageStart.of(obj("headers", obj("content-encoding", "br"))), bytes(Arrays.copyOf(z, 10)));
    r.release();
    Run again = t.run(layout);
    again.input(MessageStart.of(obj("headers", obj("content-encoding", "br"))), bytes(z), MessageEnd.plain());
    assertEquals(TEXT, again.outputText());
  }

  @Test
  void theEnableCallbackMayTurnItOff() throws IOException {
    byte[] z = gzip(utf8("keep me zipped"));
    TestSupport.Fn off = new TestSupport.Fn((ctx, args) -> false);
    Run r = t.run(decompress(off));
    MessageStart ms = MessageStart.of(obj("headers", obj("content-encoding", "gzip")));
    r.input(ms, bytes(z), MessageEnd.plain());
    assertArrayEquals(z, outputBytes(r));
    assertSame(ms, off.firstArgs.get(0));
    Run on = t.run(decompress(new TestSupport.Fn((ctx, args) -> 1)));
    on.input(MessageStart.of(obj("headers", obj("content-encoding", "gzip"))), bytes(z), MessageEnd.plain());
    assertEquals("keep me zipped", on.outputText());
  }

  @Test
  void corruptOrTruncatedBodiesEndTheStream() throws IOException {
    byte[] z = gzip(utf8(TEXT));
    byte[] bad = z.clone();
    bad[bad.length - 6] ^= 0x55; // the CRC
    Run r = t.run(decompress());
    r.input(MessageStart.of(obj("headers", obj("content-encoding", "gzip"))), bytes(bad), MessageEnd.plain(), StreamEnd.normal());
    assertEquals("SE(RuntimeError)", r.outputShape().substring(r.outputShape().lastIndexOf(' ') + 1));
    assertFalse(r.outputShape().contains("ME"));

    Run r2 = t.run(decompress());
    r2.input(MessageStart.of(obj("headers", obj("content-encoding", "gzip"))), data("not gzip at all"), MessageEnd.plain());
    assertEquals("MS SE(RuntimeError)", r2.outputShape());

    Run r3 = t.run(decompress());
    r3.input(MessageStart.of(obj("headers", obj("content-encoding", "gzip"))), bytes(Arrays.copyOf(z, z.length / 2)),
        MessageEnd.plain());
    assertTrue(r3.outputShape().endsWith("SE(RuntimeError)"), r3.outputShape());
  }

  @Test
  void aBodilessAnswerWithAnEncodingIsFine() {
    Run r = t.run(decompress());
    r.input(MessageStart.of(obj("status", 304, "headers", obj("content-encoding", "gzip"))), MessageEnd.plain());
    assertEquals("MS ME", r.outputShape());
  }

  @Test
  void aHighlyCompressedBodyExpandsFully() throws IOException {
    byte[] zeros = new byte[8 * 1024 * 1024];
    byte[] z = gzip(zeros);
    Run r = t.run(decompress());
    r.input(MessageStart.of(obj("headers", obj("content-encoding", "gzip"))), bytes(z), MessageEnd.plain());
    long total = 0;
    int pieces = 0;
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedData d) {
        total += d.bytes().length;
        pieces++;
      }
    }
    assertEquals(zeros.length, total);
    assertTrue(pieces >= 1);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
