package io.pipy.engine.logging;

import static io.pipy.engine.algo.HostKit.arr;
import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.get;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.algo.HostKit;
import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LoggingTest {

  private PipelineTester t;
  private Context ctx;
  private final List<LogSink> made = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    ctx = HostKit.context(t.worker(), null);
  }

  @AfterEach
  void tearDown() {
    for (LogSink s : made) LogSinks.forget(s);
    t.close();
  }

  private static String text(Logger l, Context ctx, Object... args) {
    return new String(l.format(ctx, args), StandardCharsets.UTF_8);
  }

  @Test
  void textJsonAndBinaryFormats() {
    Logger.Text text = make(Logger.TEXT, ctx, "fmt-text");
    assertEquals("a 1.5 true null undefined zz", text(text, ctx, "a", 1.5, true, null, Undefined.INSTANCE, Data.fromString("zz")));
    assertEquals("", text(text, ctx));
    String withObject = text(text, ctx, "x", obj("k", 1));
    assertTrue(withObject.startsWith("x ") && withObject.contains(":"), withObject);
    Logger.Json json = make(Logger.JSON, ctx, "fmt-json");
    // Pipy 1.5.18: j.log('x', undefined, null) prints "x"nullnull
    assertEquals("\"x\"nullnull", text(json, ctx, "x", Undefined.INSTANCE, null));
    assertEquals("1.5true", text(json, ctx, 1.5, true));
    Logger.Binary bin = make(Logger.BINARY, ctx, "fmt-bin");
    // Pipy 1.5.18: b.log('a', [65,66], 3, new Data('zz')) prints aAB3zz
    assertEquals("aAB3zz", text(bin, ctx, "a", arr(65, 66), 3, Data.fromString("zz")));
    assertEquals("fmt-bin", get(Logger.BINARY, bin, "name"));
  }

  @Test
  void fileTargetAppendsLines() throws Exception {
    Path file = dir.resolve("sub/access.log");
    Logger.Json l = make(Logger.JSON, ctx, "file-json");
    assertSame(l, call(Logger.JSON, l, "toFile", ctx, file.toString()));
    made.addAll(l.targets());
    for (int i = 0; i < 5; i++) call(Logger.JSON, l, "log", ctx, i);
    assertTrue(LogSinks.flushAll(5000));
    assertEquals(List.of("0", "1", "2", "3", "4"), Files.readAllLines(file));
    Logger.Text other = make(Logger.TEXT, ctx, "file-text");
    call(Logger.TEXT, other, "toFile", ctx, file.toString());
    assertSame(l.targets().get(0), other.targets().get(0), "one sink per file, shared by loggers and workers");
  }

  @Test
  void fileTargetRotatesBySizeAndKeepsCount() throws Exception {
    Path file = dir.resolve("rot.log");
    Logger.Text l = make(Logger.TEXT, ctx, "file-rot");
    call(Logger.TEXT, l, "toFile", ctx, file.toString(), obj("maxFileSize", 25, "maxFileCount", 3));
    made.addAll(l.targets());
    for (int i = 0; i < 20; i++) {
      l.log(ctx, new Object[] {"line-" + (char) ('a' + i)}); // 7 bytes with the line break
      if (i % 3 == 2) LogSinks.flushAll(5000);
    }
    assertTrue(LogSinks.flushAll(5000));
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith("rot.log")).collect(Collectors.toList());
    }
    assertEquals(4, files.size(), "three rotated files and the current one (as Pipy keeps them): " + files);
    for (Path p : files) assertTrue(Files.size(p) <= 25, p + " is " + Files.size(p));
    assertTrue(Files.readString(file).endsWith("line-t\n"), "the newest lines are in the current file");
    List<String> kept = new ArrayList<>();
    for (Path p : files) kept.addAll(Files.readAllLines(p));
    Collections.sort(kept);
    assertEquals("line-t", kept.get(kept.size() - 1));
    assertTrue(kept.size() >= 10 && kept.size() <= 14, kept.toString());
    assertTrue(kept.contains("line-n"), "the most recent rotated files are the ones kept: " + kept);
  }

  @Test
  void streamSinkWritesLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreamSink s = new StreamSink("test-out", out, 100, 1 << 20);
    made.add(s);
    s.offer(new LogSink.Record("x", "one".getBytes(StandardCharsets.UTF_8)));
    s.offer(new LogSink.Record("x", "two".getBytes(StandardCharsets.UTF_8)));
    assertTrue(s.flush(5000));
    assertEquals("one\ntwo\n", out.toString(StandardCharsets.UTF_8));
    assertEquals(2, s.written());
  }

  @Test
  void httpTargetSendsBatches() throws Exception {
    List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    List<String> headers = Collections.synchronizedList(new ArrayList<>());
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/logs", ex -> {
      bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      headers.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("X-Token"));
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/logs";
      Logger.Json l = make(Logger.JSON, ctx, "http-json");
      call(Logger.JSON, l, "toHTTP", ctx, url, obj("method", "PUT", "headers", obj("X-Token", "t1"),
          "batch", obj("size", 3, "separator", "\n", "prefix", "[", "postfix", "]", "interval", "100ms")));
      made.addAll(l.targets());
      for (int i = 1; i <= 7; i++) l.log(ctx, new Object[] {i});
      for (int i = 0; i < 100 && bodies.size() < 3; i++) Thread.sleep(20);
      assertEquals(List.of("[1\n2\n3]", "[4\n5\n6]", "[7]"), bodies);
      assertEquals("PUT t1", headers.get(0));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aDeadHttpSinkNeverBlocksAndCountsDrops() throws Exception {
    // A peer that accepts connections and never answers.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> accepted = Collections.synchronizedList(new ArrayList<>());
      Thread acceptor = new Thread(() -> {
        try {
          while (true) accepted.add(silent.accept());
        } catch (Exception e) {
          // closed
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/";
      Logger.Text l = make(Logger.TEXT, ctx, "http-dead");
      call(Logger.TEXT, l, "toHTTP", ctx, url, obj("bufferLimit", 2000, "timeout", 30,
          "batch", obj("size", 10, "interval", 0.01)));
      made.addAll(l.targets());
      String line = "x".repeat(100);
      long took = t.call(() -> {
        long start = System.nanoTime();
        for (int i = 0; i < 20_000; i++) l.log(ctx, new Object[] {line});
        return System.nanoTime() - start;
      });
      assertTrue(took < TimeUnit.SECONDS.toNanos(3), "logging took " + took / 1_000_000 + " ms");
      long dropped = ((Number) get(Logger.TEXT, l, "dropped")).longValue();
      assertTrue(dropped >= 19_000, "dropped " + dropped);
      LogSink sink = l.targets().get(0);
      assertTrue(sink.pending() <= 20, "the queue stays bounded: " + sink.pending());
      assertTrue(LogSinks.totalDropped() >= dropped);
      for (Socket s : accepted) s.close();
    }
  }

  @Test
  void aRefusingHttpSinkCountsFailuresAndDrops() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Logger.Text l = make(Logger.TEXT, ctx, "http-refused");
    call(Logger.TEXT, l, "toHTTP", ctx, "http://127.0.0.1:" + port + "/x",
        obj("bufferLimit", 300, "retryDelay", "50ms", "batch", obj("size", 1, "interval", 0)));
    made.addAll(l.targets());
    for (int i = 0; i < 50; i++) l.log(ctx, new Object[] {"record number " + i});
    HttpSink sink = (HttpSink) l.targets().get(0);
    for (int i = 0; i < 100 && sink.failures() < 2; i++) Thread.sleep(20);
    assertTrue(sink.failures() >= 2, "retried");
    assertTrue(l.dropped() > 0);
  }

  @Test
  void syslogDatagrams() throws Exception {
    try (DatagramSocket rx = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      rx.setSoTimeout(5000);
      SyslogSink s = new SyslogSink("WARNING", new InetSocketAddress(InetAddress.getLoopbackAddress(), rx.getLocalPort()));
      made.add(s);
      s.offer(new LogSink.Record("app", "hello".getBytes(StandardCharsets.UTF_8)));
      DatagramPacket p = new DatagramPacket(new byte[1024], 1024);
      rx.receive(p);
      assertEquals("<12>app: hello", new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void historyKeepsTheLatestLines() {
    Logger.Text l = make(Logger.TEXT, ctx, "history-test");
    for (int i = 0; i < 3; i++) l.log(ctx, new Object[] {"h" + i});
    String tail = LogHistory.tail("history-test");
    assertNotNull(tail);
    assertEquals("h0\nh1\nh2\n", tail);
    assertTrue(LogHistory.names().contains("history-test"));
    assertEquals(null, LogHistory.tail("never-logged"));
  }

  @Test
  void badArguments() {
    error("requires 1 or more arguments", () -> make(Logger.TEXT, ctx));
    error("argument #1 expects a string", () -> make(Logger.JSON, ctx, 1));
    Logger.Text l = make(Logger.TEXT, ctx, "bad");
    error("requires 1 or more arguments", () -> call(Logger.TEXT, l, "toFile", ctx));
    error("invalid URL", () -> call(Logger.TEXT, l, "toHTTP", ctx, "ftp://host/x"));
    error("invalid URL", () -> call(Logger.TEXT, l, "toHTTP", ctx, "not a url"));
    error("invalid enum value", () -> call(Logger.TEXT, l, "toSyslog", ctx, "LOUD"));
    error("batch.size must be at least 1",
        () -> call(Logger.TEXT, l, "toHTTP", ctx, "http://h/", obj("batch", obj("size", 0))));
    error("options.maxFileSize", () -> call(Logger.TEXT, l, "toFile", ctx, "/tmp/x", obj("maxFileSize", "huge")));
    assertTrue(l.targets().isEmpty());
  }
}
