package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
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
class EncodeHttpRequestTest {

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
    return t.run(EncodeHttpRequest.create(config(t, args)));
  }

  @Test
  void missingFieldsTakeTheirDefaults() {
    Run r = run();
    r.input(MessageStart.of(null), MessageEnd.plain(), MessageStart.of(obj("headers", obj())), MessageEnd.plain());
    String get = "GET / HTTP/1.1\r\nconnection: keep-alive\r\n\r\n";
    assertEquals(get + get, r.outputText());
    assertEquals("MS D(42) ME MS D(42) ME", r.outputShape());
  }

  @Test
  void headAndBodyAreWritten() {
    Run r = run();
    r.input(MessageStart.of(obj("method", "PUT", "path", "/x?y=1", "protocol", "HTTP/1.0",
        "headers", obj("host", "example.com", "content-length", "77", "connection", "close"))),
        data("body"), MessageEnd.plain());
    assertEquals("PUT /x?y=1 HTTP/1.0\r\nhost: example.com\r\ncontent-length: 4\r\nconnection: close\r\n\r\nbody", r.outputText());
  }

  @Test
  void postWithoutBodySaysZeroLength() {
    Run r = run();
    r.input(MessageStart.of(obj("method", "POST", "path", "/p")), MessageEnd.plain());
    assertEquals("POST /p HTTP/1.1\r\ncontent-length: 0\r\nconnection: keep-alive\r\n\r\n", r.outputText());
  }

  @Test
  void handlerSeesTheHead() {
    TestSupport.Fn fn = new TestSupport.Fn((ctx, args) -> null);
    Run r = run(fn);
    Object head = obj("path", "/h");
    r.input(MessageStart.of(head), MessageEnd.plain());
    assertSame(head, fn.firstArgs.get(0));
    assertSame(r.pipeline().context(), fn.callers.get(0));
  }

  @Test
  void largeBodyGoesChunkedOverBufferSize() {
    Run r = run(obj("bufferSize", 2));
    r.input(MessageStart.of(obj("method", "POST")), data("abc"), data("d"), MessageEnd.plain(), StreamEnd.normal());
    assertEquals("POST / HTTP/1.1\r\ntransfer-encoding: chunked\r\nconnection: keep-alive\r\n\r\n3\r\nabc\r\n1\r\nd\r\n0\r\n\r\n",
        r.outputText());
    assertEquals("MS D(71) D(8) D(6) D(5) ME SE", r.outputShape());
  }
}
