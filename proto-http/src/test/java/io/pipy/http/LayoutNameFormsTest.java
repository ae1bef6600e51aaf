package io.pipy.http;

import static io.pipy.http.TestSupport.configNamed;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pipy.api.Data;
import io.pipy.api.LayoutRef;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pipy 0.50's forms that name the sub-pipeline's layout instead of {@code .to(...)}. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class LayoutNameFormsTest {

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  @Test
  void demuxHttpByLayoutName() {
    TestFilters.Log log = new TestFilters.Log();
    LayoutRef request = LayoutRef.of(t.layout(new TestFilters.Answer(log, req -> new Message(null, Data.fromString("n"), null))));
    DemuxHttp d = DemuxHttp.create(configNamed(t, Map.of("request", request), "request", obj("maxMessages", 1)));
    assertSame(request, d.subPipelines().get(0));
    Run r = t.run(d);
    r.input(data("GET / HTTP/1.1\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: close\r\n\r\nn", r.outputText());
  }

  @Test
  void muxHttpByLayoutNameWithAKeyFunctionAndOptionsFunction() {
    FakeUpstream.All ups = new FakeUpstream.All();
    LayoutRef connection = LayoutRef.of(t.layout(new FakeUpstream(ups)));
    List<Object> keysAsked = new ArrayList<>();
    MuxHttp m = MuxHttp.create(configNamed(t, Map.of("connection", connection), "connection",
        new TestSupport.Fn((ctx, args) -> {
          keysAsked.add("k");
          return "target";
        }),
        new TestSupport.Fn((ctx, args) -> obj("maxQueue", 0))));
    assertSame(connection, m.subPipelines().get(0));
    for (int i = 0; i < 2; i++) {
      t.run(m).input(MessageStart.of(obj("path", "/" + i)), MessageEnd.plain());
    }
    assertEquals(1, ups.size(), "options from the function: maxQueue 0, so one shared session");
    assertEquals(2, keysAsked.size());
    assertEquals("GET /0 HTTP/1.1\r\nconnection: keep-alive\r\n\r\nGET /1 HTTP/1.1\r\nconnection: keep-alive\r\n\r\n",
        ups.get(0).take());
    t.exec(() -> m.pools().closeAll());
  }

  @Test
  void acceptHttpTunnelByLayoutName() {
    LayoutRef tunnel = LayoutRef.of(t.layout(new TunnelTest.Upper()));
    AcceptHttpTunnel a = AcceptHttpTunnel.create(configNamed(t, Map.of("tunnel", tunnel), "tunnel",
        new TestSupport.Fn((ctx, args) -> null)));
    Run r = t.run(a);
    r.input(MessageStart.of(obj("method", "CONNECT", "path", "h:1")), MessageEnd.plain(), data("x"));
    assertEquals("X", r.outputText());
  }
}
