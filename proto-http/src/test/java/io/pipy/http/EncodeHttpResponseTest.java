package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pipy.api.Filter;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.SourceLocation;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.Run;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class EncodeHttpResponseTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private EncodeHttpResponse encoder(Object... args) {
    EncodeHttpResponse f = EncodeHttpResponse.create(config(t, args));
    f.configure("encodeHTTPResponse", new SourceLocation("test.js", 1, 1, ""));
    return f;
  }

  private Run run(Object... args) {
    return t.run(encoder(args));
  }

  @Test
  void messageWithoutHeadGetsTheDefaults() {
    Run r = run();
    r.input(MessageStart.of(null), data("Hi, "), data("there!\n"), MessageEnd.plain());
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\nHi, there!\n", r.outputText());
    assertEquals("MS D(74) ME", r.outputShape());
  }

  @Test
  void headFieldsAndHeadersAreWritten() {
    Run r = run();
    r.input(MessageStart.of(obj("status", 404, "headers", obj("content-type", "text/plain", "Content-Length", "1"))),
        data("nope"), MessageEnd.plain());
    assertEquals("HTTP/1.1 404 Not Found\r\ncontent-type: text/plain\r\ncontent-length: 4\r\nconnection: keep-alive\r\n\r\nnope",
        r.outputText());
  }

  @Test
  void headerNamesAreRestoredThroughADecodeEncodePair() {
    Filter dec = DecodeHttpResponse.create(config(t));
    Run r = t.run(dec, encoder());
    r.input(data("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Lower: a\r\nContent-Length: 2\r\n\r\nok"));
    assertEquals("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Lower: a\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nok",
        r.outputText());
  }

  @Test
  void responseToHeadCarriesTheLengthButNoBody() {
    TestSupport.Fn fn = new TestSupport.Fn((ctx, args) -> obj("method", "HEAD"));
    Run r = run(fn);
    Object head = obj("status", 200);
    r.input(MessageStart.of(head), data("12345"), MessageEnd.plain());
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: keep-alive\r\n\r\n", r.outputText());
    assertSame(head, fn.firstArgs.get(0));
  }

  @Test
  void noContentDropsTheBody() {
    Run r = run();
    r.input(MessageStart.of(obj("status", 204)), data("dropped"), MessageEnd.plain());
    assertEquals("HTTP/1.1 204 No Content\r\nconnection: keep-alive\r\n\r\n", r.outputText());
  }

  @Test
  void bodyOverBufferSizeGoesChunkedWithTrailers() {
    Run r = run(obj("bufferSize", 4));
    r.input(MessageStart.of(null), data("abc"), data("defgh"), data("0123456789ABCDEF"),
        MessageEnd.of(obj("headers", obj("x-sum", "1")), null));
    assertEquals("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nconnection: keep-alive\r\n\r\n"
        + "8\r\nabcdefgh\r\n10\r\n0123456789ABCDEF\r\n0\r\nx-sum: 1\r\n\r\n", r.outputText());
    assertEquals("MS D(71) D(13) D(22) D(15) ME", r.outputShape());
  }

  @Test
  void bodyUpToBufferSizeKeepsALength() {
    Run r = run(new TestSupport.Fn((ctx, args) -> null), obj("bufferSize", "1k"));
    r.input(MessageStart.of(null), data("x".repeat(1024)), MessageEnd.plain());
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 1024\r\nconnection: keep-alive\r\n\r\n" + "x".repeat(1024), r.outputText());
  }

  @Test
  void connectionCloseEndsTheStream() {
    Run r = run();
    r.input(MessageStart.of(obj("headers", obj("Connection", "close"))), MessageEnd.plain(),
        MessageStart.of(null), data("after"), MessageEnd.plain());
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n", r.outputText());
    assertEquals("MS D(57) SE", r.outputShape());
  }

  @Test
  void dataOutsideAMessageAndUnfinishedMessagesAreDropped() {
    Run r = run();
    r.input(data("stray"), MessageEnd.plain(), MessageStart.of(null), data("partial"), StreamEnd.normal());
    assertEquals("SE", r.outputShape());
  }

  @Test
  void aSecondStartInsideAMessageIsIgnored() {
    Run r = run();
    r.input(MessageStart.of(obj("status", 201)), MessageStart.of(obj("status", 500)), data("x"), MessageEnd.plain());
    assertEquals("HTTP/1.1 201 Created\r\ncontent-length: 1\r\nconnection: keep-alive\r\n\r\nx", r.outputText());
  }

  @Test
  void largeBodiesAreNotCopiedIntoTheHead() {
    Run r = run();
    String big = "y".repeat(10000);
    r.input(MessageStart.of(null), data(big), MessageEnd.plain());
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 10000\r\nconnection: keep-alive\r\n\r\n" + big, r.outputText());
  }

  @Test
  void handlerErrorsEndTheStream() {
    Run r = run(new TestSupport.Fn((ctx, args) -> "not an object"));
    r.input(MessageStart.of(null), data("x"), MessageEnd.plain(), StreamEnd.normal());
    assertEquals("SE(RuntimeError)", r.outputShape());
  }

  @Test
  void badOptionsAreScriptErrors() {
    assertThrows(ScriptError.class, () -> encoder(obj("bufferSize", -1)));
    assertThrows(ScriptError.class, () -> encoder("x"));
  }
}
