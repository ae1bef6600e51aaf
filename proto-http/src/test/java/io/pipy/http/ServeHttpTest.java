package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.Log;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.PipelineTester.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
class ServeHttpTest {

  static final String CURL = "GET / HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n";
  static final String HELLO = "HTTP/1.1 200 OK\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\nHi, there!\n";
  static final String BAD = "HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private static Message message(Object head, String body) {
    return new Message(head, body == null ? null : Data.fromString(body), null);
  }

  private ServeHttp serve(Object... args) {
    ServeHttp f = ServeHttp.create(config(t, args));
    f.configure("serveHTTP", new SourceLocation("test.js", 1, 1, ""));
    return f;
  }

  private Run run(Object... args) {
    return t.run(serve(args));
  }

  /** A handler answering "METHOD PATH BODY" for each request. */
  private static TestSupport.Fn echo() {
    return new TestSupport.Fn((ctx, args) -> {
      Message req = (Message) args[0];
      ScriptObject head = (ScriptObject) req.head();
      return message(null, head.get("method") + " " + head.get("path") + " " + req.body());
    });
  }

  // ---- The hello-world answer ----

  @Test
  void helloWorldIsAnsweredExactly() {
    Run r = run(message(null, "Hi, there!\n"));
    r.input(data(CURL));
    assertEquals(HELLO, r.outputText());
    assertEquals("MS D(" + HELLO.length() + ") ME", r.outputShape());
    r.input(StreamEnd.normal());
    assertEquals("MS D(" + HELLO.length() + ") ME SE", r.outputShape());
  }

  @Test
  void keepAliveAnswersEveryRequestOnTheStream() {
    Run r = run(message(null, "Hi, there!\n"));
    for (int i = 0; i < 5; i++) r.input(data(CURL));
    assertEquals(HELLO.repeat(5), r.outputText());
    assertTrue(!r.outputShape().contains("SE"));
  }

  @Test
  void connectionCloseFromClientClosesAfterTheAnswer() {
    Run r = run(message(null, "Hi, there!\n"));
    r.input(data("GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET /more HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 11\r\nconnection: close\r\n\r\nHi, there!\n", r.outputText());
    assertTrue(r.outputShape().endsWith("D(69) SE"), r.outputShape());
    r.input(data(CURL), StreamEnd.normal());
    assertEquals(1, r.outputShape().split("SE", -1).length - 1, "one stream end only");
  }

  @Test
  void http10ClosesUnlessKeepAliveIsAsked() {
    Run r = run(message(null, "x"));
    r.input(data("GET / HTTP/1.0\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: close\r\n\r\nx", r.outputText());
    assertTrue(r.outputShape().endsWith("SE"));

    Run k = run(message(null, "x"));
    k.input(data("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: keep-alive\r\n\r\nx", k.outputText());
    assertEquals("MS D(63) ME", k.outputShape());
  }

  @Test
  void closeTokenInAListCloses() {
    Run r = run(message(null, "x"));
    r.input(data("GET / HTTP/1.1\r\nConnection: TE, Close\r\n\r\n"));
    assertTrue(r.outputText().contains("connection: close\r\n"));
    assertTrue(r.outputShape().endsWith("SE"));
  }

  // ---- Heads the script gives ----

  @Test
  void scriptHeadIsEncodedWithDefaultsAndOurFraming() {
    Run r = run(message(obj("status", 404, "headers", obj("content-type", "text/plain")), "not found\n"));
    r.input(data(CURL));
    assertEquals("HTTP/1.1 404 Not Found\r\ncontent-type: text/plain\r\ncontent-length: 10\r\n"
        + "connection: keep-alive\r\n\r\nnot found\n", r.outputText());
  }

  @Test
  void framingHeadersFromTheScriptAreReplaced() {
    Run r = run(message(obj("headers", obj("Content-Length", 999, "Transfer-Encoding", "chunked",
        "keep-alive", "timeout=5", "X-Custom", "a")), "abc"));
    r.input(data(CURL));
    assertEquals("HTTP/1.1 200 OK\r\nX-Custom: a\r\ncontent-length: 3\r\nconnection: keep-alive\r\n\r\nabc", r.outputText());
  }

  @Test
  void statusTextProtocolAndUnknownStatus() {
    Run r = run(message(obj("status", 201, "statusText", "Made", "protocol", "HTTP/1.0"), null));
    r.input(data(CURL));
    assertEquals("HTTP/1.0 201 Made\r\ncontent-length: 0\r\nconnection: keep-alive\r\n\r\n", r.outputText());
    Run u = run(message(obj("status", 299), null));
    u.input(data(CURL));
    assertEquals("HTTP/1.1 299 OK\r\ncontent-length: 0\r\nconnection: keep-alive\r\n\r\n", u.outputText());
  }

  @Test
  void setCookieArraysBecomeOneLineEach() {
    ScriptArray cookies = TestSupport.RUNTIME.newArray(List.of("a=1", "b=2"));
    Run r = run(message(obj("headers", obj("set-cookie", cookies, "x-n", 7)), null));
    r.input(data(CURL));
    assertEquals("HTTP/1.1 200 OK\r\nset-cookie: a=1\r\nset-cookie: b=2\r\nx-n: 7\r\ncontent-length: 0\r\n"
        + "connection: keep-alive\r\n\r\n", r.outputText());
  }

  @Test
  void headerValuesCannotSplitTheHead() {
    Run r = run(message(obj("headers", obj("x-evil", "a\r\nset-cookie: b", "x-utf8", "caf\u00e9")), null));
    r.input(data(CURL));
    String text = new String(r.outputText().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertTrue(text.contains("x-evil: a  set-cookie: b\r\n"), text);
    assertTrue(text.contains("x-utf8: caf\u00e9\r\n"), text);
  }

  @Test
  void responseSayingCloseEndsTheStream() {
    Run r = run(message(obj("headers", obj("connection", "close")), "bye"));
    r.input(data(CURL + CURL));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 3\r\nconnection: close\r\n\r\nbye", r.outputText());
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void scriptConnectionValueIsKept() {
    Run r = run(message(obj("headers", obj("connection", "upgrade")), null));
    r.input(data(CURL));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: upgrade\r\n\r\n", r.outputText());
  }

  @Test
  void largeBodiesAreSentWhole() {
    String big = "0123456789".repeat(1000);
    Run r = run(message(null, big));
    r.input(data(CURL));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 10000\r\nconnection: keep-alive\r\n\r\n" + big, r.outputText());
  }

  // ---- Bodiless answers ----

  @Test
  void headRequestGetsTheLengthButNoBody() {
    Run r = run(message(null, "Hi, there!\n"));
    r.input(data("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\n", r.outputText());
    r.input(data(CURL));
    assertTrue(r.outputText().endsWith(HELLO));
  }

  @Test
  void headRequestKeepsAContentLengthTheScriptGave() {
    Run r = run(message(obj("headers", obj("content-length", "1234")), null));
    r.input(data("HEAD / HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 1234\r\nconnection: keep-alive\r\n\r\n", r.outputText());
  }

  @Test
  void noContentHasNeitherLengthNorBody() {
    Run r = run(message(obj("status", 204, "headers", obj("content-length", 5)), "dropped"));
    r.input(data(CURL));
    assertEquals("HTTP/1.1 204 No Content\r\nconnection: keep-alive\r\n\r\n", r.outputText());
  }

  @Test
  void notModifiedHasNoBody() {
    Run r = run(message(obj("status", 304), "dropped"));
    r.input(data(CURL));
    assertEquals("HTTP/1.1 304 Not Modified\r\nconnection: keep-alive\r\n\r\n", r.outputText());
  }

  @Test
  void informationalHasNoBody() {
    Run r = run(message(obj("status", 103, "headers", obj("link", "</a.css>")), "dropped"));
    r.input(data(CURL));
    assertEquals("HTTP/1.1 103 Early Hints\r\nlink: </a.css>\r\nconnection: keep-alive\r\n\r\n", r.outputText());
  }

  // ---- The handler ----

  @Test
  void handlerGetsTheWholeRequestInTheFiltersContext() {
    List<Message> seen = new ArrayList<>();
    TestSupport.Fn fn = new TestSupport.Fn((ctx, args) -> {
      seen.add((Message) args[0]);
      return message(null, "ok");
    });
    Run r = run(fn);
    r.input(data("POST /upload?x=1 HTTP/1.1\r\nHost: example.com\r\nContent-Type: text/plain\r\n"
        + "Content-Length: 11\r\n\r\nhello"), data(" world"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nok", r.outputText());
    assertEquals(1, seen.size());
    Message req = seen.get(0);
    ScriptObject head = (ScriptObject) req.head();
    assertEquals("HTTP/1.1", head.get("protocol"));
    assertEquals("POST", head.get("method"));
    assertEquals("/upload?x=1", head.get("path"));
    ScriptObject headers = (ScriptObject) head.get("headers");
    assertEquals("example.com", headers.get("host"));
    assertEquals("text/plain", headers.get("content-type"));
    assertEquals("11", headers.get("content-length"));
    ScriptObject names = (ScriptObject) head.get("headerNames");
    assertEquals("Content-Type", names.get("content-type"));
    assertEquals("hello world", req.body().toString());
    assertTrue(req.body().isAllGcHeap(), "a script gets GC-heap bytes");
    ScriptObject tail = (ScriptObject) req.tail();
    assertEquals(94, tail.get("headSize"));
    assertEquals(11, tail.get("bodySize"));
    assertSame(r.pipeline().context(), fn.callers.get(0));
  }

  @Test
  void chunkedRequestBodyIsDecodedForTheHandler() {
    Run r = run(echo());
    r.input(data("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 1\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 19\r\nconnection: keep-alive\r\n\r\nPOST /c hello world", r.outputText());
  }

  @Test
  void promisesAreAnsweredInRequestOrder() {
    List<TestSupport.Promise> promises = new ArrayList<>();
    TestSupport.Fn fn = new TestSupport.Fn((ctx, args) -> {
      TestSupport.Promise p = new TestSupport.Promise(t.worker());
      promises.add(p);
      return p;
    });
    Run r = run(fn);
    r.input(data("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\nGET /3 HTTP/1.1\r\n\r\n"));
    assertEquals(3, t.call(promises::size));
    t.exec(() -> promises.get(2).resolve(message(null, "3")));
    t.exec(() -> promises.get(1).resolve(message(null, "2")));
    t.settle(10);
    assertEquals("", r.outputText());
    t.exec(() -> promises.get(0).resolve(message(null, "1")));
    t.settle(10);
    String one = "HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: keep-alive\r\n\r\n";
    assertEquals(one + "1" + one + "2" + one + "3", r.outputText());
    assertEquals("MS D(63) ME MS D(63) ME MS D(63) ME", r.outputShape());
  }

  @Test
  void syncAnswerWaitsBehindAPendingPromise() {
    List<TestSupport.Promise> promises = new ArrayList<>();
    TestSupport.Fn fn = new TestSupport.Fn((ctx, args) -> {
      ScriptObject head = (ScriptObject) ((Message) args[0]).head();
      if (head.get("path").equals("/slow")) {
        TestSupport.Promise p = new TestSupport.Promise(t.worker());
        promises.add(p);
        return p;
      }
      return message(null, "fast");
    });
    Run r = run(fn);
    r.input(data("GET /slow HTTP/1.1\r\n\r\nGET /fast HTTP/1.1\r\nConnection: close\r\n\r\n"));
    assertEquals("", r.outputText());
    t.exec(() -> promises.get(0).resolve(message(null, "slow")));
    t.settle(10);
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 4\r\nconnection: keep-alive\r\n\r\nslow"
        + "HTTP/1.1 200 OK\r\ncontent-length: 4\r\nconnection: close\r\n\r\nfast", r.outputText());
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void inputEndWaitsForPendingAnswers() {
    List<TestSupport.Promise> promises = new ArrayList<>();
    Run r = run(new TestSupport.Fn((ctx, args) -> {
      TestSupport.Promise p = new TestSupport.Promise(t.worker());
      promises.add(p);
      return p;
    }));
    r.input(data(CURL), StreamEnd.normal());
    assertEquals("", r.outputShape());
    t.exec(() -> promises.get(0).resolve(message(null, "late")));
    t.settle(10);
    assertEquals("MS D(66) ME SE", r.outputShape());
  }

  @Test
  void handlerThatThrowsEndsTheStreamAndIsLogged() {
    ByteArrayOutputStream log = captureLog();
    try {
      Object thrown = obj("message", "boom");
      Run r = run(new TestSupport.Fn((ctx, args) -> {
        throw new ScriptException(thrown, "Error: boom", new SourceLocation("main.js", 3, 7, "throw x"), List.of());
      }));
      r.input(data(CURL + CURL));
      assertEquals("SE(RuntimeError)", r.outputShape());
      StreamEnd se = (StreamEnd) ((RecordedEvent) r.output().get(0)).event();
      assertSame(thrown, se.value());
      assertTrue(log.toString().contains("main.js:3:7: Error: boom"), log.toString());
      r.input(data(CURL), StreamEnd.normal());
      assertEquals("SE(RuntimeError)", r.outputShape());
      // The worker carries on: another stream is served.
      Run next = run(message(null, "Hi, there!\n"));
      next.input(data(CURL));
      assertEquals(HELLO, next.outputText());
    } finally {
      Log.setOutput(System.err);
    }
  }

  @Test
  void javaExceptionInHandlerEndsTheStream() {
    ByteArrayOutputStream log = captureLog();
    try {
      Run r = run(new TestSupport.Fn((ctx, args) -> {
        throw new IllegalStateException("bug");
      }));
      r.input(data(CURL));
      assertEquals("SE(RuntimeError)", r.outputShape());
      assertTrue(log.toString().contains("test.js:1:1: in serveHTTP: java.lang.IllegalStateException: bug"), log.toString());
    } finally {
      Log.setOutput(System.err);
    }
  }

  @Test
  void handlerReturningNothingEndsTheStream() {
    ByteArrayOutputStream log = captureLog();
    try {
      Run r = run(new TestSupport.Fn((ctx, args) -> Undefined.INSTANCE));
      r.input(data(CURL));
      assertEquals("SE(RuntimeError)", r.outputShape());
      assertTrue(log.toString().contains("handler is not or did not return a Message"), log.toString());
    } finally {
      Log.setOutput(System.err);
    }
  }

  @Test
  void rejectedPromiseEndsTheStreamWithTheError() {
    ByteArrayOutputStream log = captureLog();
    try {
      List<TestSupport.Promise> promises = new ArrayList<>();
      Run r = run(new TestSupport.Fn((ctx, args) -> {
        TestSupport.Promise p = new TestSupport.Promise(t.worker());
        promises.add(p);
        return p;
      }));
      r.input(data(CURL));
      t.exec(() -> promises.get(0).reject("nope"));
      t.settle(10);
      assertEquals("SE(RuntimeError)", r.outputShape());
      assertEquals("nope", ((StreamEnd) ((RecordedEvent) r.output().get(0)).event()).value());
      assertTrue(log.toString().contains("rejected: nope"), log.toString());
    } finally {
      Log.setOutput(System.err);
    }
  }

  @Test
  void promiseOfSomethingElseEndsTheStream() {
    ByteArrayOutputStream log = captureLog();
    try {
      List<TestSupport.Promise> promises = new ArrayList<>();
      Run r = run(new TestSupport.Fn((ctx, args) -> {
        TestSupport.Promise p = new TestSupport.Promise(t.worker());
        promises.add(p);
        return p;
      }));
      r.input(data(CURL));
      t.exec(() -> promises.get(0).resolve("not a message"));
      t.settle(10);
      assertEquals("SE(RuntimeError)", r.outputShape());
      assertTrue(log.toString().contains("Promise did not resolve to a Message"), log.toString());
    } finally {
      Log.setOutput(System.err);
    }
  }

  @Test
  void lateAnswerOfARecycledStreamIsIgnored() {
    List<TestSupport.Promise> promises = new ArrayList<>();
    PipelineLayout layout = t.layout(serve(new TestSupport.Fn((ctx, args) -> {
      TestSupport.Promise p = new TestSupport.Promise(t.worker());
      promises.add(p);
      return p;
    })));
    Run first = t.run(layout);
    first.input(data(CURL));
    first.release();
    Run second = t.run(layout);
    assertSame(first.pipeline(), second.pipeline(), "the pooled pipeline is reused");
    second.input(data("GET /2 HTTP/1.1\r\n\r\n"));
    t.exec(() -> promises.get(0).resolve(message(null, "stale")));
    t.settle(10);
    assertEquals("", second.outputText());
    t.exec(() -> promises.get(1).resolve(message(null, "fresh")));
    t.settle(10);
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: keep-alive\r\n\r\nfresh", second.outputText());
  }

  @Test
  void maxMessagesClosesAfterThatManyRequests() {
    Run r = run(message(null, "x"), obj("maxMessages", 2));
    r.input(data(CURL + CURL + CURL));
    String ka = "HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: keep-alive\r\n\r\nx";
    String close = "HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: close\r\n\r\nx";
    assertEquals(ka + close, r.outputText());
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void badArgumentsAreScriptErrors() {
    ScriptError e = assertThrows(ScriptError.class, () -> serve("nope"));
    assertEquals("serveHTTP: handler expects a Message or a function, got string", e.getMessage());
    assertThrows(ScriptError.class, () -> serve(message(null, "x"), obj("maxHeaderSize", "lots")));
    assertThrows(ScriptError.class, () -> serve(message(null, "x"), 5));
  }

  @Test
  void messageEventsOnTheInputAreIgnored() {
    Run r = run(message(null, "Hi, there!\n"));
    r.input(MessageStart.of(null), data(CURL), MessageEnd.plain());
    assertEquals(HELLO, r.outputText());
  }

  // ---- Pipelining and splitting ----

  static final String PIPELINE = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n"
      + "POST /b HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
      + "\r\n" // a stray CRLF between requests is tolerated
      + "PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\nT: 1\r\n\r\n"
      + "DELETE /d HTTP/1.1\n\n" // bare LF line ends
      + "GET /e HTTP/1.1\r\nConnection: close\r\n\r\n";

  static String expectedPipeline() {
    String[] bodies = {"GET /a ", "POST /b hello", "PUT /c abc0123456789", "DELETE /d "};
    StringBuilder sb = new StringBuilder();
    for (String b : bodies) {
      sb.append("HTTP/1.1 200 OK\r\ncontent-length: ").append(b.length()).append("\r\nconnection: keep-alive\r\n\r\n").append(b);
    }
    return sb.append("HTTP/1.1 200 OK\r\ncontent-length: 7\r\nconnection: close\r\n\r\nGET /e ").toString();
  }

  @Test
  void pipelinedRequestsInOneChunkAreAnsweredInOrder() {
    Run r = run(echo());
    r.input(data(PIPELINE));
    assertEquals(expectedPipeline(), r.outputText());
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void requestsSplitAtEveryByteBoundaryAreDecodedTheSame() {
    String expected = expectedPipeline();
    for (int i = 1; i < PIPELINE.length(); i++) {
      Run r = run(echo());
      r.input(data(PIPELINE.substring(0, i)), data(PIPELINE.substring(i)));
      assertEquals(expected, r.outputText(), "split at " + i);
      r.release();
    }
  }

  @Test
  void requestsFedOneByteAtATimeAreDecodedTheSame() {
    Run r = run(echo());
    Data[] bytes = new Data[PIPELINE.length()];
    for (int i = 0; i < bytes.length; i++) bytes[i] = data(PIPELINE.substring(i, i + 1));
    r.input(bytes);
    assertEquals(expectedPipeline(), r.outputText());
  }

  @Test
  void oneDataOfManyChunksIsDecodedTheSame() {
    Run r = run(echo());
    Data d = new Data();
    for (int i = 0; i < PIPELINE.length(); i += 3) d.push(data(PIPELINE.substring(i, Math.min(PIPELINE.length(), i + 3))));
    r.input(d);
    assertEquals(expectedPipeline(), r.outputText());
  }

  // ---- Malformed input ----

  private void assertAnswered(String input, String answer) {
    Run r = run(echo());
    r.input(data(input));
    assertEquals(answer, r.outputText(), input);
    assertTrue(r.outputShape().endsWith("D(" + answer.length() + ") SE"), r.outputShape());
    r.input(data(CURL), StreamEnd.normal());
    assertEquals(answer, r.outputText(), "nothing after the answer");
    r.release();
  }

  @Test
  void malformedRequestsGetBadRequest() {
    String[] bad = {
      "GARBAGE\r\n\r\n",
      "GET /\r\n\r\n",
      "GET  HTTP/1.1\r\n\r\n",
      "G(T / HTTP/1.1\r\n\r\n",
      "GET / HTTP/1.1\r\nHost : x\r\n\r\n",
      "GET / HTTP/1.1\r\nno colon here\r\n\r\n",
      "GET / HTTP/1.1\r\n: empty name\r\n\r\n",
      "GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n",
      "GET / HTTP/1.1\r\nX: a\u0001b\r\n\r\n",
      "POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
      "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
      "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
      "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3x\r\nabc\r\n0\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1234567890123456\r\n",
      "GET / FOO/1.1\r\n\r\n",
    };
    for (String input : bad) assertAnswered(input, BAD);
  }

  @Test
  void unsupportedVersionsGet505() {
    String answer = "HTTP/1.1 505 HTTP Version Not Supported\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";
    assertAnswered("GET / HTTP/2.0\r\n\r\n", answer);
    // (The HTTP/2 preface itself starts HTTP/2: see ServeHttp2Test.)
    assertAnswered("GET / HTTP/3\r\n\r\n", answer);
  }

  @Test
  void laterHttp1MinorVersionsAreServedAsHttp11() {
    // RFC 9112 2.3: a higher minor version of a major version we speak is read as our highest.
    Run r = run(echo());
    r.input(data("GET /a HTTP/1.2\r\n\r\nGET /b HTTP/1.9\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 7\r\nconnection: keep-alive\r\n\r\nGET /a "
        + "HTTP/1.1 200 OK\r\ncontent-length: 7\r\nconnection: keep-alive\r\n\r\nGET /b ", r.outputText());
  }

  @Test
  void aSuccessfulAnswerToConnectHasNoLengthAndEndsTheStream() {
    // RFC 9110 9.3.6: no content-length in a 2xx answer to CONNECT; its bytes are the tunnel's.
    Run r = run(message(null, "tunnel bytes"));
    r.input(data("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nGET / HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\nconnection: keep-alive\r\n\r\ntunnel bytes", r.outputText());
    assertTrue(r.outputShape().endsWith(" SE"), r.outputShape());

    Run refused = run(message(obj("status", 403), "no"));
    refused.input(data("CONNECT example.com:443 HTTP/1.1\r\n\r\nCONNECT example.com:443 HTTP/1.1\r\n\r\n"));
    String no = "HTTP/1.1 403 Forbidden\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nno";
    assertEquals(no + no, refused.outputText(), "a refused CONNECT leaves the connection speaking HTTP");
  }

  @Test
  void oversizedHeadsAreRejected() {
    String big = "GET / HTTP/1.1\r\nX-Big: " + "a".repeat(20000) + "\r\n\r\n";
    assertAnswered(big, "HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
    String longUri = "GET /" + "a".repeat(20000) + " HTTP/1.1\r\n\r\n";
    assertAnswered(longUri, "HTTP/1.1 414 URI Too Long\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
    String manyHeaders = "GET / HTTP/1.1\r\n" + "X-A: 0123456789\r\n".repeat(2000) + "\r\n";
    assertAnswered(manyHeaders, "HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
  }

  @Test
  void headOfExactlyTheLimitIsAccepted() {
    String start = "GET / HTTP/1.1\r\nX: ";
    String filler = "a".repeat(16 * 1024 - start.length() - 4);
    String exact = start + filler + "\r\n\r\n";
    assertEquals(16 * 1024, exact.length());
    Run ok = run(message(null, "ok"));
    ok.input(data(exact));
    assertTrue(ok.outputText().startsWith("HTTP/1.1 200 OK"));
    String over = start + filler + "a\r\n\r\n";
    assertAnswered(over, "HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
  }

  @Test
  void maxHeaderSizeOptionSetsTheLimit() {
    Run r = run(message(null, "ok"), obj("maxHeaderSize", "1k"));
    r.input(data("GET / HTTP/1.1\r\nX: " + "a".repeat(1100) + "\r\n\r\n"));
    assertTrue(r.outputText().startsWith("HTTP/1.1 431 "), r.outputText());
  }

  @Test
  void malformedInputAfterGoodRequestsIsAnsweredInOrder() {
    List<TestSupport.Promise> promises = new ArrayList<>();
    Run r = run(new TestSupport.Fn((ctx, args) -> {
      TestSupport.Promise p = new TestSupport.Promise(t.worker());
      promises.add(p);
      return p;
    }));
    r.input(data(CURL + "BROKEN\r\n\r\n"));
    assertEquals("", r.outputText());
    t.exec(() -> promises.get(0).resolve(message(null, "first")));
    t.settle(10);
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: keep-alive\r\n\r\nfirst" + BAD, r.outputText());
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void requestCutShortByTheEndOfInputIsDropped() {
    Run r = run(echo());
    r.input(data("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\npartial"), StreamEnd.normal());
    assertEquals("SE", r.outputShape());
    Run h = run(echo());
    h.input(data("GET / HTTP/1.1\r\nHo"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
    assertEquals("SE(ConnectionReset)", h.outputShape());
  }

  // ---- Module ----

  @Test
  void handlerMessageBodyIsNeverConsumed() {
    Message m = message(null, "Hi, there!\n");
    Run r = run(m);
    r.input(data(CURL + CURL));
    assertEquals(11, m.body().size());
    assertEquals("Hi, there!\n", m.body().toString());
    assertNull(m.head());
    assertInstanceOf(Message.class, m);
  }

  private static ByteArrayOutputStream captureLog() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Log.setOutput(new PrintStream(out, true, StandardCharsets.UTF_8));
    return out;
  }
}
