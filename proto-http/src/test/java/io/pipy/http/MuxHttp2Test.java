package io.pipy.http;

import static io.pipy.http.H2Peer.join;
import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.handler.codec.http2.Http2Error;
import io.pipy.api.Data;
import io.pipy.api.InputBatch;
import io.pipy.api.LayoutRef;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.SourceLocation;
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
class MuxHttp2Test {

  static final String CLIENT_START = "SETTINGS {1=4096, 2=0, 4=1048576, 5=16384}";

  private PipelineTester t;
  private FakeUpstream.All ups;
  private MuxHttp mux;
  private H2Peer server;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    ups = new FakeUpstream.All();
    server = new H2Peer(true);
  }

  @AfterEach
  void tearDown() {
    t.exec(() -> mux.pools().closeAll());
    t.close();
    server.close();
  }

  private void mux(Object options) {
    mux = MuxHttp.create(config(t, options));
    mux.configure("muxHTTP", new SourceLocation("test.js", 1, 1, ""));
    mux.addSubPipeline(LayoutRef.of(t.layout(new FakeUpstream(ups))));
  }

  private Run get(String path) {
    Run r = t.run(mux);
    r.input(MessageStart.of(obj("method", "GET", "path", path, "headers", obj("host", "x", "Accept", "*/*"))),
        MessageEnd.plain());
    return r;
  }

  private List<String> upstreamFrames() {
    return server.read(t.call(() -> ups.get(0).takeBytes()));
  }

  private void reply(byte[] bytes) {
    t.exec(() -> ups.get(0).reply(bytes));
  }

  private static String head(Run r) {
    for (PipelineTester.Recorded x : r.output()) {
      if (x instanceof RecordedEvent e && e.event() instanceof MessageStart ms) return String.valueOf(ms.head());
    }
    return null;
  }

  @Test
  void requestsBecomeStreamsAndAnswersComeBack() {
    mux(obj("version", 2));
    Run r = get("/a");
    assertEquals(List.of(CLIENT_START, "WINDOW_UPDATE 0 983041",
        "HEADERS 1 [:method: GET, :scheme: http, :path: /a, :authority: x, accept: */*]", "DATA 1 0 END_STREAM"),
        upstreamFrames());
    reply(join(server.settings(), server.settingsAck(),
        server.headers(1, false, ":status", "200", "content-type", "text/plain"), server.data(1, "hi", true)));
    assertEquals(List.of("SETTINGS ACK"), upstreamFrames());
    assertEquals("MS D(2) ME", r.outputShape());
    assertEquals("{headers={content-type=text/plain}, headerNames=null, status=200}", head(r));
  }

  @Test
  void requestsThatArriveInOneInputBatchGoOutWhole() {
    // As requests read from a client socket: a GET is one HEADERS frame, a POST carries its length.
    mux(obj("version", 2));
    t.exec(() -> InputBatch.current().begin());
    Run a = get("/a");
    Run b = t.run(mux);
    b.input(MessageStart.of(obj("method", "POST", "path", "/b", "headers", obj("host", "x"))), Data.fromString("hello"),
        MessageEnd.plain());
    Run c = t.run(mux);
    c.input(MessageStart.of(obj("method", "PUT", "path", "/c", "headers", obj("host", "x"))), Data.fromString("par"));
    assertEquals(List.of(CLIENT_START, "WINDOW_UPDATE 0 983041"), upstreamFrames(), "no request before the batch ends");
    t.exec(() -> InputBatch.current().end());
    assertEquals(List.of(
        "HEADERS 1 [:method: GET, :scheme: http, :path: /a, :authority: x, accept: */*] END_STREAM",
        "HEADERS 3 [:method: POST, :scheme: http, :path: /b, :authority: x, content-length: 5]", "DATA 3 5 END_STREAM",
        "HEADERS 5 [:method: PUT, :scheme: http, :path: /c, :authority: x]", "DATA 5 3"), upstreamFrames());
    c.input(Data.fromString("t"), MessageEnd.plain());
    assertEquals(List.of("DATA 5 1", "DATA 5 0 END_STREAM"), upstreamFrames());
    reply(join(server.settings(), server.headers(1, true, ":status", "200"), server.headers(3, true, ":status", "201"),
        server.headers(5, true, ":status", "202")));
    assertEquals("MS ME", a.outputShape());
    assertEquals("MS ME", b.outputShape());
    assertEquals("MS ME", c.outputShape());
  }

  @Test
  void streamsShareOneConnectionAndAnswerInAnyOrder() {
    mux(obj("version", "h2", "maxQueue", 0));
    Run a = get("/a");
    Run b = get("/b");
    assertEquals(1, ups.size());
    List<String> f = upstreamFrames();
    assertEquals("HEADERS 3 [:method: GET, :scheme: http, :path: /b, :authority: x, accept: */*]", f.get(4));
    reply(join(server.settings(), server.headers(3, false, ":status", "201"), server.data(3, "B", true),
        server.headers(1, true, ":status", "204")));
    assertEquals("MS D(1) ME", b.outputShape());
    assertEquals("MS ME", a.outputShape());
  }

  @Test
  void maxQueueDoesNotLimitHttp2SoAllStreamsShareOneConnection() {
    mux(obj("version", 2)); // maxQueue left at its default, 1, as in Pipy
    Run a = get("/a");
    Run b = get("/b");
    Run c = get("/c");
    assertEquals(1, ups.size(), "one upstream connection for three concurrent streams");
    List<String> f = upstreamFrames();
    assertTrue(f.get(6).startsWith("HEADERS 5 [:method: GET, :scheme: http, :path: /c"), f.toString());
    reply(join(server.settings(), server.headers(5, true, ":status", "200"), server.headers(1, true, ":status", "200"),
        server.headers(3, true, ":status", "200")));
    assertEquals("MS ME", a.outputShape());
    assertEquals("MS ME", b.outputShape());
    assertEquals("MS ME", c.outputShape());
  }

  @Test
  void theUpstreamsStreamLimitOpensAnotherConnection() {
    mux(obj("version", 2));
    get("/a");
    upstreamFrames();
    reply(server.settings(3, 2)); // SETTINGS_MAX_CONCURRENT_STREAMS = 2
    get("/b");
    assertEquals(1, ups.size());
    get("/c");
    assertEquals(2, ups.size(), "a third concurrent stream goes to a second connection");
  }

  @Test
  void connectNamesItsTargetInAuthorityAlone() {
    mux(obj("version", 2));
    Run r = t.run(mux);
    r.input(MessageStart.of(obj("method", "CONNECT", "path", "h:443")), MessageEnd.plain());
    List<String> f = upstreamFrames();
    assertEquals("HEADERS 1 [:method: CONNECT, :authority: h:443]", f.get(2));
  }

  @Test
  void connectAnsweredWith200CarriesTunnelBytesBothWays() {
    mux(obj("version", 2));
    Run r = t.run(mux);
    r.input(MessageStart.of(obj("method", "CONNECT", "path", "h:443")), MessageEnd.plain());
    upstreamFrames();
    reply(join(server.settings(), server.headers(1, false, ":status", "200"), server.data(1, "pong", false)));
    assertEquals("MS ME D(4)", r.outputShape());
    r.input(TestSupport.data("ping"));
    assertEquals(List.of("SETTINGS ACK", "DATA 1 4"), upstreamFrames());
    reply(server.data(1, "", true));
    assertEquals("MS ME D(4) SE", r.outputShape());
  }

  @Test
  void resetStreamIsA502() {
    mux(obj("version", 2));
    Run r = get("/a");
    upstreamFrames();
    reply(join(server.settings(), server.rst(1, Http2Error.REFUSED_STREAM)));
    assertEquals("MS ME", r.outputShape());
    assertTrue(head(r).contains("status=502") && head(r).contains("statusText=Bad Gateway"), head(r));
  }

  @Test
  void lostConnectionAnswersEveryPendingRequest() {
    mux(obj("version", 2, "maxQueue", 0));
    Run a = get("/a");
    Run b = get("/b");
    t.exec(() -> ups.get(0).fail(StreamEnd.of(StreamEnd.Error.READ_TIMEOUT)));
    assertTrue(head(a).contains("status=504"), head(a));
    assertTrue(head(b).contains("status=504"), head(b));
    get("/c");
    assertEquals(2, ups.size(), "a new session replaces the lost one");
  }

  @Test
  void requestBodiesFollowTheServersWindow() {
    mux(obj("version", 2));
    Run r = t.run(mux);
    r.input(MessageStart.of(obj("method", "POST", "path", "/u")));
    upstreamFrames();
    reply(server.settings(4, 3));
    r.input(TestSupport.data("abcdefg"), MessageEnd.plain());
    assertEquals(List.of("SETTINGS ACK", "DATA 1 3"), upstreamFrames());
    reply(server.windowUpdate(1, 10));
    assertEquals(List.of("DATA 1 4 END_STREAM"), upstreamFrames());
  }

  @Test
  void releasedStreamIsCancelled() {
    mux(obj("version", 2));
    Run r = get("/a");
    upstreamFrames();
    r.release();
    assertEquals(List.of("RST_STREAM 1 CANCEL"), upstreamFrames());
    reply(join(server.settings(), server.headers(1, true, ":status", "200")));
    assertEquals(List.of("SETTINGS ACK"), upstreamFrames());
  }

  @Test
  void pingOptionKeepsPinging() {
    List<Object> acks = new ArrayList<>();
    mux(obj("version", 2, "ping", new TestSupport.Fn((ctx, args) -> {
      acks.add(args.length > 0 ? args[0] : null);
      return acks.size() < 3 ? Data.fromString("pingpong") : null;
    })));
    get("/a");
    List<String> f = upstreamFrames();
    assertEquals("PING " + 0x70696e67706f6e67L, f.get(2));
    reply(join(server.settings(), H2PeerPing.ack(server, 0x70696e67706f6e67L)));
    assertEquals(List.of("SETTINGS ACK", "PING " + 0x70696e67706f6e67L), upstreamFrames());
    assertEquals(2, acks.size());
    assertEquals("pingpong", String.valueOf(acks.get(1)));
  }

  /** Writes a PING acknowledgement with Netty's writer. */
  static final class H2PeerPing {
    static byte[] ack(H2Peer peer, long payload) {
      return peer.pingAck(payload);
    }
  }
}
