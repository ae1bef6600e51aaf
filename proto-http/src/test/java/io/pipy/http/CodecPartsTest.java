package io.pipy.http;

import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.script.ScriptError;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The small parts of the codec on their own. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class CodecPartsTest {

  @Test
  void scannerTakesExactlyTheHead() {
    HeadScanner s = new HeadScanner();
    Data d = data("\r\n\r\nGET / HTTP/1.1\r\nA: b\r\n\r\nBODY");
    assertEquals(HeadScanner.COMPLETE, s.scan(d, 1000, HeadScanner.BLOCK_SKIP_LEADING));
    assertEquals("GET / HTTP/1.1\r\nA: b\r\n\r\n", new String(s.buffer(), 0, s.length(), StandardCharsets.US_ASCII));
    assertEquals("BODY", d.toString());
    d.release();
  }

  @Test
  void scannerFindsHeadEndsAcrossChunks() {
    HeadScanner s = new HeadScanner();
    Data d = new Data();
    d.push(data("GET / HTTP/1.1\r"));
    d.push(data("\n\r"));
    Data rest = data("\nX");
    assertEquals(HeadScanner.INCOMPLETE, s.scan(d, 1000, HeadScanner.BLOCK));
    assertTrue(d.isEmpty());
    assertEquals(HeadScanner.COMPLETE, s.scan(rest, 1000, HeadScanner.BLOCK));
    assertEquals(18, s.length());
    assertEquals("X", rest.toString());
    rest.release();
  }

  @Test
  void scannerStopsAtTheLimit() {
    HeadScanner s = new HeadScanner();
    Data d = data("0123456789");
    assertEquals(HeadScanner.TOO_LARGE, s.scan(d, 5, HeadScanner.LINE));
    assertTrue(s.onFirstLine());
    d.release();
  }

  @Test
  void tokenLists() {
    assertTrue(Tokens.has("keep-alive, Close", "close"));
    assertTrue(Tokens.has(" close ", "close"));
    assertFalse(Tokens.has("closed", "close"));
    assertFalse(Tokens.has("", "close"));
    assertTrue(Tokens.endsWith("gzip, chunked", "chunked"));
    assertTrue(Tokens.endsWith("Chunked ", "chunked"));
    assertFalse(Tokens.endsWith("chunked, gzip", "chunked"));
  }

  @Test
  void sizesReadAsPipyReadsThem() {
    assertEquals(16384, HttpOptions.size(obj("s", "16k"), "s", 0));
    assertEquals(1 << 20, HttpOptions.size(obj("s", "1M"), "s", 0));
    assertEquals(512, HttpOptions.size(obj("s", 512), "s", 0));
    assertEquals(7, HttpOptions.size(obj(), "s", 7));
    assertEquals(7, HttpOptions.size(null, "s", 7));
    ScriptError e = assertThrows(ScriptError.class, () -> HttpOptions.size(obj("s", "k"), "s", 0));
    assertEquals("options.s expects a positive number", e.getMessage());
    assertThrows(ScriptError.class, () -> HttpOptions.size(obj("s", true), "s", 0));
  }

  @Test
  void writerWritesNumbersAndText() {
    HeadWriter w = new HeadWriter();
    w.decimal(0).ascii(' ').decimal(1234567890123L).ascii(' ').decimal(-42).ascii(' ').hex(255).ascii(' ').hex(0)
        .ascii(' ').text("\u00e9\u4e2d\ud83d\ude00");
    Data d = w.toData();
    assertEquals("0 1234567890123 -42 FF 0 \u00e9\u4e2d\ud83d\ude00", d.toString());
    d.release();
  }

  @Test
  void statusTexts() {
    assertEquals("Not Found", StatusText.string(404));
    assertEquals("Request Header Fields Too Large", StatusText.string(431));
    assertEquals("OK", StatusText.string(299));
    assertEquals("OK", StatusText.string(42));
  }

  @Test
  void stringsAreSharedForRepeatedBytes() {
    ByteStrings s = new ByteStrings();
    byte[] b = "xhost: localhost:8080".getBytes(StandardCharsets.US_ASCII);
    String a = s.get(b, 7, 14);
    assertEquals("localhost:8080", a);
    assertTrue(a == s.get(b.clone(), 7, 14), "the cached string is given back");
    assertTrue("host" == s.get(b, 1, 4), "well-known tokens are constants");
    assertEquals("caf\u00e9", s.get("caf\u00e9".getBytes(StandardCharsets.UTF_8), 0, 5));
  }
}
