package io.pipy.http;

import static io.pipy.http.H2Peer.join;
import static io.pipy.http.TestSupport.bytes;
import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.api.Message;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.SourceLocation;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.Run;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class ServeHttp2Test {

  static final String SETTINGS = "SETTINGS {1=4096, 2=0, 4=1048576, 5=16384}";

  private PipelineTester t;
  private H2Peer peer;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    peer = new H2Peer(false);
  }

  @AfterEach
  void tearDown() {
    t.close();
    peer.close();
  }

  private Run run(Object handler) {
    ServeHttp f = ServeHttp.create(config(t, handler));
    f.configure("serveHTTP", new SourceLocation("test.js", 1, 1, ""));
    return t.run(f);
  }

  private static TestSupport.Fn echo() {
    return new TestSupport.Fn((ctx, args) -> {
      Message req = (Message) args[0];
      ScriptObject h = (ScriptObject) req.head();
      return new Message(obj("headers", obj("content-type", "text/plain")),
          Data.fromString(h.get("method") + " " + h.get("path") + " " + req.body()), null);
    });
  }

  private byte[] start() {
    return join(H2Peer.PREFACE, peer.settings());
  }

  @Test
  void priorKnowledgeRequestsAreAnswered() {
    Run r = run(echo());
    r.input(bytes(join(start(), peer.headers(1, true, ":method", "GET", ":scheme", "http", ":path", "/x"),
        peer.headers(3, false, ":method", "POST", ":scheme", "http", ":path", "/y"), peer.data(3, "data", true))));
    assertEquals(List.of(SETTINGS, "WINDOW_UPDATE 0 983041", "SETTINGS ACK",
        "HEADERS 1 [:status: 200, content-type: text/plain, content-length: 7]", "DATA 1 7 END_STREAM",
        "HEADERS 3 [:status: 200, content-type: text/plain, content-length: 12]", "DATA 3 12 END_STREAM"), peer.read(r));
    assertEquals("GET /x ", peer.body(1));
    assertEquals("POST /y data", peer.body(3));
  }

  @Test
  void constantMessageIsSentForEveryStream() {
    Run r = run(new Message(obj("status", 404), Data.fromString("nope"), null));
    r.input(bytes(join(start(), peer.headers(1, true, ":method", "GET", ":scheme", "http", ":path", "/"))));
    assertEquals(List.of("HEADERS 1 [:status: 404, content-length: 4]", "DATA 1 4 END_STREAM"), peer.read(r).subList(3, 5));
  }

  @Test
  void promisedAnswersGoOutWhenTheySettle() {
    TestSupport.Promise[] p = new TestSupport.Promise[1];
    Run r = run(new TestSupport.Fn((ctx, args) -> p[0] = new TestSupport.Promise(t.worker())));
    r.input(bytes(join(start(), peer.headers(1, true, ":method", "GET", ":scheme", "http", ":path", "/"))));
    assertEquals(3, peer.read(r).size());
    t.exec(() -> p[0].resolve(new Message(null, Data.fromString("later"), null)));
    t.settle(10);
    // Made after the request's frames were read: the head goes out at once, without a length.
    assertEquals(List.of("HEADERS 1 [:status: 200]", "DATA 1 5", "DATA 1 0 END_STREAM"), peer.read(r));
  }

  @Test
  void failingHandlerFailsItsStreamOnly() {
    int[] n = {0};
    Run r = run(new TestSupport.Fn((ctx, args) -> {
      if (n[0]++ == 0) throw ScriptError.typeError("boom");
      return new Message(null, Data.fromString("ok"), null);
    }));
    r.input(bytes(join(start(), peer.headers(1, true, ":method", "GET", ":scheme", "http", ":path", "/"),
        peer.headers(3, true, ":method", "GET", ":scheme", "http", ":path", "/"))));
    assertEquals(List.of("HEADERS 1 [:status: 502] END_STREAM", "HEADERS 3 [:status: 200, content-length: 2]",
        "DATA 3 2 END_STREAM"), peer.read(r).subList(3, 6));
  }

  @Test
  void h2cUpgradeIsAccepted() {
    Run r = run(echo());
    r.input(data("GET /up HTTP/1.1\r\nHost: a\r\nUpgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\n"
        + "HTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n"));
    assertEquals("HTTP/1.1 101 Switching Protocols\r\nupgrade: h2c\r\nconnection: upgrade\r\n\r\n",
        ((PipelineTester.RecordedData) r.output().get(1)).text());
    peer.skip(3);
    r.input(bytes(start()));
    assertEquals(List.of(SETTINGS, "WINDOW_UPDATE 0 983041",
        "HEADERS 1 [:status: 200, content-type: text/plain, content-length: 8]", "DATA 1 8 END_STREAM", "SETTINGS ACK"),
        peer.read(r));
    assertEquals("GET /up ", peer.body(1));
  }

  @Test
  void http1StillWorksAfterDetection() {
    Run r = run(echo());
    r.input(data("GE"), data("T /p HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 7\r\nconnection: keep-alive\r\n\r\nGET /p ",
        r.outputText());
  }
}
