package io.pipy.http;

import static io.pipy.http.H2Peer.join;
import static io.pipy.http.TestSupport.bytes;
import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.LayoutRef;
import io.pipy.api.Log;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Random frames after a good start: whatever comes, the filters answer with frames or end the
 * stream, never throw, and log no stack trace.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class H2FuzzTest {

  private PipelineTester t;
  private ByteArrayOutputStream logged;
  private PrintStream oldOut;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    logged = new ByteArrayOutputStream();
    Log.setOutput(new PrintStream(logged, true));
  }

  @AfterEach
  void tearDown() {
    Log.setOutput(System.err);
    t.close();
  }

  private static byte[] randomFrames(Random rnd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = 1 + rnd.nextInt(8);
    for (int i = 0; i < n; i++) {
      int len = rnd.nextInt(40);
      int type = rnd.nextInt(11);
      int flags = rnd.nextInt(256);
      int id = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(7);
      out.write(len >> 16);
      out.write(len >> 8);
      out.write(len);
      out.write(type);
      out.write(flags);
      out.writeBytes(new byte[] {0, 0, 0, (byte) id});
      byte[] p = new byte[len];
      rnd.nextBytes(p);
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void demuxHttpSurvivesRandomFrames() {
    TestFilters.Log log = new TestFilters.Log();
    DemuxHttp d = DemuxHttp.create(config(t));
    d.addSubPipeline(LayoutRef.of(t.layout(new TestFilters.Answer(log, req -> new Message(null, Data.fromString("x"), null)))));
    Random rnd = new Random(42);
    for (int i = 0; i < 300; i++) {
      try (H2Peer peer = new H2Peer(false)) {
        Run r = t.run(d);
        byte[] good = join(H2Peer.PREFACE, peer.settings(),
            peer.headers(1, false, ":method", "POST", ":scheme", "http", ":path", "/"));
        byte[] input = join(good, randomFrames(rnd));
        int cut = rnd.nextInt(input.length + 1);
        r.input(bytes(java.util.Arrays.copyOf(input, cut)));
        if (cut < input.length) r.input(bytes(java.util.Arrays.copyOfRange(input, cut, input.length)));
        r.input(StreamEnd.normal());
        assertTrue(r.outputShape().endsWith("SE"), r.outputShape());
        r.release();
      }
    }
    assertTrue(!logged.toString().contains("\tat ") && !logged.toString().contains("[ERR]"), logged.toString());
  }

  @Test
  void muxHttpSurvivesRandomAnswers() {
    FakeUpstream.All ups = new FakeUpstream.All();
    MuxHttp m = MuxHttp.create(config(t, obj("version", 2)));
    m.addSubPipeline(LayoutRef.of(t.layout(new FakeUpstream(ups))));
    Random rnd = new Random(7);
    for (int i = 0; i < 200; i++) {
      try (H2Peer server = new H2Peer(true)) {
        Run r = t.run(m);
        r.input(MessageStart.of(obj("path", "/")), MessageEnd.plain());
        int n = i;
        byte[] answer = join(server.settings(), randomFrames(rnd));
        t.exec(() -> ups.get(ups.size() - 1).reply(answer));
        t.exec(() -> ups.get(ups.size() - 1).fail(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET)));
        String shape = r.outputShape();
        assertTrue(shape.startsWith("MS") && shape.contains("ME"), n + ": " + shape);
        r.release();
      }
    }
    t.exec(() -> m.pools().closeAll());
    assertTrue(!logged.toString().contains("\tat ") && !logged.toString().contains("[ERR]"), logged.toString());
  }
}
