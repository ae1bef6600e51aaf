package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.LayoutRef;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.SourceLocation;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.PipelineTester.Run;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class MuxHttpTest {

  static final String GET_A = "GET /a HTTP/1.1\r\nhost: x\r\nconnection: keep-alive\r\n\r\n";

  private PipelineTester t;
  private FakeUpstream.All ups;
  private MuxHttp mux;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    ups = new FakeUpstream.All();
  }

  @AfterEach
  void tearDown() {
    t.exec(() -> mux.pools().closeAll());
    t.close();
  }

  private MuxHttp mux(Object... args) {
    mux = MuxHttp.create(config(t, args));
    mux.configure("muxHTTP", new SourceLocation("test.js", 1, 1, ""));
    mux.addSubPipeline(LayoutRef.of(t.layout(new FakeUpstream(ups))));
    return mux;
  }

  private Run stream() {
    return t.run(mux);
  }

  private static void get(Run r, String path) {
    r.input(MessageStart.of(obj("method", "GET", "path", path, "headers", obj("host", "x"))), MessageEnd.plain());
  }

  private void reply(int upstream, String bytes) {
    t.exec(() -> ups.get(upstream).reply(bytes));
  }

  private static String head(Run r) {
    for (PipelineTester.Recorded x : r.output()) {
      if (x instanceof RecordedEvent e && e.event() instanceof MessageStart ms) {
        ScriptObject h = (ScriptObject) ms.head();
        return h.get("status") + " " + h.get("statusText");
      }
    }
    return null;
  }

  @Test
  void requestGoesUpstreamAndTheAnswerComesBack() {
    mux();
    Run r = stream();
    get(r, "/a");
    assertEquals(1, ups.size());
    assertEquals(GET_A, ups.get(0).take());
    reply(0, "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nhi");
    assertEquals("MS D(2) ME", r.outputShape());
    assertEquals("hi", r.outputText());
    assertEquals("200 OK", head(r));
  }

  @Test
  void requestBodyIsSentWithItsLength() {
    mux();
    Run r = stream();
    r.input(MessageStart.of(obj("method", "POST", "path", "/p")), TestSupport.data("abc"), TestSupport.data("de"),
        MessageEnd.plain());
    assertEquals("POST /p HTTP/1.1\r\ncontent-length: 5\r\nconnection: keep-alive\r\n\r\nabcde", ups.get(0).take());
  }

  @Test
  void byDefaultConcurrentStreamsGetTheirOwnSessions() {
    mux();
    Run a = stream();
    Run b = stream();
    get(a, "/a");
    get(b, "/b");
    assertEquals(2, ups.size(), "maxQueue is 1 by default");
    reply(1, "HTTP/1.1 200 OK\r\ncontent-length: 1\r\n\r\nB");
    reply(0, "HTTP/1.1 200 OK\r\ncontent-length: 1\r\n\r\nA");
    assertEquals("A", a.outputText());
    assertEquals("B", b.outputText());
    a.release();
    Run c = stream();
    get(c, "/c");
    assertEquals(2, ups.size(), "the idle session is reused");
    assertEquals("GET /c HTTP/1.1\r\nhost: x\r\nconnection: keep-alive\r\n\r\n", ups.get(0).take().substring(GET_A.length()));
  }

  @Test
  void sharedSessionPipelinesRequestsAndMatchesAnswersInOrder() {
    mux(obj("maxQueue", 0));
    Run a = stream();
    Run b = stream();
    get(a, "/a");
    get(b, "/b");
    assertEquals(1, ups.size());
    assertEquals(GET_A + GET_A.replace("/a", "/b"), ups.get(0).take());
    reply(0, "HTTP/1.1 200 OK\r\ncontent-length: 1\r\n\r\nAHTTP/1.1 201 Created\r\ncontent-length: 1\r\n\r\nB");
    assertEquals("A", a.outputText());
    assertEquals("B", b.outputText());
    assertEquals("201 Created", head(b));
  }

  @Test
  void selectorKeysSeparateSessions() {
    int[] n = {0};
    mux(new TestSupport.Fn((ctx, args) -> "k" + (n[0]++ % 2)), obj("maxQueue", 0));
    Run a = stream();
    Run b = stream();
    Run c = stream();
    get(a, "/a");
    get(b, "/b");
    get(c, "/c");
    assertEquals(2, ups.size());
    assertEquals(1, t.call(() -> mux.pools().sessionCount("k0")));
    assertEquals(1, t.call(() -> mux.pools().sessionCount("k1")));
  }

  @Test
  void maxMessagesLimitsWhatOneSessionServes() {
    mux(obj("maxQueue", 0, "maxMessages", 2));
    for (int i = 0; i < 3; i++) get(stream(), "/" + i);
    assertEquals(2, ups.size());
    assertEquals(GET_A.replace("/a", "/0") + GET_A.replace("/a", "/1"), ups.get(0).take());
    assertEquals(GET_A.replace("/a", "/2"), ups.get(1).take());
  }

  @Test
  void idleSessionsCloseAfterMaxIdle() {
    mux(new TestSupport.Fn((ctx, args) -> "k"), obj("maxIdle", "100ms"));
    Run a = stream();
    get(a, "/a");
    reply(0, "HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n");
    a.release();
    assertNull(t.call(() -> ups.get(0).ended));
    t.settle(400);
    assertEquals(StreamEnd.normal(), t.call(() -> ups.get(0).ended));
    assertEquals(0, t.call(() -> mux.pools().sessionCount("k")));
    get(stream(), "/b");
    assertEquals(2, ups.size());
  }

  @Test
  void connectionCloseEndsTheSession() {
    mux(obj("maxQueue", 0));
    Run a = stream();
    get(a, "/a");
    reply(0, "HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: close\r\n\r\nA");
    assertEquals("A", a.outputText());
    assertEquals(StreamEnd.normal(), t.call(() -> ups.get(0).ended));
    get(a, "/again");
    assertEquals(2, ups.size());
  }

  private String failWith(StreamEnd se) {
    mux();
    Run r = stream();
    get(r, "/a");
    t.exec(() -> ups.get(0).fail(se));
    assertEquals("MS ME", r.outputShape());
    return head(r);
  }

  @Test
  void refusedIs502ConnectionRefused() {
    assertEquals("502 Connection Refused", failWith(StreamEnd.of(StreamEnd.Error.CONNECTION_REFUSED)));
  }

  @Test
  void unresolvableIs502CannotResolve() {
    assertEquals("502 Cannot Resolve", failWith(StreamEnd.of(StreamEnd.Error.CANNOT_RESOLVE)));
  }

  @Test
  void timeoutsAre504() {
    assertEquals("504 Gateway Timeout", failWith(StreamEnd.of(StreamEnd.Error.CONNECTION_TIMEOUT)));
  }

  @Test
  void readTimeoutIs504() {
    assertEquals("504 Gateway Timeout", failWith(StreamEnd.of(StreamEnd.Error.READ_TIMEOUT)));
  }

  @Test
  void otherErrorsAre502BadGateway() {
    assertEquals("502 Bad Gateway", failWith(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET)));
  }

  @Test
  void answerCutShortEndsTheMessage() {
    mux();
    Run r = stream();
    get(r, "/a");
    reply(0, "HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc");
    t.exec(() -> ups.get(0).fail(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET)));
    assertEquals("MS D(3) ME", r.outputShape());
  }

  @Test
  void inputEndWaitsForTheAnswer() {
    mux();
    Run r = stream();
    get(r, "/a");
    r.input(StreamEnd.normal());
    assertEquals("", r.outputShape());
    reply(0, "HTTP/1.1 204 No Content\r\n\r\n");
    assertEquals("MS ME SE", r.outputShape());
  }

  @Test
  void headAnswersHaveNoBody() {
    mux(obj("maxQueue", 0));
    Run a = stream();
    a.input(MessageStart.of(obj("method", "HEAD", "path", "/")), MessageEnd.plain());
    Run b = stream();
    get(b, "/b");
    reply(0, "HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok");
    assertEquals("MS ME", a.outputShape());
    assertEquals("ok", b.outputText());
  }

  @Test
  void connectOpensATunnel() {
    mux();
    Run r = stream();
    r.input(MessageStart.of(obj("method", "CONNECT", "path", "h:443")), MessageEnd.plain(), TestSupport.data("early"));
    assertEquals("CONNECT h:443 HTTP/1.1\r\nconnection: keep-alive\r\n\r\n", ups.get(0).take());
    reply(0, "HTTP/1.1 200 Connection Established\r\n\r\nhello");
    assertEquals("early", ups.get(0).take());
    assertEquals("MS ME D(5)", r.outputShape());
    r.input(TestSupport.data("more"));
    assertEquals("more", ups.get(0).take());
    t.exec(() -> ups.get(0).fail(StreamEnd.normal()));
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void tunnelHalfClosedByTheClientStillCarriesTheUpstreamsAnswer() {
    mux();
    Run r = stream();
    r.input(MessageStart.of(obj("method", "CONNECT", "path", "h:443")), MessageEnd.plain());
    ups.get(0).take();
    reply(0, "HTTP/1.1 200 Connection Established\r\n\r\n");
    r.input(TestSupport.data("last words"), StreamEnd.normal());
    assertEquals("last words", ups.get(0).take());
    assertTrue(t.call(() -> ups.get(0).ended) != null, "the upstream is told the client is done sending");
    reply(0, "reply");
    assertEquals("MS ME D(5)", r.outputShape());
    t.exec(() -> ups.get(0).fail(StreamEnd.normal()));
    assertEquals("MS ME D(5) SE", r.outputShape());
  }

  @Test
  void versionFunctionPicksTheProtocol() {
    TestSupport.Promise[] p = new TestSupport.Promise[1];
    mux(obj("version", new TestSupport.Fn((ctx, args) -> p[0] = new TestSupport.Promise(t.worker()))));
    Run r = stream();
    get(r, "/a");
    assertEquals(0, ups.size(), "nothing is sent before the version is known");
    t.exec(() -> p[0].resolve(1));
    t.settle(10);
    assertEquals(GET_A, ups.get(0).take());
  }

  @Test
  void badOptionsAreReportedAtConfiguration() {
    try {
      MuxHttp.create(config(t, obj("version", 3)));
      throw new AssertionError("expected an error");
    } catch (io.pipy.api.script.ScriptError e) {
      assertTrue(e.getMessage().contains("version"), e.getMessage());
    }
    mux = MuxHttp.create(config(t));
  }
}
