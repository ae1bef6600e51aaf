package io.pipy.http;

import static io.pipy.http.H2Peer.join;
import static io.pipy.http.TestSupport.bytes;
import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.handler.codec.http2.Http2Error;
import io.pipy.api.Data;
import io.pipy.api.Filter;
import io.pipy.api.InputBatch;
import io.pipy.api.LayoutRef;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.SourceLocation;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.Run;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class DemuxHttp2Test {

  /** Our SETTINGS, then the connection window raised to 1 MiB: what Pipy sends, byte for byte. */
  static final String SERVER_PREFACE_HEX = "000018040000000000"
      + "000100001000000200000000000400100000000500004000"
      + "000004080000000000000f0001";
  static final String SETTINGS = "SETTINGS {1=4096, 2=0, 4=1048576, 5=16384}";
  static final String[] GET_A = {":method", "GET", ":scheme", "http", ":path", "/a", ":authority", "x"};

  private PipelineTester t;
  private TestFilters.Log log;
  private H2Peer peer;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    log = new TestFilters.Log();
    peer = new H2Peer(false);
  }

  @AfterEach
  void tearDown() {
    t.close();
    peer.close();
  }

  private Run run(Object options, Filter... sub) {
    DemuxHttp f = DemuxHttp.create(config(t, options));
    f.configure("demuxHTTP", new SourceLocation("test.js", 1, 1, ""));
    f.addSubPipeline(LayoutRef.of(t.layout(sub)));
    return t.run(f);
  }

  private Run answering(Function<Message, Message> fn) {
    return run(null, new TestFilters.Answer(log, fn));
  }

  private static Message text(String body) {
    return new Message(null, Data.fromString(body), null);
  }

  private byte[] start(long... settings) {
    return join(H2Peer.PREFACE, peer.settings(settings));
  }

  private static String[] get(String path) {
    return new String[] {":method", "GET", ":scheme", "http", ":path", path, ":authority", "x"};
  }

  @Test
  void priorKnowledgeSessionAnswersExactly() {
    Run r = answering(TestFilters::echo);
    r.input(bytes(join(start(), peer.headers(1, true, GET_A))));
    byte[] first = ((PipelineTester.RecordedData) r.output().get(0)).bytes();
    assertEquals(SERVER_PREFACE_HEX, HexFormat.of().formatHex(first, 0, 46));
    assertEquals(List.of(SETTINGS, "WINDOW_UPDATE 0 983041", "SETTINGS ACK",
        "HEADERS 1 [:status: 200, content-length: 7]", "DATA 1 7 END_STREAM"), peer.read(r));
    assertEquals("GET /a ", peer.body(1));
  }

  @Test
  void requestHeadIsShapedAsPipyShapesIt() {
    run(null, new TestFilters.Tap(log, "in"), new TestFilters.Answer(log, req -> text("")))
        .input(bytes(join(start(), peer.headers(1, false, ":method", "POST", ":scheme", "https", ":path", "/p?q=1",
            ":authority", "example.com", "cookie", "a=1", "cookie", "b=2", "content-type", "text/plain"),
            peer.data(1, "body", true))));
    assertEquals(List.of(
        "in MS {headers={cookie=[a=1, b=2], content-type=text/plain, host=example.com}, headerNames=null, "
            + "method=POST, scheme=https, authority=example.com, path=/p?q=1}",
        "in D(body)", "in MessageEnd"), log.lines());
  }

  @Test
  void connectTargetIsThePathWhicheverWayTheClientNamesIt() {
    run(null, new TestFilters.Tap(log, "in"), new TestFilters.Answer(log, req -> text("")))
        .input(bytes(join(start(), peer.headers(1, false, ":method", "CONNECT", ":authority", "h:443"),
            peer.headers(3, false, ":method", "CONNECT", ":scheme", "http", ":path", "h:444"))));
    assertEquals(List.of(
        "in MS {headers={host=h:443}, headerNames=null, method=CONNECT, authority=h:443, path=h:443}",
        "in MS {headers={}, headerNames=null, method=CONNECT, scheme=http, path=h:444}"),
        log.lines().stream().filter(l -> l.startsWith("in MS")).toList());
  }

  @Test
  void concurrentStreamsAnswerInAnyOrder() {
    Run r = answering(req -> null);
    r.input(bytes(join(start(), peer.headers(1, true, get("/1")), peer.headers(3, true, get("/3")),
        peer.headers(5, true, get("/5")))));
    peer.read(r);
    List<TestFilters.Answer> w = t.call(() -> new ArrayList<>(log.waiting));
    assertEquals(3, w.size());
    t.exec(() -> w.get(2).reply(text("five")));
    t.exec(() -> w.get(0).reply(text("one")));
    t.exec(() -> w.get(1).reply(text("three")));
    assertEquals(List.of("HEADERS 5 [:status: 200]", "DATA 5 4", "DATA 5 0 END_STREAM",
        "HEADERS 1 [:status: 200]", "DATA 1 3", "DATA 1 0 END_STREAM",
        "HEADERS 3 [:status: 200]", "DATA 3 5", "DATA 3 0 END_STREAM"), peer.read(r));
  }

  @Test
  void requestBodyOverSeveralFrames() {
    Run r = answering(TestFilters::echo);
    r.input(bytes(join(start(), peer.headers(1, false, ":method", "PUT", ":scheme", "http", ":path", "/u"),
        peer.data(1, "abc", false))));
    r.input(bytes(peer.data(1, "def", true)));
    peer.read(r);
    assertEquals("PUT /u abcdef", peer.body(1));
  }

  @Test
  void responseBodyIsSplitByTheStreamWindow() {
    Run r = answering(req -> text("0123456789abcdefghijklmno"));
    r.input(bytes(join(start(4, 10), peer.headers(1, true, GET_A))));
    assertEquals(List.of(SETTINGS, "WINDOW_UPDATE 0 983041", "SETTINGS ACK",
        "HEADERS 1 [:status: 200, content-length: 25]", "DATA 1 10"), peer.read(r));
    r.input(bytes(peer.windowUpdate(1, 10)));
    assertEquals(List.of("DATA 1 10"), peer.read(r));
    r.input(bytes(peer.windowUpdate(1, 100)));
    assertEquals(List.of("DATA 1 5 END_STREAM"), peer.read(r));
    assertEquals("0123456789abcdefghijklmno", peer.body(1));
  }

  @Test
  void largeBodiesWaitForTheConnectionWindow() {
    String big = "x".repeat(100_000);
    Run r = answering(req -> text(big));
    r.input(bytes(join(start(4, 1_000_000), peer.headers(1, true, GET_A))));
    List<String> f = peer.read(r);
    // 65535 bytes of connection window: three full 16 KiB frames and the rest of it.
    assertEquals(List.of("HEADERS 1 [:status: 200, content-length: 100000]", "DATA 1 16384", "DATA 1 16384", "DATA 1 16384",
        "DATA 1 16383"), f.subList(3, f.size()));
    r.input(bytes(peer.windowUpdate(0, 40_000)));
    assertEquals(List.of("DATA 1 16384", "DATA 1 16384", "DATA 1 1697 END_STREAM"), peer.read(r));
    assertEquals(big, peer.body(1));
  }

  @Test
  void smallerPeerInitialWindowAppliesToOpenStreams() {
    Run r = answering(req -> text("abcdefghij"));
    r.input(bytes(join(start(4, 4), peer.headers(1, true, GET_A))));
    assertEquals(List.of("HEADERS 1 [:status: 200, content-length: 10]", "DATA 1 4"), peer.read(r).subList(3, 5));
    r.input(bytes(peer.settings(4, 8)));
    assertEquals(List.of("DATA 1 4", "SETTINGS ACK"), peer.read(r));
    r.input(bytes(peer.settings(4, 100)));
    assertEquals(List.of("DATA 1 2 END_STREAM", "SETTINGS ACK"), peer.read(r));
  }

  @Test
  void receiveWindowsAreToppedUpOnceHalfUsed() {
    Run r = run(obj("streamWindowSize", 65535, "connectionWindowSize", 65535),
        new TestFilters.Answer(log, req -> text("ok")));
    String chunk = "y".repeat(16_000);
    r.input(bytes(join(start(), peer.headers(1, false, ":method", "POST", ":scheme", "http", ":path", "/"),
        peer.data(1, chunk, false))));
    assertEquals(List.of("SETTINGS {1=4096, 2=0, 4=65535, 5=16384}", "SETTINGS ACK"), peer.read(r));
    r.input(bytes(peer.data(1, chunk, false)));
    assertEquals(List.of(), peer.read(r));
    r.input(bytes(peer.data(1, chunk, false)));
    assertEquals(List.of("WINDOW_UPDATE 1 48000", "WINDOW_UPDATE 0 48000"), peer.read(r));
    r.input(bytes(peer.data(1, "", true)));
    assertEquals(List.of("HEADERS 1 [:status: 200, content-length: 2]", "DATA 1 2 END_STREAM"), peer.read(r));
  }

  @Test
  void aWindowUpdateReadWithTheRequestDoesNotSendDataBeforeTheHead() {
    // The answer is made while the request's frames are read and held until they are all read;
    // a WINDOW_UPDATE and a SETTINGS among them must not let its DATA out first.
    Run r = answering(req -> text("0123456789abcdefghij"));
    r.input(bytes(join(start(4, 10), peer.headers(1, true, GET_A), peer.windowUpdate(1, 5), peer.settings(4, 12))));
    assertEquals(List.of("SETTINGS ACK", "HEADERS 1 [:status: 200, content-length: 20]", "DATA 1 17"),
        peer.read(r).subList(3, 6));
    r.input(bytes(peer.windowUpdate(1, 100)));
    assertEquals(List.of("DATA 1 3 END_STREAM"), peer.read(r));
    assertEquals("0123456789abcdefghij", peer.body(1));
  }

  @Test
  void anAnswerThatArrivesInOneInputBatchGoesOutWhole() {
    // As an answer read from an upstream: it arrives after the request's frames were read,
    // while another socket's input batch is dispatched.
    Run r = answering(req -> null);
    r.input(bytes(join(start(), peer.headers(1, true, GET_A), peer.headers(3, true, ":method", "HEAD",
        ":scheme", "http", ":path", "/"))));
    peer.read(r);
    List<TestFilters.Answer> w = t.call(() -> new ArrayList<>(log.waiting));
    t.exec(() -> inOneBatch(() -> w.get(0).reply(text("whole"))));
    assertEquals(List.of("HEADERS 1 [:status: 200, content-length: 5]", "DATA 1 5 END_STREAM"), peer.read(r));
    t.exec(() -> inOneBatch(() -> w.get(1).reply(text("whole"))));
    assertEquals(List.of("HEADERS 3 [:status: 200, content-length: 5] END_STREAM"), peer.read(r));
  }

  @Test
  void anAnswerOverSeveralInputBatchesStreams() {
    Run r = answering(req -> null);
    r.input(bytes(join(start(), peer.headers(1, true, GET_A))));
    peer.read(r);
    TestFilters.Answer a = t.call(() -> log.waiting.poll());
    t.exec(() -> inOneBatch(() -> a.send(MessageStart.of(obj("status", 200)), Data.fromString("abc"))));
    assertEquals(List.of("HEADERS 1 [:status: 200]", "DATA 1 3"), peer.read(r));
    t.exec(() -> inOneBatch(() -> a.send(Data.fromString("de"), MessageEnd.plain())));
    assertEquals(List.of("DATA 1 2", "DATA 1 0 END_STREAM"), peer.read(r));
    assertEquals("abcde", peer.body(1));
  }

  private static void inOneBatch(Runnable dispatch) {
    InputBatch batch = InputBatch.current();
    batch.begin();
    dispatch.run();
    batch.end();
  }

  @Test
  void answersToHeadCarryNoData() {
    Run r = answering(req -> text("hello"));
    r.input(bytes(join(start(), peer.headers(1, true, ":method", "HEAD", ":scheme", "http", ":path", "/"))));
    assertEquals(List.of("HEADERS 1 [:status: 200, content-length: 5] END_STREAM"), peer.read(r).subList(3, 4));
  }

  @Test
  void anAnswerToHeadMadeLaterCarriesNoDataEither() {
    Run r = answering(req -> null);
    r.input(bytes(join(start(), peer.headers(1, true, ":method", "HEAD", ":scheme", "http", ":path", "/"))));
    peer.read(r);
    TestFilters.Answer a = t.call(() -> log.waiting.poll());
    t.exec(() -> a.reply(text("hello")));
    assertEquals(List.of("HEADERS 1 [:status: 200]", "DATA 1 0 END_STREAM"), peer.read(r));
  }

  @Test
  void noContentAnswersEndWithTheirHead() {
    Run r = answering(req -> new Message(obj("status", 204), Data.fromString("ignored"), null));
    r.input(bytes(join(start(), peer.headers(1, true, GET_A))));
    assertEquals(List.of("HEADERS 1 [:status: 204] END_STREAM"), peer.read(r).subList(3, 4));
  }

  @Test
  void overrunningTheStreamWindowResetsTheStream() {
    Run r = run(obj("streamWindowSize", 1000), new TestFilters.Answer(log, req -> null));
    r.input(bytes(join(start(), peer.headers(1, false, ":method", "POST", ":scheme", "http", ":path", "/"),
        peer.data(1, "z".repeat(1500), false), peer.headers(3, true, GET_A))));
    assertEquals(List.of("SETTINGS {1=4096, 2=0, 4=1000, 5=16384}", "WINDOW_UPDATE 0 983041", "SETTINGS ACK",
        "RST_STREAM 1 FLOW_CONTROL_ERROR"), peer.read(r));
    assertEquals(List.of("end StreamEnd(ProtocolError)"), log.lines());
    assertEquals(1, t.call(() -> log.waiting.size()), "stream 3 still served");
    assertTrue(!r.outputShape().contains("SE"));
  }

  @Test
  void resetStreamIsAbortedAndOthersCarryOn() {
    Run r = answering(req -> null);
    r.input(bytes(join(start(), peer.headers(1, true, get("/1")), peer.headers(3, true, get("/3")))));
    peer.read(r);
    List<TestFilters.Answer> w = t.call(() -> new ArrayList<>(log.waiting));
    r.input(bytes(peer.rst(1, Http2Error.CANCEL)));
    t.exec(() -> w.get(0).reply(text("gone")));
    t.exec(() -> w.get(1).reply(text("three")));
    assertEquals(List.of("HEADERS 3 [:status: 200]", "DATA 3 5", "DATA 3 0 END_STREAM"), peer.read(r));
  }

  @Test
  void subPipelineEndingWithoutAnswerIs502() {
    Run r = answering(req -> null);
    r.input(bytes(join(start(), peer.headers(1, true, GET_A))));
    peer.read(r);
    TestFilters.Answer a = t.call(() -> log.waiting.poll());
    t.exec(() -> a.fail(StreamEnd.of(StreamEnd.Error.CONNECTION_REFUSED)));
    assertEquals(List.of("HEADERS 1 [:status: 502] END_STREAM"), peer.read(r));
  }

  @Test
  void trailersEndTheStream() {
    Run r = answering(req -> new Message(obj("status", 201, "headers", obj("X-Up", "v")), Data.fromString("b"),
        obj("headers", obj("grpc-status", "0"))));
    r.input(bytes(join(start(), peer.headers(1, true, GET_A))));
    assertEquals(List.of("HEADERS 1 [:status: 201, x-up: v, content-length: 1]", "DATA 1 1",
        "HEADERS 1 [grpc-status: 0] END_STREAM"),
        peer.read(r).subList(3, 6));
  }

  @Test
  void pingIsAcknowledged() {
    Run r = answering(req -> null);
    r.input(bytes(join(start(), peer.ping(0x1234))));
    assertEquals(List.of(SETTINGS, "WINDOW_UPDATE 0 983041", "SETTINGS ACK", "PING ACK 4660"), peer.read(r));
  }

  @Test
  void goAwayFromTheClientClosesOnceStreamsAreDone() {
    Run r = answering(req -> null);
    r.input(bytes(join(start(), peer.headers(1, true, GET_A), peer.goAway(1, Http2Error.NO_ERROR))));
    peer.read(r);
    assertTrue(!r.outputShape().contains("SE"));
    TestFilters.Answer a = t.call(() -> log.waiting.poll());
    t.exec(() -> a.reply(text("bye")));
    assertEquals(List.of("HEADERS 1 [:status: 200]", "DATA 1 3", "DATA 1 0 END_STREAM", "GOAWAY 1 NO_ERROR"), peer.read(r));
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void aFloodOfStreamsIsRefusedBeyondTheLimit() {
    Run r = answering(req -> null);
    byte[][] frames = new byte[H2Endpoint.MAX_PEER_STREAMS + 2][];
    frames[0] = start();
    for (int i = 0; i <= H2Endpoint.MAX_PEER_STREAMS; i++) frames[i + 1] = peer.headers(1 + 2 * i, true, GET_A);
    r.input(bytes(join(frames)));
    assertEquals(List.of("RST_STREAM " + (1 + 2 * H2Endpoint.MAX_PEER_STREAMS) + " REFUSED_STREAM"), peer.read(r).subList(3, 4));
    assertEquals(H2Endpoint.MAX_PEER_STREAMS, t.call(() -> log.waiting.size()));
    r.input(bytes(peer.goAway(0, Http2Error.NO_ERROR)));
    List<TestFilters.Answer> w = t.call(() -> new ArrayList<>(log.waiting));
    t.exec(() -> w.forEach(a -> a.reply(text(""))));
    assertTrue(r.outputShape().endsWith("SE"));
  }

  // ---- Bad input ----

  private List<String> badInput(byte[] input) {
    Run r = answering(req -> text("x"));
    r.input(bytes(input));
    List<String> f = peer.read(r);
    assertTrue(r.outputShape().endsWith(" SE"), r.outputShape());
    r.input(data("more"), StreamEnd.normal());
    return f.subList(3, f.size());
  }

  @Test
  void garbageAfterThePrefaceIsAGoAway() {
    byte[] garbage = new byte[20];
    java.util.Arrays.fill(garbage, (byte) 0xff);
    assertEquals(List.of("GOAWAY 0 FRAME_SIZE_ERROR"), badInput(join(start(), garbage)));
  }

  @Test
  void badPrefaceIsAProtocolError() {
    Run r = answering(req -> text("x"));
    r.input(bytes(join("PRI * HTTP/2.0\r\n\r\nXX\r\n\r\n".getBytes(), peer.settings())));
    // Not our preface, so it is read as HTTP/1, which does not speak version 2.0.
    assertEquals("HTTP/1.1 505 HTTP Version Not Supported\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
        r.outputText());
  }

  @Test
  void dataOnStreamZeroIsAProtocolError() {
    byte[] frame = {0, 0, 3, 0, 0, 0, 0, 0, 0, 'a', 'b', 'c'};
    assertEquals(List.of("GOAWAY 0 PROTOCOL_ERROR"), badInput(join(start(), frame)));
  }

  @Test
  void badHpackIsACompressionError() {
    byte[] frame = {0, 0, 6, 1, 5, 0, 0, 0, 1, -1, -1, -1, -1, -1, -1};
    assertEquals(List.of("GOAWAY 0 COMPRESSION_ERROR"), badInput(join(start(), frame)));
  }

  @Test
  void evenStreamFromAClientIsAProtocolError() {
    assertEquals(List.of("GOAWAY 0 PROTOCOL_ERROR"), badInput(join(start(), peer.headers(2, true, GET_A))));
  }

  @Test
  void zeroWindowUpdateOnTheConnectionIsAProtocolError() {
    byte[] frame = {0, 0, 4, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertEquals(List.of("GOAWAY 0 PROTOCOL_ERROR"), badInput(join(start(), frame)));
  }

  @Test
  void malformedRequestsResetTheirStreamOnly() {
    Run r = answering(req -> text("fine"));
    r.input(bytes(join(start(), peer.headers(1, true, ":method", "GET", ":scheme", "http"),
        peer.headers(3, true, ":method", "GET", ":scheme", "http", ":path", "/", "X-Upper", "1"),
        peer.headers(5, true, ":method", "GET", ":scheme", "http", ":path", "/", "connection", "close"),
        peer.headers(7, true, GET_A))));
    assertEquals(List.of("RST_STREAM 1 PROTOCOL_ERROR", "RST_STREAM 3 PROTOCOL_ERROR", "RST_STREAM 5 PROTOCOL_ERROR",
        "HEADERS 7 [:status: 200, content-length: 4]", "DATA 7 4 END_STREAM"), peer.read(r).subList(3, 8));
  }

  @Test
  void oversizedHeadersAreRefused() {
    Run r = run(obj("maxHeaderSize", 1024), new TestFilters.Answer(log, req -> text("x")));
    r.input(bytes(join(start(), peer.headers(1, true, ":method", "GET", ":scheme", "http", ":path", "/",
        "x-big", "v".repeat(2000)))));
    assertEquals(List.of("GOAWAY 0 PROTOCOL_ERROR"), peer.read(r).subList(3, 4));
    assertEquals(0, t.call(() -> log.instances));
  }

  @Test
  void slightlyOversizedHeadersResetTheStream() {
    Run r = run(obj("maxHeaderSize", 1024), new TestFilters.Answer(log, req -> text("x")));
    r.input(bytes(join(start(), peer.headers(1, true, ":method", "GET", ":scheme", "http", ":path", "/",
        "x-big", "v".repeat(1050)), peer.headers(3, true, GET_A))));
    assertEquals(List.of("RST_STREAM 1 PROTOCOL_ERROR", "HEADERS 3 [:status: 200, content-length: 1]", "DATA 3 1 END_STREAM"),
        peer.read(r).subList(3, 6));
  }

  // ---- h2c ----

  @Test
  void h2cUpgradeAnswersTheFirstRequestOnStreamOne() {
    Run r = run(null, new TestFilters.Tap(log, "in"), new TestFilters.Answer(log, TestFilters::echo));
    r.input(data("GET /up HTTP/1.1\r\nHost: a\r\nUpgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\n"
        + "HTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n"));
    List<PipelineTester.Recorded> out = r.output();
    assertEquals("HTTP/1.1 101 Switching Protocols\r\nupgrade: h2c\r\nconnection: upgrade\r\n\r\n",
        ((PipelineTester.RecordedData) out.get(1)).text());
    assertEquals(3, out.size(), "nothing more until the client's preface (curl keeps 32 KiB for it)");
    peer.skip(3);
    r.input(bytes(start()));
    assertEquals(List.of("SETTINGS {1=4096, 2=0, 4=1048576, 5=16384}", "WINDOW_UPDATE 0 983041",
        "HEADERS 1 [:status: 200, content-length: 8]", "DATA 1 8 END_STREAM", "SETTINGS ACK"), peer.read(r));
    assertEquals("GET /up ", peer.body(1));
    assertTrue(log.lines().get(0).startsWith("in MS {protocol=HTTP/1.1, headers={host=a}"), log.lines().get(0));
    r.input(bytes(peer.headers(3, true, get("/next"))));
    assertEquals(List.of("HEADERS 3 [:status: 200, content-length: 10]", "DATA 3 10 END_STREAM"), peer.read(r));
  }
}
