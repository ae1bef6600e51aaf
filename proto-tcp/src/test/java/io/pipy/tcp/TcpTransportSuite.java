package io.pipy.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pipy.api.Filter;
import io.pipy.api.Inbound;
import io.pipy.api.ListenSpec;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.tcp.TestFilters.Amplify;
import io.pipy.tcp.TestFilters.Burst;
import io.pipy.tcp.TestFilters.Echo;
import io.pipy.tcp.TestFilters.LateBye;
import io.pipy.tcp.TestFilters.Probe;
import io.pipy.tcp.TestFilters.ProbeLog;
import io.pipy.tcp.TestFilters.Reply;
import io.pipy.tcp.TestFilters.Sink;
import io.pipy.tcp.TestFilters.Upper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour of the TCP listen transport over real loopback sockets, written once and run
 * per I/O type by the subclasses. Every test also checks, when it is done, that the transport
 * treated its pipelines right (see {@link TestLayout}), that nothing leaked, and that the
 * process log has no warnings or stack traces it did not expect.
 */
abstract class TcpTransportSuite {

  /** The worker I/O type under test: "nio" or "epoll". */
  abstract String io();

  /** Whether that I/O type works here. */
  abstract boolean available();

  private TestWorkers workers;
  private final List<TcpListener> listeners = new ArrayList<>();
  private LogCapture log;
  private TestLayout.Checks checks;
  private ProbeLog probe;
  private boolean complaintsExpected;

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
  void tearDown() {
    if (log == null) return;
    try {
      for (TcpListener l : listeners) l.close();
      if (workers != null) {
        if (checks.live() > 0) eventually("pipelines released", () -> checks.live() == 0);
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

  // ---- Plain streams ----

  @Test
  @Timeout(20)
  void echoesOverTcpAndReportsTheInbound() throws Exception {
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Probe(probe), new Upper()});
    try (Client c = new Client(l.port())) {
      assertEquals("HELLO", c.send("hello").read(5));
      assertEquals("AGAIN", c.send("again").read(5));
      Inbound in = probe.inbounds.get(0);
      assertEquals("127.0.0.1", in.remoteAddress());
      assertEquals(c.socket.getLocalPort(), in.remotePort());
      assertEquals("127.0.0.1", in.localAddress());
      assertEquals(l.port(), in.localPort());
      assertTrue(in.id() > 0);
    }
    eventually("connection closed", () -> checks.live() == 0);
    assertEquals(List.of("normal"), probe.ends, "the client's close sent FIN");
  }

  @Test
  @Timeout(20)
  void aBurstOfChunksArrivesWholeAndInOrder() throws Exception {
    // Many chunks written in one dispatch, small and large, go out whole and in order, and
    // each is released once written.
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Burst()});
    String burst = String.join("", Burst.burst());
    try (Client c = new Client(l.port())) {
      assertEquals(burst, c.send("go").read(burst.length()));
      assertEquals(burst, c.send("again").read(burst.length()));
    }
    eventually("connection closed", () -> checks.live() == 0);
  }

  @Test
  @Timeout(20)
  void spreadsConnectionsOverTheWorkers() throws Exception {
    TcpListener l = listen(2, Map.of(), () -> new Filter[] {new Probe(probe), new Upper()});
    List<Client> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        Client c = new Client(l.port());
        clients.add(c);
        assertEquals("C" + i, c.send("c" + i).read(2));
      }
      assertEquals(Set.of(0, 1), new HashSet<>(probe.workerIndexes));
      Set<Long> ids = new HashSet<>();
      for (Inbound in : probe.inbounds) ids.add(in.id());
      assertEquals(4, ids.size(), "inbound ids are unique");
      eventually("4 connections tracked", () -> l.connections().size() == 4);
    } finally {
      for (Client c : clients) c.close();
    }
  }

  @Test
  @Timeout(20)
  void halfCloseKeepsWritingAfterThePeersFin() throws Exception {
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Probe(probe), new LateBye(100)});
    try (Client c = new Client(l.port())) {
      c.send("hello");
      c.socket.shutdownOutput();
      assertEquals("HELLObye", c.readToEnd(), "output after the client's FIN, then the server's FIN");
    }
    eventually("pipeline released", () -> checks.live() == 0);
    assertEquals(List.of("normal"), probe.ends);
    assertEquals(1, checks.released.get());
  }

  @Test
  @Timeout(20)
  void serverFinFollowsTheEchoedStreamEnd() throws Exception {
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Echo()});
    try (Client c = new Client(l.port())) {
      c.send("abc");
      c.socket.shutdownOutput();
      assertEquals("abc", c.readToEnd());
    }
    eventually("pipeline released", () -> checks.live() == 0);
  }

  @Test
  @Timeout(20)
  void serverEndingFirstSendsFinAndStillReadsUntilThePeerEnds() throws Exception {
    // The pipeline ends its output on the first input; the server half-closes and waits for the client.
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Probe(probe), new ByeFirst()});
    try (Client c = new Client(l.port())) {
      c.send("hi");
      assertEquals("bye", c.readToEnd());
      c.send("late words");
      Thread.sleep(100);
      assertEquals(1, checks.live(), "the connection stays until the client ends too");
      c.socket.shutdownOutput();
      eventually("pipeline released", () -> checks.live() == 0);
    }
    assertEquals(List.of("normal"), probe.ends);
  }

  @Test
  @Timeout(20)
  void everyByteBeforeTheStreamEndIsSentBeforeTheFin() throws Exception {
    int size = 8 << 20;
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Reply(size, StreamEnd.normal())});
    try (Client c = new Client(l.port())) {
      c.send("go");
      String body = c.readToEnd();
      assertEquals(size, body.length());
      assertTrue(body.chars().allMatch(ch -> ch == 'z'));
    }
    eventually("pipeline released", () -> checks.live() == 0);
  }

  @Test
  @Timeout(20)
  void anErrorStreamEndClosesOnceTheOutputIsSent() throws Exception {
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Probe(probe), new Reply(100_000, StreamEnd.of(StreamEnd.Error.READ_ERROR))});
    try (Client c = new Client(l.port())) {
      c.send("go");
      assertEquals(100_000, c.readToEnd().length());
      eventually("closed without waiting for the client", () -> checks.live() == 0);
    }
    assertEquals(List.of(), List.copyOf(probe.ends), "an end the pipeline chose is not fed back to it");
  }

  @Test
  @Timeout(20)
  void clientResetEndsTheStreamWithConnectionReset() throws Exception {
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Probe(probe), new Upper()});
    Client c = new Client(l.port());
    assertEquals("HI", c.send("hi").read(2));
    c.reset();
    awaitEnds("ConnectionReset");
    eventually("pipeline released", () -> checks.live() == 0);
  }

  // ---- Limits ----

  @Test
  @Timeout(20)
  void maxConnectionsMakesTheNextClientWait() throws Exception {
    TcpListener l = listen(2, Map.of("maxConnections", 1), () -> new Filter[] {new Upper()});
    Client a = new Client(l.port());
    try (Client b = new Client(l.port())) {
      assertEquals("A", a.send("a").read(1));
      b.send("b");
      assertTrue(b.silentFor(300), "the second client waits while the first is served");
      assertEquals(1, l.connections().size());
      a.close();
      assertEquals("B", b.read(1), "served once the first left");
      assertEquals(1, l.connections().size());
    } finally {
      a.close();
    }
  }

  @Test
  @Timeout(20)
  void idleTimeoutEndsAQuietConnection() throws Exception {
    TcpListener l = listen(1, Map.of("idleTimeout", 0.3), () -> new Filter[] {new Probe(probe), new Sink()});
    long start = System.nanoTime();
    try (Client c = new Client(l.port())) {
      assertEquals("", c.readToEnd(), "the server closes");
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(millis >= 250, "closed after " + millis + " ms");
    awaitEnds("IdleTimeout");
  }

  @Test
  @Timeout(20)
  void readTimeoutFiresWhenTheClientStopsSending() throws Exception {
    TcpListener l = listen(1, Map.of("readTimeout", "200ms"), () -> new Filter[] {new Probe(probe), new Upper()});
    try (Client c = new Client(l.port())) {
      assertEquals("X", c.send("x").read(1));
      assertEquals("", c.readToEnd());
    }
    awaitEnds("ReadTimeout");
  }

  @Test
  @Timeout(20)
  void writeTimeoutFiresWhenNothingIsWritten() throws Exception {
    // As in Pipy: the clock runs from the last completed write, whether or not output is pending.
    TcpListener l = listen(1, Map.of("writeTimeout", "250ms"), () -> new Filter[] {new Probe(probe), new Sink()});
    try (Client c = new Client(l.port())) {
      c.send("x");
      assertEquals("", c.readToEnd());
    }
    awaitEnds("WriteTimeout");
  }

  @Test
  @Timeout(30)
  void backPressurePausesReadingWhileTheClientDoesNotRead() throws Exception {
    AtomicLong serverInput = new AtomicLong();
    TcpListener l = listen(1, Map.of("congestionLimit", "64k"), () -> new Filter[] {new Amplify(16, serverInput)});
    Client c = new Client(l.port());
    AtomicLong sent = new AtomicLong();
    Thread writer = new Thread(() -> {
      byte[] chunk = new byte[64 * 1024];
      try {
        OutputStream out = c.socket.getOutputStream();
        for (int i = 0; i < 4096; i++) {
          out.write(chunk);
          sent.addAndGet(chunk.length);
        }
      } catch (IOException e) {
        // closed by the test
      }
    });
    writer.setDaemon(true);
    writer.start();
    try {
      awaitStall(sent);
      TcpConnection conn = l.connections().iterator().next();
      assertTrue(onWorker(conn, conn::readingPaused), "reading is paused");
      long pending = onWorker(conn, conn::pendingWriteBytes);
      assertTrue(pending >= 64 * 1024, "output queued: " + pending);
      assertTrue(pending < 4 << 20, "output queued stays bounded: " + pending);
      assertTrue(sent.get() < 64L << 20, "the client is held back: " + sent.get() + " bytes sent");
      assertTrue(serverInput.get() < 8L << 20, "the server stopped reading: " + serverInput.get());

      // Draining the output lets reading resume.
      long stalledAt = sent.get();
      Thread reader = new Thread(() -> {
        byte[] buf = new byte[256 * 1024];
        try {
          while (c.socket.getInputStream().read(buf) >= 0) {
            // discard
          }
        } catch (IOException e) {
          // closed by the test
        }
      });
      reader.setDaemon(true);
      reader.start();
      eventually("the client can send again", () -> sent.get() > stalledAt + (4 << 20));
    } finally {
      c.reset();
      writer.join(5000);
    }
    eventually("pipeline released", () -> checks.live() == 0);
  }

  @Test
  @Timeout(20)
  void bufferLimitEndsTheStreamWithBufferOverflow() throws Exception {
    complaintsExpected = true; // Pipy logs a buffer overflow as an error
    AtomicLong serverInput = new AtomicLong();
    TcpListener l = listen(1, Map.of("congestionLimit", "16m", "bufferLimit", "64k"),
        () -> new Filter[] {new Probe(probe), new Amplify(64, serverInput)});
    try (Client c = new Client(l.port())) {
      c.socket.getOutputStream().write(new byte[64 * 1024]);
      awaitEnds("BufferOverflow");
    }
    assertTrue(log.text().contains("buffer overflow"), log.text());
    eventually("pipeline released", () -> checks.live() == 0);
  }

  // ---- Sockets ----

  @Test
  @Timeout(20)
  void reusePortBindsOneSocketPerWorkerOnEpoll() throws Exception {
    TcpListener l = listen(2, Map.of(), true, "127.0.0.1", () -> new Filter[] {new Probe(probe), new Upper()});
    if (!IoChannels.supportsReusePort(io())) {
      complaintsExpected = true;
      assertEquals(1, l.socketCount(), "falls back to one socket");
      assertTrue(log.text().contains("[WRN]") && log.text().contains("SO_REUSEPORT"), log.text());
    } else {
      assertEquals(2, l.socketCount());
    }
    List<Client> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 32; i++) {
        Client c = new Client(l.port());
        clients.add(c);
        assertEquals("R" + i, c.send("r" + i).read(("r" + i).length()));
      }
      assertEquals(Set.of(0, 1), new HashSet<>(probe.workerIndexes), "both workers got connections");
    } finally {
      for (Client c : clients) c.close();
    }
  }

  @Test
  @Timeout(20)
  void listensOnIpv6Loopback() throws Exception {
    assumeTrue(ipv6Loopback(), "no IPv6 loopback here");
    TcpListener l = listen(1, Map.of(), false, "::1", () -> new Filter[] {new Probe(probe), new Upper()});
    try (Client c = new Client(InetAddress.getByName("::1"), l.port())) {
      assertEquals("V6", c.send("v6").read(2));
    }
    Inbound in = probe.inbounds.get(0);
    assertEquals("::1", in.remoteAddress());
    assertEquals("::1", in.localAddress());
  }

  @Test
  @Timeout(20)
  void allAddressesTakesIpv4AndIpv6AndShowsIpv4Plainly() throws Exception {
    TcpListener l = listen(1, Map.of(), false, null, () -> new Filter[] {new Probe(probe), new Upper()});
    try (Client c = new Client(InetAddress.getByName("127.0.0.1"), l.port())) {
      assertEquals("V4", c.send("v4").read(2));
    }
    assertEquals("127.0.0.1", probe.inbounds.get(0).remoteAddress());
    assertEquals("127.0.0.1", probe.inbounds.get(0).localAddress());
    if (ipv6Loopback()) {
      try (Client c = new Client(InetAddress.getByName("::1"), l.port())) {
        assertEquals("V6", c.send("v6").read(2));
      }
      assertEquals("::1", probe.inbounds.get(1).remoteAddress());
    }
  }

  @Test
  @Timeout(20)
  void closingTheListenerReleasesItsKeepAliveAndLetsConnectionsFinish() throws Exception {
    TcpListener l = listen(1, Map.of(), () -> new Filter[] {new Upper()});
    assertEquals(List.of("TCP listener on 127.0.0.1:" + l.port()), workers.keepAlives());
    try (Client c = new Client(l.port())) {
      assertEquals("ONE", c.send("one").read(3));
      assertEquals(2, workers.keepAlives().size(), "an open connection keeps the process alive");
      l.close();
      assertEquals(List.of("TCP connection"), workers.keepAlives());
      assertEquals(0, l.socketCount());
      // NIO closes a selector-registered socket at the loop's next select, a moment later.
      eventually("connections refused", () -> refused(l.port()));
      assertEquals("TWO", c.send("two").read(3), "the accepted connection carries on");
    }
    eventually("no keep-alive left", () -> workers.keepAlives().isEmpty());
  }

  @Test
  @Timeout(20)
  void aPortInUseIsAnIOExceptionAndHoldsNothing() throws Exception {
    workers = new TestWorkers(io(), 1);
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      ListenSpec spec = new ListenSpec("127.0.0.1", taken.getLocalPort(), Map.of(), layouts(() -> new Filter[] {new Echo()}), false);
      IOException e = assertThrows(IOException.class, () -> new TcpTransport().listen(spec));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
    assertEquals(List.of(), workers.keepAlives());
  }

  @Test
  @Timeout(20)
  void anUnknownOptionIsRejectedBeforeBinding() {
    workers = new TestWorkers(io(), 1);
    ListenSpec spec = new ListenSpec("127.0.0.1", 0, Map.of("idleTimout", 5), layouts(() -> new Filter[] {new Echo()}), false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TcpTransport().listen(spec));
    assertTrue(e.getMessage().startsWith("idleTimout: 5 (expected: "), e.getMessage());
    assertEquals(List.of(), workers.keepAlives());
  }

  // ---- Helpers ----

  /** Outputs "bye" and ends its output on its first input; swallows input. */
  static final class ByeFirst extends Filter {
    private boolean said;

    ByeFirst() {
    }

    private ByeFirst(ByeFirst p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new ByeFirst(this);
    }

    @Override
    protected void process(io.pipy.api.Event event) {
      if (event instanceof io.pipy.api.Data d) d.release();
      if (!said) {
        said = true;
        output(io.pipy.api.Data.fromString("bye"));
        output(io.pipy.api.StreamEnd.normal());
      }
    }

    @Override
    protected void reset() {
      said = false;
    }
  }

  private TcpListener listen(int threads, Map<String, Object> options, Supplier<Filter[]> filters) throws IOException {
    return listen(threads, options, false, "127.0.0.1", filters);
  }

  private TcpListener listen(int threads, Map<String, Object> options, boolean reusePort, String address,
      Supplier<Filter[]> filters) throws IOException {
    workers = new TestWorkers(io(), threads);
    ListenSpec spec = new ListenSpec(address, 0, options, layouts(filters), reusePort);
    TcpListener l = (TcpListener) new TcpTransport().listen(spec);
    listeners.add(l);
    return l;
  }

  private List<PipelineLayout> layouts(Supplier<Filter[]> filters) {
    List<PipelineLayout> layouts = new ArrayList<>();
    for (TestWorkers.TestWorker w : workers.all()) layouts.add(new TestLayout(w, checks, filters.get()));
    return layouts;
  }

  private static <T> T onWorker(TcpConnection conn, Callable<T> task) throws Exception {
    return conn.worker().executor().submit(task).get(5, TimeUnit.SECONDS);
  }

  /** Waits for the StreamEnds the probes saw to be {@code expected}; they are fed as the connection goes. */
  private void awaitEnds(String... expected) {
    eventually("stream ends " + List.of(expected), () -> probe.ends.size() >= expected.length);
    assertEquals(List.of(expected), List.copyOf(probe.ends));
  }

  /** Waits until {@code counter} has not moved for half a second. */
  private static void awaitStall(AtomicLong counter) throws InterruptedException {
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
    fail("the client never got held back: " + counter.get() + " bytes sent");
  }

  static void eventually(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) fail("timed out waiting for: " + what);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted waiting for: " + what);
      }
    }
  }

  private static boolean refused(int port) {
    try {
      new Client(port).close();
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean ipv6Loopback() {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
