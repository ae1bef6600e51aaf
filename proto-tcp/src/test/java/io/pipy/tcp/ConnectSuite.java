package io.pipy.tcp;

import static io.pipy.tcp.TcpTransportSuite.eventually;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pipy.api.Filter;
import io.pipy.api.ListenSpec;
import io.pipy.api.PipelineLayout;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Undefined;
import io.pipy.tcp.TestFilters.Probe;
import io.pipy.tcp.TestFilters.ProbeLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code connect} filter over real loopback sockets, as an L4 proxy: a TCP listener whose
 * pipeline connects to an upstream server the test runs. Written once and run per I/O type.
 * Every test also checks that pipelines were handled right, nothing leaked, and the log has no
 * complaints it did not expect.
 */
@Timeout(60)
abstract class ConnectSuite {

  abstract String io();

  abstract boolean available();

  TestWorkers workers;
  final List<TcpListener> listeners = new ArrayList<>();
  final List<AutoCloseable> closeables = new ArrayList<>();
  LogCapture log;
  TestLayout.Checks checks;
  ProbeLog probe;
  boolean complaintsExpected;
  /** States the onState callbacks saw, in order, over all streams. */
  final List<String> states = new CopyOnWriteArrayList<>();
  final List<Outbound> outbounds = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    assumeTrue(available(), io() + " is not available here");
    LeakWatch.install();
    LeakWatch.check();
    log = new LogCapture();
    checks = new TestLayout.Checks();
    probe = new ProbeLog();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (log == null) return;
    try {
      for (TcpListener l : listeners) l.close();
      for (AutoCloseable c : closeables) c.close();
      if (workers != null) {
        if (checks.live() > 0) eventually("pipelines released", () -> checks.live() == 0);
        eventually("outbounds closed", () -> outboundsOpen() == 0);
        workers.close();
      }
      assertEquals(List.of(), checks.violations(), "pipeline handling");
      assertEquals(List.of(), probe.problems, "filter threading");
      if (!complaintsExpected) assertEquals(List.of(), log.complaints(), "log:\n" + log.text());
      assertEquals(List.of(), LeakWatch.check(), "Netty warnings and leak reports");
    } finally {
      if (Boolean.getBoolean("tcp.test.showLog")) System.out.println("---- log of " + io() + "\n" + log.text());
      log.close();
    }
  }

  // ---- The proxy ----

  @Test
  void carriesDataBothWaysAndPassesTheClientsFinUpstream() throws Exception {
    Upstream up = upstream(Upstream.ECHO);
    TcpListener l = proxy(up.target(), Map.of("onState", recorder()));
    byte[] sent = new byte[3 << 20];
    new Random(7).nextBytes(sent);
    try (Client c = new Client(l.port())) {
      Thread writer = writeThenFin(c.socket, sent);
      byte[] got = readAll(c.socket.getInputStream());
      writer.join(5000);
      assertArrayEquals(sent, got, "every byte came back, in order, then the FIN");
    }
    eventually("stream ended", () -> probe.ends.size() == 1);
    assertEquals(List.of("normal"), probe.ends, "the upstream's FIN came out of connect as a normal end");
    eventually("outbound closed", () -> states.contains("closed"));
    assertEquals(List.of("open", "connecting", "connected", "closed"), states);
    assertEquals(1, up.accepted.get());
    assertEquals(List.of(), up.failures);
  }

  @Test
  void theUpstreamsFinComesFirstAndTheClientCanStillSend() throws Exception {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    Upstream up = upstream(s -> {
      s.getOutputStream().write("hello".getBytes(StandardCharsets.UTF_8));
      s.shutdownOutput();
      received.write(readAll(s.getInputStream()));
    });
    TcpListener l = proxy(up.target(), Map.of());
    try (Client c = new Client(l.port())) {
      c.send("x");
      assertEquals("hello", c.readToEnd(), "the upstream's bytes, then its FIN");
      c.send("late words");
      c.socket.shutdownOutput();
      eventually("the upstream got everything", () -> received.toString(StandardCharsets.UTF_8).equals("xlate words"));
    }
    eventually("pipeline released", () -> checks.live() == 0);
  }

  @Test
  void reportsTheOutboundToOnState() throws Exception {
    Upstream up = upstream(Upstream.ECHO);
    TcpListener l = proxy("localhost:" + up.port(), Map.of("onState", recorder()));
    try (Client c = new Client(l.port())) {
      assertEquals("ping", c.send("ping").read(4));
      Outbound ob = outbounds.get(0);
      assertEquals("connected", onWorker(() -> ob.state().scriptName()));
      assertEquals("127.0.0.1", ob.localAddress());
      assertTrue(ob.localPort() > 0);
      assertEquals("127.0.0.1", ob.remoteAddress());
      assertEquals(up.port(), ob.remotePort());
      assertEquals("[localhost]:" + up.port(), ob.address());
      assertEquals("TCP", ob.protocol());
      assertEquals(0, ob.retries());
      assertTrue(ob.connectionTime() >= 0);
      assertEquals(1, (int) onWorker(() -> Connections.ofThisWorker().outboundCount()));
      assertEquals(1, (int) onWorker(() -> Connections.ofThisWorker().inboundCount()));
      assertEquals(ob, onWorker(() -> Connections.ofThisWorker().outbounds().get(0)));
    }
  }

  @Test
  void takesTheTargetFromAFunctionPerStream() throws Exception {
    Upstream a = upstream(s -> s.getOutputStream().write('A'));
    Upstream b = upstream(s -> s.getOutputStream().write('B'));
    int[] n = {0};
    ScriptFunction pick = ScriptFunctions.of((ctx, arg) -> (n[0]++ % 2 == 0 ? a : b).target());
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Connect(pick, null), new Probe(probe)});
    for (String expected : List.of("A", "B", "A")) {
      try (Client c = new Client(l.port())) {
        assertEquals(expected, c.send("?").readToEnd());
      }
    }
  }

  @Test
  void resetClosesTheUpstreamConnection() throws Exception {
    List<String> upstreamSaw = new CopyOnWriteArrayList<>();
    Upstream up = upstream(s -> {
      s.getOutputStream().write('!');
      try {
        upstreamSaw.add(readAll(s.getInputStream()).length >= 0 ? "eof" : "");
      } catch (IOException e) {
        upstreamSaw.add("reset");
      }
    });
    TcpListener l = proxy(up.target(), Map.of("onState", recorder()));
    Client c = new Client(l.port());
    assertEquals("!", c.send("x").read(1));
    c.reset();
    eventually("the upstream connection closed", () -> upstreamSaw.size() == 1);
    eventually("outbound closed", () -> states.contains("closed"));
    eventually("pipeline released", () -> checks.live() == 0);
  }

  @Test
  void eachOutboundRunsOnTheWorkerOfItsPipeline() throws Exception {
    Upstream up = upstream(Upstream.ECHO);
    List<String> wrong = new CopyOnWriteArrayList<>();
    ScriptFunction check = ScriptFunctions.of((ctx, arg) -> {
      Outbound ob = (Outbound) arg;
      if (!ob.worker.inWorkerThread() || ctx.worker() != ob.worker) wrong.add("callback off the pipeline's worker");
      if (ob.state() == Outbound.State.CONNECTED && !((TcpOutbound) ob).onWorkerLoop()) wrong.add("socket on another loop");
      if (ob.state() == Outbound.State.CONNECTED) states.add("connected@" + ob.worker.index());
      return Undefined.INSTANCE;
    });
    TcpListener l = listen(2, Map.of(), () -> new Filter[] {new Probe(probe), new Connect(up.target(), Map.of("onState", check))});
    for (int i = 0; i < 6; i++) {
      try (Client c = new Client(l.port())) {
        assertEquals("w" + i, c.send("w" + i).read(2));
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(states.contains("connected@0") && states.contains("connected@1"), states.toString());
  }

  @Test
  void pipyOutboundListsTheWorkersOutbounds() throws Exception {
    Upstream up = upstream(Upstream.ECHO);
    TcpListener l = proxy(up.target(), Map.of("onState", recorder()));
    try (Client a = new Client(l.port()); Client b = new Client(l.port())) {
      assertEquals("a", a.send("a").read(1));
      assertEquals("b", b.send("b").read(1));
      List<Object> seen = new CopyOnWriteArrayList<>();
      ScriptFunction each = ScriptFunctions.of((ctx, arg) -> seen.add(arg));
      io.pipy.api.script.HostClass.MethodMember forEach = (io.pipy.api.script.HostClass.MethodMember)
          ConnectionList.CLASS.members().get(ConnectionList.CLASS.memberIndex("forEach"));
      io.pipy.api.script.HostClass.Property count = (io.pipy.api.script.HostClass.Property)
          ConnectionList.CLASS.members().get(ConnectionList.CLASS.memberIndex("count"));
      assertEquals(2, (int) onWorker(() -> (Integer) count.getter().get(ConnectionList.OUTBOUND)));
      assertEquals(2, (int) onWorker(() -> (Integer) count.getter().get(ConnectionList.INBOUND)));
      onWorker(() -> forEach.method().call(workers.get(0).newContext(null), ConnectionList.OUTBOUND, new Object[] {each}));
      assertEquals(List.copyOf(outbounds), seen);
      seen.clear();
      onWorker(() -> forEach.method().call(workers.get(0).newContext(null), ConnectionList.INBOUND, new Object[] {each}));
      assertEquals(2, seen.size());
      assertTrue(seen.get(0) instanceof io.pipy.api.Inbound);
    }
    eventually("none left", () -> outboundsOpen() == 0);
  }

  @Test
  void anOnStateCallbackThatThrowsEndsTheStreamWithARuntimeError() throws Exception {
    complaintsExpected = true; // the error is logged
    Upstream up = upstream(Upstream.ECHO);
    ScriptFunction boom = ScriptFunctions.of((ctx, arg) -> {
      if (((Outbound) arg).state() == Outbound.State.CONNECTING) throw new IllegalStateException("boom");
      return Undefined.INSTANCE;
    });
    TcpListener l = proxy(up.target(), Map.of("onState", boom));
    try (Client c = new Client(l.port())) {
      c.send("x");
      assertEquals("", c.readToEnd());
    }
    eventually("stream ended", () -> probe.ends.size() == 1);
    assertEquals(List.of("RuntimeError"), probe.ends);
    assertTrue(log.text().contains("boom"), log.text());
    assertEquals(0, up.accepted.get(), "the connection was not made");
  }

  // ---- Failing to connect ----

  @Test
  void aDownUpstreamIsRetriedThenTheClientIsClosed() throws Exception {
    int port = freePort();
    TcpListener l = proxy("127.0.0.1:" + port, Map.of("retryCount", 2, "retryDelay", "50ms", "onState", recorder()));
    long start = System.nanoTime();
    try (Client c = new Client(l.port())) {
      c.send("hello");
      assertEquals("", c.readToEnd(), "the client's connection is closed");
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    eventually("stream ended", () -> probe.ends.size() == 1);
    assertEquals(List.of("ConnectionRefused"), probe.ends);
    eventually("outbound closed", () -> states.contains("closed"));
    assertEquals(3, states.stream().filter("connecting"::equals).count(), "one attempt and two retries: " + states);
    assertEquals(List.of("open", "connecting", "idle", "open", "connecting", "idle", "open", "connecting", "closed"), states);
    assertEquals(2, outbounds.get(0).retries());
    assertTrue(millis >= 100, "two retry delays: " + millis + " ms");
  }

  @Test
  void connectTimeoutEndsAnAttemptThatHangs() throws Exception {
    try (Blackhole hole = new Blackhole()) {
      TcpListener l = proxy("127.0.0.1:" + hole.port(), Map.of("connectTimeout", "200ms", "retryCount", 1, "onState", recorder()));
      long start = System.nanoTime();
      try (Client c = new Client(l.port())) {
        c.send("hello");
        assertEquals("", c.readToEnd());
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      eventually("stream ended", () -> probe.ends.size() == 1);
      assertEquals(List.of("ConnectionTimeout"), probe.ends);
      assertEquals(2, states.stream().filter("connecting"::equals).count(), states.toString());
      assertTrue(millis >= 380 && millis < 3000, "two attempts of 200 ms: " + millis + " ms");
    }
  }

  @Test
  void aNameThatDoesNotResolveIsCannotResolve() throws Exception {
    TcpListener l = proxy("no-such-host.invalid:80", Map.of("onState", recorder()));
    try (Client c = new Client(l.port())) {
      c.send("hello");
      assertEquals("", c.readToEnd());
    }
    eventually("stream ended", () -> probe.ends.size() == 1);
    assertEquals(List.of("CannotResolve"), probe.ends);
    eventually("outbound closed", () -> states.contains("closed"));
    assertEquals(List.of("resolving", "closed"), states);
  }

  @Test
  void aStreamThatEndsBeforeSayingAnythingNeverConnects() throws Exception {
    Upstream up = upstream(Upstream.ECHO);
    TcpListener l = proxy(up.target(), Map.of("onState", recorder()));
    try (Client c = new Client(l.port())) {
      c.socket.shutdownOutput();
      assertEquals("", c.readToEnd());
    }
    eventually("pipeline released", () -> checks.live() == 0);
    assertEquals(0, up.accepted.get());
    assertEquals(List.of(), states);
  }

  // ---- Timeouts once connected ----

  @Test
  void readTimeoutEndsASilentUpstream() throws Exception {
    Upstream up = upstream(s -> readAll(s.getInputStream()));
    TcpListener l = proxy(up.target(), Map.of("readTimeout", "200ms"));
    try (Client c = new Client(l.port())) {
      c.send("hello");
      assertEquals("", c.readToEnd());
    }
    eventually("stream ended", () -> probe.ends.size() == 1);
    assertEquals(List.of("ReadTimeout"), probe.ends);
  }

  @Test
  void idleTimeoutEndsAQuietConnection() throws Exception {
    Upstream up = upstream(s -> readAll(s.getInputStream()));
    TcpListener l = proxy(up.target(), Map.of("idleTimeout", 0.3));
    long start = System.nanoTime();
    try (Client c = new Client(l.port())) {
      c.send("hello");
      assertEquals("", c.readToEnd());
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    eventually("stream ended", () -> probe.ends.size() == 1);
    assertEquals(List.of("IdleTimeout"), probe.ends);
    assertTrue(millis >= 250, millis + " ms");
  }

  // ---- Back-pressure ----

  @Test
  void anUpstreamThatDoesNotReadHoldsTheClientBack() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Upstream up = upstream(s -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        return;
      }
      readAll(s.getInputStream());
    });
    TcpListener l = proxy(up.target(), Map.of("congestionLimit", "64k", "onState", recorder()));
    Client c = new Client(l.port());
    java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
    Thread writer = new Thread(() -> {
      byte[] chunk = new byte[64 * 1024];
      try {
        OutputStream out = c.socket.getOutputStream();
        for (int i = 0; i < 4096; i++) {
          out.write(chunk);
          sent.addAndGet(chunk.length);
        }
        c.socket.shutdownOutput();
      } catch (IOException e) {
        // closed by the test
      }
    });
    writer.setDaemon(true);
    writer.start();
    try {
      awaitStall(sent);
      TcpConnection conn = l.connections().iterator().next();
      assertTrue(onWorker(conn::readingPaused), "the client's socket is not read");
      long buffered = onWorker(() -> outbounds.get(0).buffered());
      assertTrue(buffered < 4 << 20, "bytes held for the upstream stay bounded: " + buffered);
      assertTrue(sent.get() < 64L << 20, "the client is held back: " + sent.get());
      release.countDown();
      eventually("everything went through", () -> sent.get() == 4096L * 64 * 1024);
    } finally {
      release.countDown();
      c.close();
      writer.join(5000);
    }
  }

  @Test
  void bufferLimitEndsTheStreamWithBufferOverflow() throws Exception {
    complaintsExpected = true; // Pipy logs a buffer overflow as an error
    Upstream up = upstream(s -> {
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        // closed
      }
    });
    TcpListener l = proxy(up.target(), Map.of("congestionLimit", "16m", "bufferLimit", "64k", "onState", recorder()));
    try (Client c = new Client(l.port())) {
      // The kernel's socket buffers take several MiB before the proxy has to hold any.
      Thread writer = new Thread(() -> {
        try {
          OutputStream out = c.socket.getOutputStream();
          for (int i = 0; i < 4096; i++) out.write(new byte[64 * 1024]);
        } catch (IOException e) {
          // the proxy closed
        }
      });
      writer.setDaemon(true);
      writer.start();
      eventually("stream ended", () -> probe.ends.size() == 1);
    }
    assertEquals(List.of("BufferOverflow"), probe.ends);
    assertTrue(log.text().contains("buffer overflow"), log.text());
  }

  /**
   * A gibibyte from the upstream through the proxy to a client that reads 1 MiB/s for ten
   * seconds and then at full speed: the proxy pauses the upstream instead of buffering, so memory
   * in use stays small, and every byte arrives in order (same count and CRC-32 as sent).
   */
  @Test
  @Tag("memory")
  @Timeout(120)
  void aSlowReaderGetsEveryByteWhileMemoryStaysBounded() throws Exception {
    long total = 1L << 30;
    long[] sentCrc = {0};
    Upstream up = upstream(s -> {
      OutputStream out = s.getOutputStream();
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      byte[] block = new byte[256 * 1024];
      java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(block);
      long word = 0;
      for (long sent = 0; sent < total; sent += block.length) {
        bb.clear();
        while (bb.hasRemaining()) bb.putLong(++word * 0x9E3779B97F4A7C15L);
        crc.update(block);
        out.write(block);
      }
      sentCrc[0] = crc.getValue();
      s.shutdownOutput();
      readAll(s.getInputStream());
    });
    TcpListener l = proxy(up.target(), Map.of());
    System.gc();
    try (MemoryWatch watch = new MemoryWatch(64L << 20, 20); Client c = new Client(l.port())) {
      c.socket.setSoTimeout(30_000);
      c.send("go");
      InputStream in = c.socket.getInputStream();
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      byte[] buf = new byte[256 * 1024];
      long got = 0;
      long start = System.nanoTime();
      long slowUntil = start + TimeUnit.SECONDS.toNanos(10);
      long slowRate = 1 << 20;
      while (true) {
        long now = System.nanoTime();
        int want = buf.length;
        if (now < slowUntil) {
          long allowed = (now - start) * slowRate / 1_000_000_000L - got;
          if (allowed <= 0) {
            Thread.sleep(10);
            continue;
          }
          want = (int) Math.min(want, allowed);
        }
        int n = in.read(buf, 0, want);
        if (n < 0) break;
        crc.update(buf, 0, n);
        got += n;
      }
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertEquals(total, got, "every byte arrived");
      eventually("the upstream finished", () -> sentCrc[0] != 0);
      assertEquals(sentCrc[0], crc.getValue(), "in order, unchanged");
      assertTrue(watch.samples() > 100, watch.report());
      assertTrue(watch.peak() < 64L << 20, watch.report());
      assertTrue(watch.peakLive() < 64L << 20, watch.report());
      System.out.println("[" + io() + "] 1 GiB to a slow reader in " + seconds + " s: " + watch.report());
    }
  }

  // ---- Helpers ----

  /** A listening socket whose accept queue is full, so further connects hang unanswered. */
  static final class Blackhole implements AutoCloseable {
    private final ServerSocket server = new ServerSocket();
    private final List<Socket> fillers = new ArrayList<>();

    Blackhole() throws IOException {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
      for (int i = 0; i < 16; i++) {
        Socket s = new Socket();
        fillers.add(s);
        try {
          s.connect(server.getLocalSocketAddress(), 300);
        } catch (SocketTimeoutException full) {
          return;
        }
      }
      throw new IOException("could not fill the accept queue of a listening socket");
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      for (Socket s : fillers) s.close();
      server.close();
    }
  }

  ScriptFunction recorder() {
    return ScriptFunctions.of((ctx, arg) -> {
      Outbound ob = (Outbound) arg;
      if (!outbounds.contains(ob)) outbounds.add(ob);
      states.add(ob.state().scriptName());
      return Undefined.INSTANCE;
    });
  }

  Upstream upstream(Upstream.Behaviour b) throws IOException {
    Upstream u = new Upstream(b);
    closeables.add(u);
    return u;
  }

  TcpListener proxy(String target, Map<String, Object> options) throws IOException {
    Map<String, Object> opts = new HashMap<>(options);
    return listen(1, Map.of(), () -> new Filter[] {new Connect(target, opts), new Probe(probe)});
  }

  TcpListener listen(int threads, Map<String, Object> options, Supplier<Filter[]> filters) throws IOException {
    workers = new TestWorkers(io(), threads);
    List<PipelineLayout> layouts = new ArrayList<>();
    for (TestWorkers.TestWorker w : workers.all()) layouts.add(new TestLayout(w, checks, filters.get()));
    TcpListener l = (TcpListener) new TcpTransport().listen(new ListenSpec("127.0.0.1", 0, options, layouts, false));
    listeners.add(l);
    return l;
  }

  int outboundsOpen() {
    try {
      int n = 0;
      for (TestWorkers.TestWorker w : workers.all()) {
        n += w.executor().submit(() -> Connections.ofThisWorker().outboundCount()).get(5, TimeUnit.SECONDS);
      }
      return n;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  <T> T onWorker(java.util.concurrent.Callable<T> task) throws Exception {
    return workers.get(0).executor().submit(task).get(5, TimeUnit.SECONDS);
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return s.getLocalPort();
    }
  }

  static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) >= 0) out.write(buf, 0, n);
    return out.toByteArray();
  }

  static Thread writeThenFin(Socket s, byte[] bytes) {
    Thread t = new Thread(() -> {
      try {
        OutputStream out = s.getOutputStream();
        for (int off = 0; off < bytes.length; off += 100_000) out.write(bytes, off, Math.min(100_000, bytes.length - off));
        s.shutdownOutput();
      } catch (IOException e) {
        // the test fails on what it reads
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Waits until {@code counter} has not moved for half a second. */
  static void awaitStall(java.util.concurrent.atomic.AtomicLong counter) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    long last = -1;
    long stableSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long now = counter.get();
      if (now != last) {
        last = now;
        stableSince = System.nanoTime();
      } else if (System.nanoTime() - stableSince > TimeUnit.MILLISECONDS.toNanos(500)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("never held back: " + counter.get());
  }
}
