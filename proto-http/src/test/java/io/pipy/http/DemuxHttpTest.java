package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
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
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class DemuxHttpTest {

  private PipelineTester t;
  private TestFilters.Log log;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    log = new TestFilters.Log();
  }

  @AfterEach
  void tearDown() {
    t.close();
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

  private static String ok(String body) {
    return "HTTP/1.1 200 OK\r\ncontent-length: " + body.length() + "\r\nconnection: keep-alive\r\n\r\n" + body;
  }

  @Test
  void answersOneRequestExactly() {
    Run r = answering(TestFilters::echo);
    r.input(data("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"));
    assertEquals(ok("POST /a hello"), r.outputText());
    assertEquals("MS D(76) ME", r.outputShape());
    r.input(StreamEnd.normal());
    assertEquals("MS D(76) ME SE", r.outputShape());
  }

  @Test
  void pipelinedAnswersKeepRequestOrderWhateverOrderTheyComeIn() {
    Run r = answering(req -> null);
    r.input(data("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\nGET /3 HTTP/1.1\r\n\r\n"));
    assertEquals(3, t.call(() -> log.waiting.size()));
    List<TestFilters.Answer> w = t.call(() -> new ArrayList<>(log.waiting));
    t.exec(() -> w.get(2).reply(text("three")));
    assertEquals("", r.outputText());
    t.exec(() -> w.get(0).reply(text("one")));
    assertEquals(ok("one"), r.outputText());
    t.exec(() -> w.get(1).reply(text("two")));
    assertEquals(ok("one") + ok("two") + ok("three"), r.outputText());
  }

  @Test
  void eachRequestGetsItsOwnSubPipelineWithAClonedContext() {
    List<Context> contexts = new ArrayList<>();
    Run r = answering(req -> text("x"));
    r.input(data("GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"));
    Run p = run(null, new TestFilters.ContextProbe(contexts), new TestFilters.Answer(log, req -> text("y")));
    p.input(data("GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"));
    assertEquals(2, contexts.size());
    Context parent = p.pipeline().context();
    assertNotSame(parent, contexts.get(0));
    assertNotSame(contexts.get(0), contexts.get(1));
    assertEquals(parent.worker(), contexts.get(0).worker());
  }

  @Test
  void requestBodiesStreamIntoTheSubPipeline() {
    run(null, new TestFilters.Tap(log, "in"), new TestFilters.Answer(log, req -> text("k")))
        .input(data("POST /u HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"), data("2\r\nde\r\n0\r\n\r\n"));
    List<String> lines = log.lines();
    assertEquals("in D(abc)", lines.get(1));
    assertEquals("in D(de)", lines.get(2));
    assertTrue(lines.get(0).startsWith("in MS {protocol=HTTP/1.1, headers={transfer-encoding=chunked}"), lines.get(0));
    assertTrue(lines.get(3).startsWith("in ME "), lines.get(3));
    assertEquals(4, lines.size());
  }

  @Test
  void maxMessagesClosesAfterThatManyAnswers() {
    Run r = run(obj("maxMessages", 2), new TestFilters.Answer(log, req -> text("m")));
    r.input(data("GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"));
    assertEquals(ok("m") + "HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: close\r\n\r\nm", r.outputText());
    assertTrue(r.outputShape().endsWith(" SE"), r.outputShape());
  }

  @Test
  void http10RequestClosesAfterItsAnswer() {
    Run r = answering(req -> text("z"));
    r.input(data("GET / HTTP/1.0\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: close\r\n\r\nz", r.outputText());
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void subPipelineEndingWithoutAnswerEndsTheStream() {
    Run r = answering(req -> null);
    r.input(data("GET / HTTP/1.1\r\n\r\n"));
    TestFilters.Answer a = t.call(() -> log.waiting.poll());
    t.exec(() -> a.fail(StreamEnd.of(StreamEnd.Error.CONNECTION_REFUSED)));
    assertEquals("SE(ConnectionRefused)", r.outputShape());
  }

  @Test
  void malformedRequestIsAnsweredAfterTheAnswersBeforeIt() {
    Run r = answering(req -> null);
    r.input(data("GET /ok HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\nBad Header\r\n\r\n"));
    assertEquals("", r.outputText());
    TestFilters.Answer a = t.call(() -> log.waiting.poll());
    t.exec(() -> a.reply(text("fine")));
    assertEquals(ok("fine") + "HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n", r.outputText());
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void requestBrokenOffByMalformedBodyGetsOnlyTheErrorAnswer() {
    Run r = answering(TestFilters::echo);
    r.input(data("GET /ok HTTP/1.1\r\n\r\nPOST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nzz\r\n"));
    assertEquals(ok("GET /ok ") + "HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n", r.outputText());
    assertTrue(r.outputShape().endsWith("SE"), r.outputShape());
    assertEquals(List.of("end StreamEnd(ProtocolError)"), log.lines(), "the broken request's sub-pipeline is told");
  }

  @Test
  void inputEndWaitsForPendingAnswers() {
    Run r = answering(req -> null);
    r.input(data("GET / HTTP/1.1\r\n\r\n"), StreamEnd.normal());
    assertEquals("", r.outputShape());
    TestFilters.Answer a = t.call(() -> log.waiting.poll());
    t.exec(() -> a.reply(text("late")));
    assertEquals(ok("late"), r.outputText());
    assertTrue(r.outputShape().endsWith("ME SE"), r.outputShape());
  }

  @Test
  void requestCutShortTellsItsSubPipeline() {
    Run r = answering(req -> text("never"));
    r.input(data("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc"), StreamEnd.normal());
    assertEquals(List.of("end StreamEnd(ConnectionReset)"), log.lines());
    // The sub-pipeline passed the end on without an answer: that ends the stream, as in Pipy.
    assertEquals("SE(ConnectionReset)", r.outputShape());
  }

  @Test
  void responseBodyBeyondBufferSizeIsChunked() {
    Run r = run(obj("bufferSize", 4), new TestFilters.Answer(log, req -> text("0123456789")));
    r.input(data("GET / HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nconnection: keep-alive\r\n\r\n"
        + "A\r\n0123456789\r\n0\r\n\r\n", r.outputText());
  }

  /** Answers CONNECT with 200, then echoes tunnel bytes in upper case. */
  static final class TunnelEcho extends Filter {
    private final int status;
    private boolean open;

    TunnelEcho(int status) {
      this.status = status;
    }

    private TunnelEcho(TunnelEcho p) {
      super(p);
      this.status = p.status;
    }

    @Override
    protected Filter duplicate() {
      return new TunnelEcho(this);
    }

    @Override
    protected void process(Event e) {
      if (e instanceof MessageEnd && !open) {
        open = true;
        output(MessageStart.of(obj("status", status)));
        output(MessageEnd.plain());
      } else if (e instanceof Data d) {
        if (open) output(Data.fromString(d.toString().toUpperCase()));
        d.release();
      } else if (e instanceof StreamEnd se) {
        output(se);
      }
    }

    @Override
    protected void reset() {
      open = false;
    }
  }

  @Test
  void connectAnsweredWith2xxTurnsIntoATunnel() {
    Run r = run(null, new TunnelEcho(200));
    r.input(data("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nhello "));
    assertEquals("HTTP/1.1 200 OK\r\nconnection: keep-alive\r\n\r\nHELLO ", r.outputText());
    r.input(data("GET / HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\nconnection: keep-alive\r\n\r\nHELLO GET / HTTP/1.1\r\n\r\n", r.outputText());
    r.input(StreamEnd.normal());
    assertTrue(r.outputShape().endsWith("SE"));
  }

  @Test
  void connectRefusedGoesOnWithHttp() {
    Run r = run(null, new TunnelEcho(403));
    r.input(data("CONNECT example.com:443 HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: keep-alive\r\n\r\n".repeat(2), r.outputText());
  }

  @Test
  void headRequestGetsTheLengthButNoBody() {
    Run r = answering(req -> text("body!"));
    r.input(data("HEAD / HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: keep-alive\r\n\r\n", r.outputText());
  }

  @Test
  void subPipelinesAreReleasedWhenDone() {
    Run r = answering(req -> text("x"));
    for (int i = 0; i < 3; i++) r.input(data("GET / HTTP/1.1\r\n\r\n"));
    // Released pipelines go back to the pool, so requests one after another reuse one instance.
    assertEquals(1, t.call(() -> log.instances));
    assertEquals(ok("x").repeat(3), r.outputText());
  }
}
