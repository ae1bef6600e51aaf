package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.LayoutRef;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.SourceLocation;
import io.pipy.engine.PipelineTester;
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
class TunnelTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  /** Upper-cases tunnel bytes and passes the end on. */
  static final class Upper extends Filter {
    Upper() {
    }

    private Upper(Upper p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Upper(this);
    }

    @Override
    protected void process(Event e) {
      if (e instanceof Data d) {
        output(Data.fromString(d.toString().toUpperCase()));
        d.release();
      } else if (e instanceof StreamEnd) {
        output(e);
      }
    }
  }

  private static final Object CONNECT = obj("method", "CONNECT", "path", "h:443");

  private Run accept(Object handler) {
    AcceptHttpTunnel f = AcceptHttpTunnel.create(config(t, handler));
    f.configure("acceptHTTPTunnel", new SourceLocation("test.js", 1, 1, ""));
    f.addSubPipeline(LayoutRef.of(t.layout(new Upper())));
    return t.run(f);
  }

  @Test
  void acceptedConnectOpensTheTunnel() {
    Run r = accept(new TestSupport.Fn((ctx, args) -> new Message(obj("status", 200), null, null)));
    r.input(MessageStart.of(CONNECT), MessageEnd.plain(), data("abc"));
    assertEquals("MS ME D(3)", r.outputShape());
    assertEquals("ABC", r.outputText());
    r.input(StreamEnd.normal());
    assertEquals("MS ME D(3) SE", r.outputShape());
  }

  @Test
  void nothingReturnedMeansA200() {
    Run r = accept(new TestSupport.Fn((ctx, args) -> null));
    r.input(MessageStart.of(CONNECT), MessageEnd.plain(), data("x"));
    assertEquals("MS ME D(1)", r.outputShape());
  }

  @Test
  void refusedTunnelOnlyAnswers() {
    Run r = accept(new TestSupport.Fn((ctx, args) -> new Message(obj("status", 403), null, null)));
    r.input(MessageStart.of(CONNECT), MessageEnd.plain(), data("abc"));
    assertEquals("MS ME", r.outputShape());
  }

  @Test
  void websocketNeeds101() {
    Object ws = obj("method", "GET", "path", "/ws", "headers", obj("upgrade", "websocket"));
    Run ok = accept(new TestSupport.Fn((ctx, args) -> new Message(obj("status", 101), null, null)));
    ok.input(MessageStart.of(ws), MessageEnd.plain(), data("frame"));
    assertEquals("MS ME D(5)", ok.outputShape());
    Run no = accept(new TestSupport.Fn((ctx, args) -> new Message(obj("status", 200), null, null)));
    no.input(MessageStart.of(ws), MessageEnd.plain(), data("frame"));
    assertEquals("MS ME", no.outputShape());
  }

  @Test
  void bytesWaitWhileThePromiseIsPending() {
    TestSupport.Promise[] p = new TestSupport.Promise[1];
    Run r = accept(new TestSupport.Fn((ctx, args) -> p[0] = new TestSupport.Promise(t.worker())));
    r.input(MessageStart.of(CONNECT), MessageEnd.plain(), data("early"));
    assertEquals("", r.outputShape());
    t.exec(() -> p[0].resolve(new Message(obj("status", 200), null, null)));
    t.settle(10);
    assertEquals("MS ME D(5)", r.outputShape());
    assertEquals("EARLY", r.outputText());
  }

  // ---- connectHTTPTunnel ----

  private Run connect(Object handshake, Object options, Filter... sub) {
    ConnectHttpTunnel f = ConnectHttpTunnel.create(config(t, handshake, options));
    f.configure("connectHTTPTunnel", new SourceLocation("test.js", 1, 1, ""));
    f.addSubPipeline(LayoutRef.of(t.layout(sub)));
    return t.run(f);
  }

  @Test
  void connectSendsTheHandshakeAndHoldsBytesUntilAccepted() {
    List<Object> states = new ArrayList<>();
    TestFilters.Log log = new TestFilters.Log();
    Run r = connect("example.com:443", obj("onState", new TestSupport.Fn((ctx, args) -> states.add(args[0]))),
        new TestFilters.Tap(log, "up"), new DemuxHttpTest.TunnelEcho(200));
    r.input(data("hello"));
    assertEquals("HELLO", r.outputText());
    assertEquals(List.of("connecting", "connected"), states);
    assertEquals("up MS {method=CONNECT, path=example.com:443}", log.lines().get(0));
    r.input(data(" there"), StreamEnd.normal());
    assertEquals("HELLO THERE", r.outputText());
    assertEquals("D(5) D(6) SE", r.outputShape());
  }

  @Test
  void refusedConnectEndsTheStream() {
    List<Object> states = new ArrayList<>();
    Run r = connect(new Message(CONNECT, null, null), obj("onState", new TestSupport.Fn((ctx, args) -> states.add(args[0]))),
        new DemuxHttpTest.TunnelEcho(407));
    r.input(data("hello"));
    assertEquals("SE", r.outputShape());
    assertEquals(List.of("connecting", "closed"), states);
  }

  @Test
  void connectThroughMuxHttpToAnUpstream() {
    FakeUpstream.All ups = new FakeUpstream.All();
    MuxHttp mux = MuxHttp.create(config(t));
    mux.addSubPipeline(LayoutRef.of(t.layout(new FakeUpstream(ups))));
    Run r = connect(new TestSupport.Fn((ctx, args) -> new Message(CONNECT, null, null)), null, mux);
    r.input(data("ping"));
    assertEquals("CONNECT h:443 HTTP/1.1\r\nconnection: keep-alive\r\n\r\n", ups.get(0).take());
    t.exec(() -> ups.get(0).reply("HTTP/1.1 200 Connection Established\r\n\r\npong"));
    assertEquals("ping", ups.get(0).take());
    assertEquals("pong", r.outputText());
    t.exec(() -> mux.pools().closeAll());
  }

  @Test
  void connectOverHttp2IsATunnelStream() {
    AcceptHttpTunnel a = AcceptHttpTunnel.create(config(t, new TestSupport.Fn((ctx, args) -> null)));
    a.addSubPipeline(LayoutRef.of(t.layout(new Upper())));
    DemuxHttp d = DemuxHttp.create(config(t));
    d.addSubPipeline(LayoutRef.of(t.layout(a)));
    Run r = t.run(d);
    try (H2Peer peer = new H2Peer(false)) {
      r.input(TestSupport.bytes(H2Peer.join(H2Peer.PREFACE, peer.settings(),
          peer.headers(1, false, ":method", "CONNECT", ":authority", "h:443"), peer.data(1, "abc", false),
          peer.headers(3, false, ":method", "CONNECT", ":scheme", "http", ":path", "/", ":authority", "h:443"))));
      assertEquals(List.of("HEADERS 1 [:status: 200]", "DATA 1 3", "HEADERS 3 [:status: 200]"), peer.read(r).subList(3, 6));
      assertEquals("ABC", peer.body(1));
      r.input(TestSupport.bytes(peer.data(1, "de", true)));
      assertEquals(List.of("DATA 1 2", "DATA 1 0 END_STREAM"), peer.read(r));
    }
  }

  @Test
  void demuxHttpIntoAcceptHttpTunnel() {
    AcceptHttpTunnel a = AcceptHttpTunnel.create(config(t, new TestSupport.Fn((ctx, args) -> null)));
    a.addSubPipeline(LayoutRef.of(t.layout(new Upper())));
    DemuxHttp d = DemuxHttp.create(config(t));
    d.addSubPipeline(LayoutRef.of(t.layout(a)));
    Run r = t.run(d);
    r.input(data("CONNECT h:443 HTTP/1.1\r\nHost: h:443\r\n\r\nsecret"));
    assertEquals("HTTP/1.1 200 OK\r\nconnection: keep-alive\r\n\r\nSECRET", r.outputText());
  }
}
