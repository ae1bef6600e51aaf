package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.PipelineTester.Run;
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
class DecodeHttpResponseTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private Run run(Object... args) {
    DecodeHttpResponse f = DecodeHttpResponse.create(config(t, args));
    f.configure("decodeHTTPResponse", new SourceLocation("test.js", 1, 1, ""));
    return t.run(f);
  }

  private static List<ScriptObject> heads(Run r) {
    List<ScriptObject> out = new ArrayList<>();
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedEvent e && e.event() instanceof MessageStart ms) out.add((ScriptObject) ms.head());
    }
    return out;
  }

  /** A handler that says every response answers a request with {@code method}. */
  private static TestSupport.Fn requestMethod(String method) {
    return new TestSupport.Fn((ctx, args) -> obj("method", method));
  }

  @Test
  void statusLineAndHeadersAreDecoded() {
    Run r = run();
    r.input(data("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nnah"));
    assertEquals("MS D(3) ME", r.outputShape());
    ScriptObject h = heads(r).get(0);
    assertEquals("HTTP/1.1", h.get("protocol"));
    assertEquals(404, h.get("status"));
    assertEquals("Not Found", h.get("statusText"));
    assertEquals("text/plain", ((ScriptObject) h.get("headers")).get("content-type"));
    assertEquals("Content-Type", ((ScriptObject) h.get("headerNames")).get("content-type"));
  }

  @Test
  void reasonPhraseMayBeMissing() {
    Run r = run();
    r.input(data("HTTP/1.0 200\r\nContent-Length: 0\r\n\r\nHTTP/1.1 500 Oh  no \r\nContent-Length: 0\r\n\r\n"));
    assertEquals("", heads(r).get(0).get("statusText"));
    assertEquals("HTTP/1.0", heads(r).get(0).get("protocol"));
    assertEquals("Oh  no", heads(r).get(1).get("statusText"));
  }

  @Test
  void bodyWithoutLengthRunsUntilTheStreamEnds() {
    Run r = run();
    r.input(data("HTTP/1.1 200 OK\r\n\r\nsome"), data(" more"), StreamEnd.normal());
    assertEquals("MS D(4) D(5) ME SE", r.outputShape());
    assertEquals("some more", r.outputText());
  }

  @Test
  void chunkedResponsesAreDecoded() {
    Run r = run();
    r.input(data("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"));
    assertEquals("MS D(2) ME MS ME", r.outputShape());
  }

  @Test
  void bodilessStatusesHaveNoBody() {
    Run r = run();
    r.input(data("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n"
        + "HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx"));
    assertEquals("MS ME MS ME MS ME MS D(1) ME", r.outputShape());
  }

  @Test
  void responseToHeadHasNoBodyWhateverItsLength() {
    TestSupport.Fn fn = requestMethod("HEAD");
    Run r = run(fn);
    r.input(data("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
    assertEquals("MS ME MS ME", r.outputShape());
    assertSame(heads(r).get(0), fn.firstArgs.get(0));
    assertSame(r.pipeline().context(), fn.callers.get(0));
  }

  @Test
  void successfulConnectHasNoBody() {
    Run r = run(requestMethod("CONNECT"));
    r.input(data("HTTP/1.1 200 Connection Established\r\n\r\n"));
    assertEquals("MS ME", r.outputShape());
  }

  @Test
  void handlerReturningNothingLeavesTheBodyRulesAlone() {
    Run r = run(new TestSupport.Fn((ctx, args) -> Undefined.INSTANCE));
    r.input(data("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));
    assertEquals("MS D(2) ME", r.outputShape());
  }

  @Test
  void handlerReturningANonObjectEndsTheStream() {
    Run r = run(new TestSupport.Fn((ctx, args) -> 42));
    r.input(data("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), StreamEnd.normal());
    assertEquals("SE(RuntimeError)", r.outputShape());
  }

  @Test
  void transportErrorsBecomeResponses() {
    String[][] cases = {
      {"ConnectionRefused", "502", "Connection Refused"},
      {"CannotResolve", "502", "Cannot Resolve"},
      {"Unauthorized", "401", "Unauthorized"},
      {"ReadError", "502", "Read Error"},
      {"WriteError", "502", "Write Error"},
      {"ConnectionTimeout", "504", "Gateway Timeout"},
      {"ReadTimeout", "504", "Gateway Timeout"},
      {"ConnectionReset", "502", "Bad Gateway"},
    };
    for (String[] c : cases) {
      Run r = run();
      r.input(StreamEnd.of(StreamEnd.Error.fromScriptName(c[0])));
      assertEquals("MS ME SE(" + c[0] + ")", r.outputShape(), c[0]);
      ScriptObject h = heads(r).get(0);
      assertEquals(Integer.parseInt(c[1]), h.get("status"), c[0]);
      assertEquals(c[2], h.get("statusText"), c[0]);
      assertEquals("HTTP/1.1", h.get("protocol"));
      r.release();
    }
  }

  @Test
  void thrownErrorBecomesTheBodyOfTheErrorResponse() {
    Run r = run();
    r.input(data("HTTP/1.1 2"), StreamEnd.thrown("kaput"));
    assertEquals("MS D(5) ME SE(RuntimeError)", r.outputShape());
    assertEquals("kaput", r.outputText());
  }

  @Test
  void errorInsideABodyIsPassedOnAsIs() {
    Run r = run();
    r.input(data("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc"), StreamEnd.of(StreamEnd.Error.READ_ERROR));
    assertEquals("MS D(3) SE(ReadError)", r.outputShape());
  }

  @Test
  void normalEndBetweenResponsesIsPassedOn() {
    Run r = run();
    r.input(data("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"), StreamEnd.normal());
    assertEquals("MS ME SE", r.outputShape());
  }

  @Test
  void whitespaceBeforeAColonIsRemovedFromResponses() {
    // RFC 9112 5.1: a proxy removes it from a response (a request with it is rejected).
    Run r = run();
    r.input(data("HTTP/1.2 200 OK\r\nX-Spaced \t: a\r\nContent-Length : 2\r\n\r\nokHTTP/1.1 204 No Content\r\n\r\n"));
    assertEquals("MS D(2) ME MS ME", r.outputShape());
    ScriptObject h = heads(r).get(0);
    assertEquals("HTTP/1.1", h.get("protocol"), "a later minor version is read as 1.1");
    assertEquals("a", ((ScriptObject) h.get("headers")).get("x-spaced"));
    assertEquals("X-Spaced", ((ScriptObject) h.get("headerNames")).get("x-spaced"));
    assertEquals("Content-Length", ((ScriptObject) h.get("headerNames")).get("content-length"));
  }

  @Test
  void malformedResponsesEndTheStream() {
    String[] bad = {
      "HTTP/1.1 99 Low\r\n\r\n",
      "HTTP/1.1 600 High\r\n\r\n",
      "HTTP/1.1 2000 OK\r\n\r\n",
      "HTTP/2.0 200 OK\r\n\r\n",
      "ICY 200 OK\r\n\r\n",
      "HTTP/1.1 200 OK\r\nBad Header\r\n\r\n",
      "HTTP/1.1 200 OK\r\nBad Header: 1\r\n\r\n",
      "HTTP/1.1 200 OK\r\n : 1\r\n\r\n",
      "HTTP/1.10 200 OK\r\n\r\n",
    };
    for (String b : bad) {
      Run r = run();
      r.input(data(b), data("HTTP/1.1 200 OK\r\n\r\n"), StreamEnd.normal());
      assertEquals("SE(ProtocolError)", r.outputShape(), b);
      r.release();
    }
    Run r = run();
    r.input(data("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\nxyz\r\n"), data("more"));
    assertEquals("MS D(2) SE(ProtocolError)", r.outputShape());
  }

  @Test
  void tailCountsTheWireBytes() {
    Run r = run();
    String head = "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n";
    r.input(data(head + "abcd"));
    MessageEnd end = null;
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedEvent e && e.event() instanceof MessageEnd me) end = me;
    }
    ScriptObject tail = (ScriptObject) end.tail();
    assertEquals(head.length(), tail.get("headSize"));
    assertEquals(4, tail.get("bodySize"));
  }
}
