package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.PipelineTester.Run;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class DecodeHttpRequestTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private DecodeHttpRequest decoder(Object... args) {
    DecodeHttpRequest f = DecodeHttpRequest.create(config(t, args));
    f.configure("decodeHTTPRequest", new SourceLocation("test.js", 2, 3, ""));
    return f;
  }

  private Run run(Object... args) {
    return t.run(decoder(args));
  }

  private static ScriptObject head(Run r, int index) {
    int n = 0;
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedEvent e && e.event() instanceof MessageStart ms && n++ == index) {
        return (ScriptObject) ms.head();
      }
    }
    throw new AssertionError("no head " + index);
  }

  private static ScriptObject tail(Run r, int index) {
    int n = 0;
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedEvent e && e.event() instanceof MessageEnd me && n++ == index) {
        return (ScriptObject) me.tail();
      }
    }
    throw new AssertionError("no tail " + index);
  }

  @Test
  void requestHeadIsShapedAsPipyShapesIt() {
    Run r = run();
    String text = "GET /index.html?q=1 HTTP/1.1\r\nHost: example.com\r\nUser-Agent:   curl/8  \r\n"
        + "X-Tab:\tv\t\r\naccept: */*\r\nConnection: keep-alive\r\n\r\n";
    r.input(data(text));
    assertEquals("MS ME", r.outputShape());
    ScriptObject h = head(r, 0);
    assertEquals(List.of("protocol", "headers", "headerNames", "method", "path"), keys(h));
    assertEquals("HTTP/1.1", h.get("protocol"));
    assertEquals("GET", h.get("method"));
    assertEquals("/index.html?q=1", h.get("path"));
    assertEquals(Undefined.INSTANCE, h.get("scheme"));
    assertEquals(Undefined.INSTANCE, h.get("authority"));
    ScriptObject headers = (ScriptObject) h.get("headers");
    assertEquals(List.of("host", "user-agent", "x-tab", "accept"), keys(headers));
    assertEquals("example.com", headers.get("host"));
    assertEquals("curl/8", headers.get("user-agent"));
    assertEquals("v", headers.get("x-tab"));
    assertEquals(Undefined.INSTANCE, headers.get("connection"), "connection is not a header scripts see");
    ScriptObject names = (ScriptObject) h.get("headerNames");
    assertEquals(List.of("host", "user-agent", "x-tab", "connection"), keys(names));
    assertEquals("User-Agent", names.get("user-agent"));
    ScriptObject tail = tail(r, 0);
    assertEquals(text.length(), tail.get("headSize"));
    assertEquals(0, tail.get("bodySize"));
  }

  @Test
  void headsRepeatedOnOneConnectionComeOutTheSame() {
    // The parser remembers recent field lines; the second and third heads are built from them.
    Run r = run();
    String text = "GET /a HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/8\r\nContent-Length: 2\r\n"
        + "Cookie: a=1\r\nCookie: a=1\r\nx-lower: v\r\n\r\nok";
    r.input(data(text + text + text));
    assertEquals("MS D(2) ME MS D(2) ME MS D(2) ME", r.outputShape());
    for (int i = 0; i < 3; i++) {
      ScriptObject h = head(r, i);
      ScriptObject headers = (ScriptObject) h.get("headers");
      assertEquals(List.of("host", "user-agent", "content-length", "cookie", "x-lower"), keys(headers), "head " + i);
      assertEquals("curl/8", headers.get("user-agent"));
      assertEquals(2, assertInstanceOf(ScriptArray.class, headers.get("cookie")).length(), "head " + i);
      ScriptObject names = (ScriptObject) h.get("headerNames");
      assertEquals("User-Agent", names.get("user-agent"));
      assertEquals(Undefined.INSTANCE, names.get("x-lower"), "a name sent in lower case has no spelling entry");
    }
  }

  @Test
  void aRememberedGoodLineDoesNotLetABadOneThrough() {
    // "Good: 1" is remembered from the first head; the second head's next line is still checked.
    Run r = run();
    r.input(data("GET / HTTP/1.1\r\nGood: 1\r\n\r\nGET / HTTP/1.1\r\nGood: 1\r\nBad Name: 1\r\n\r\n"));
    assertEquals("MS ME SE(ProtocolError)", r.outputShape());
  }

  @Test
  void whitespaceBeforeAColonIsRejectedInRequestsEvenWhenAResponseHadIt() {
    // The caches of field lines and blocks are shared by requests and responses on a worker.
    DecodeHttpResponse decoder = DecodeHttpResponse.create(config(t));
    decoder.configure("decodeHTTPResponse", new SourceLocation("test.js", 1, 1, ""));
    Run response = t.run(decoder);
    response.input(data("HTTP/1.1 200 OK\r\nHost : a\r\n\r\n"), StreamEnd.normal());
    assertEquals("MS ME SE", response.outputShape());
    Run r = run();
    r.input(data("GET / HTTP/1.1\r\nHost : a\r\n\r\n"));
    assertEquals("SE(ProtocolError)", r.outputShape());
  }

  @Test
  void repeatedHeadersKeepTheLastValueExceptCookies() {
    Run r = run();
    r.input(data("GET / HTTP/1.1\r\nX-A: 1\r\nX-A: 2\r\nCookie: a=1\r\nCookie: b=2\r\ncookie: c=3\r\n\r\n"));
    ScriptObject headers = (ScriptObject) head(r, 0).get("headers");
    assertEquals("2", headers.get("x-a"));
    ScriptArray cookies = assertInstanceOf(ScriptArray.class, headers.get("cookie"));
    assertEquals(3, cookies.length());
    assertEquals("a=1", cookies.get(0));
    assertEquals("c=3", cookies.get(2));
  }

  @Test
  void http10AndMethodsAreKept() {
    Run r = run();
    r.input(data("OPTIONS * HTTP/1.0\r\n\r\nPROPFIND /dav HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.0", head(r, 0).get("protocol"));
    assertEquals("*", head(r, 0).get("path"));
    assertEquals("PROPFIND", head(r, 1).get("method"));
  }

  @Test
  void contentLengthBodyIsPassedOn() {
    Run r = run();
    r.input(data("POST /p HTTP/1.1\r\nContent-Length: 10\r\n\r\n01234"), data("56789GET / HTTP/1.1\r\n\r\n"));
    assertEquals("MS D(5) D(5) ME MS ME", r.outputShape());
    assertEquals("0123456789", r.outputText());
    assertEquals(10, tail(r, 0).get("bodySize"));
  }

  @Test
  void chunkedBodyIsDecodedWithTrailers() {
    Run r = run();
    String body = "4;name=value\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nX-Trailer: yes\r\nExpires: never\r\n\r\n";
    r.input(data("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + body));
    assertEquals("MS D(23) ME", r.outputShape());
    assertEquals("Wikipedia in\r\n\r\nchunks.", r.outputText());
    ScriptObject tail = tail(r, 0);
    assertEquals(body.length(), tail.get("bodySize"));
    ScriptObject trailers = (ScriptObject) tail.get("headers");
    assertEquals("yes", trailers.get("x-trailer"));
    assertEquals("never", trailers.get("expires"));
  }

  @Test
  void bodyBytesAreSlicesOfTheInputNotCopies() {
    List<Data> bodies = new ArrayList<>();
    Http1Decoder dec = new Http1Decoder(false, 1024, TestSupport.RUNTIME, new Http1Decoder.Listener() {
      @Override
      public String onHead(ScriptObject head) {
        return null;
      }

      @Override
      public void onBody(Data body) {
        bodies.add(body);
      }

      @Override
      public void onEnd(ScriptObject tail) {
      }

      @Override
      public void onError(DecodeError error) {
        throw new AssertionError(error);
      }
    });
    byte[] bytes = "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello".getBytes(StandardCharsets.US_ASCII);
    ByteBuf in = PooledByteBufAllocator.DEFAULT.heapBuffer(bytes.length);
    in.writeBytes(bytes);
    byte[] backing = in.array();
    dec.feed(Data.of(in));
    assertEquals(1, bodies.size());
    Data body = bodies.get(0);
    assertEquals("hello", body.toString());
    assertSame(backing, body.chunk(0).array(), "the body shares the input's memory");
    body.release();
  }

  @Test
  void handlerSeesEachHeadInTheFiltersContext() {
    TestSupport.Fn fn = new TestSupport.Fn((ctx, args) -> Undefined.INSTANCE);
    Run r = run(fn);
    r.input(data("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n"));
    assertEquals(2, fn.firstArgs.size());
    assertSame(head(r, 1), fn.firstArgs.get(1));
    assertSame(r.pipeline().context(), fn.callers.get(0));
  }

  @Test
  void handlerThatThrowsEndsTheStream() {
    Run r = run(new TestSupport.Fn((ctx, args) -> {
      throw new IllegalArgumentException("no");
    }));
    r.input(data("GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"), data("more"), StreamEnd.normal());
    assertEquals("SE(RuntimeError)", r.outputShape());
  }

  @Test
  void malformedInputEndsTheStreamWithAProtocolError() {
    Run r = run();
    r.input(data("GET / HTTP/1.1\r\n\r\nBAD REQUEST\r\n\r\n"), data("GET / HTTP/1.1\r\n\r\n"), StreamEnd.normal());
    assertEquals("MS ME SE(ProtocolError)", r.outputShape());
  }

  @Test
  void bytesThatCannotStartARequestLineFailAtOnce() {
    Run tls = run();
    tls.input(data("\u0016\u0003\u0001\u0000\u00a5\u0001"));
    assertEquals("SE(ProtocolError)", tls.outputShape());
    Run partial = run();
    partial.input(data("\r\n\r"), data("\nGE"), data("T /a"), data(" HTTP/1.1\r"));
    assertEquals("", partial.outputShape(), "a request arriving byte by byte is not refused");
    partial.input(data("\n\r\n"));
    assertEquals("MS ME", partial.outputShape());
    Run space = run();
    space.input(data(" GET"));
    assertEquals("SE(ProtocolError)", space.outputShape());
  }

  @Test
  void streamEndPassesAndCutsAnUnfinishedMessage() {
    Run r = run();
    r.input(data("POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc"), StreamEnd.of(StreamEnd.Error.READ_ERROR));
    assertEquals("MS D(3) SE(ReadError)", r.outputShape());
  }

  @Test
  void messageEventsOnTheInputAreDropped() {
    Run r = run();
    r.input(MessageStart.of(null), MessageEnd.plain(), data("GET / HTTP/1.1\r\n\r\n"));
    assertEquals("MS ME", r.outputShape());
  }

  static final String STREAM = "GET /a HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\n\r\n"
      + "POST /b HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
      + "PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\nT: 1\r\n\r\n"
      + "DELETE /d HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";

  /** decodeHTTPRequest then encodeHTTPRequest: bytes out depend only on the messages decoded. */
  private Run roundTrip() {
    Filter enc = EncodeHttpRequest.create(config(t));
    return t.run(decoder(), enc);
  }

  @Test
  void splitAtEveryByteBoundaryDecodesTheSameMessages() {
    Run whole = roundTrip();
    whole.input(data(STREAM));
    String expected = whole.outputText();
    assertEquals("GET /a HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nconnection: keep-alive\r\n\r\n"
        + "POST /b HTTP/1.1\r\ncontent-length: 5\r\nconnection: keep-alive\r\n\r\nhello"
        + "PUT /c HTTP/1.1\r\ncontent-length: 13\r\nconnection: keep-alive\r\n\r\nabc0123456789"
        + "DELETE /d HTTP/1.0\r\nconnection: keep-alive\r\n\r\n", expected);
    for (int i = 1; i < STREAM.length(); i++) {
      Run r = roundTrip();
      r.input(data(STREAM.substring(0, i)), data(STREAM.substring(i)));
      assertEquals(expected, r.outputText(), "split at " + i);
      r.release();
    }
    Run bytes = roundTrip();
    Data[] each = new Data[STREAM.length()];
    for (int i = 0; i < each.length; i++) each[i] = data(STREAM.substring(i, i + 1));
    bytes.input(each);
    assertEquals(expected, bytes.outputText());
  }

  private static List<String> keys(ScriptObject o) {
    List<String> out = new ArrayList<>();
    for (String k : o.keys()) out.add(k);
    return out;
  }

  @Test
  void filterEventsAreOnlyDataAndEnds() {
    Run r = run();
    r.input(data("GET / HTTP/1.1\r\n\r\n"));
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedEvent e) {
        Event ev = e.event();
        assertTrue(ev instanceof MessageStart || ev instanceof MessageEnd);
      }
    }
  }
}
