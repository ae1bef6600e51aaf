package io.pipy.tcp;

import static io.pipy.tcp.TcpTransportSuite.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.Inbound;
import io.pipy.api.ListenSpec;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.tcp.TestFilters.Probe;
import io.pipy.tcp.TestFilters.ProbeLog;
import io.pipy.tcp.TestFilters.Upper;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * UDP over real loopback sockets: the listen transport (a stream per peer address, a
 * {@code Data} per datagram, as in Pipy 1.x) and {@code connect} with {@code protocol: 'udp'}. Run per I/O type.
 */
@Timeout(30)
abstract class UdpSuite {

  abstract String io();

  abstract boolean available();

  private TestWorkers workers;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private LogCapture log;
  private TestLayout.Checks checks;
  private ProbeLog probe;
  /** Event kinds the {@link Kinds} filters saw. */
  private final List<String> kinds = new CopyOnWriteArrayList<>();

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
      for (int i = closeables.size() - 1; i >= 0; i--) closeables.get(i).close();
      if (workers != null) {
        if (checks.live() > 0) eventually("pipelines released", () -> checks.live() == 0);
        workers.close();
      }
      assertEquals(List.of(), checks.violations(), "pipeline handling");
      assertEquals(List.of(), probe.problems, "filter threading");
      assertEquals(List.of(), log.complaints(), "log:\n" + log.text());
      assertEquals(List.of(), LeakWatch.check(), "Netty warnings and leak reports");
    } finally {
      if (Boolean.getBoolean("tcp.test.showLog")) System.out.println("---- log of " + io() + "\n" + log.text());
      log.close();
    }
  }

  // ---- Listening ----

  @Test
  void answersEachDatagramAndKeepsAStreamPerPeer() throws Exception {
    UdpListener l = listenUdp(Map.of(), () -> new Filter[] {new Probe(probe), new Kinds(kinds), new Upper()});
    try (DatagramSocket a = client(); DatagramSocket b = client()) {
      assertEquals("HELLO", exchange(a, l.port(), "hello"));
      assertEquals("AGAIN", exchange(a, l.port(), "again"));
      assertEquals("OTHER", exchange(b, l.port(), "other"));
      assertEquals(2, probe.inbounds.size(), "one stream per peer address");
      Inbound in = probe.inbounds.get(0);
      assertEquals("127.0.0.1", in.remoteAddress());
      assertEquals(a.getLocalPort(), in.remotePort());
      assertEquals(l.port(), in.localPort());
      assertEquals(b.getLocalPort(), probe.inbounds.get(1).remotePort());
      assertTrue(in.id() != probe.inbounds.get(1).id());
      assertEquals(List.of("data", "data", "data"), kinds, "each datagram is one Data, not a message");
      assertEquals(2, l.peerCount());
    }
  }

  @Test
  void idleTimeoutEndsAQuietPeerAndTheNextDatagramStartsAnew() throws Exception {
    UdpListener l = listenUdp(Map.of("idleTimeout", "200ms"), () -> new Filter[] {new Probe(probe), new Upper()});
    try (DatagramSocket a = client()) {
      assertEquals("ONE", exchange(a, l.port(), "one"));
      eventually("the peer timed out", () -> probe.ends.size() == 1);
      assertEquals(List.of("IdleTimeout"), probe.ends);
      assertEquals(0, l.peerCount());
      assertEquals("TWO", exchange(a, l.port(), "two"));
      assertEquals(2, probe.inbounds.size());
    }
  }

  @Test
  void maxConnectionsDropsDatagramsOfFurtherPeers() throws Exception {
    UdpListener l = listenUdp(Map.of("maxConnections", 1), () -> new Filter[] {new Upper()});
    try (DatagramSocket a = client(); DatagramSocket b = client()) {
      assertEquals("A", exchange(a, l.port(), "a"));
      send(b, l.port(), "b");
      assertThrows(SocketTimeoutException.class, () -> receive(b, 300));
      assertEquals(1, l.peerCount());
    }
  }

  @Test
  void anEmptyDatagramIsIgnoredAsPipyDoes() throws Exception {
    UdpListener l = listenUdp(Map.of(), () -> new Filter[] {new Probe(probe), new Kinds(kinds), new Upper()});
    try (DatagramSocket a = client()) {
      send(a, l.port(), "");
      assertThrows(SocketTimeoutException.class, () -> receive(a, 300));
      assertEquals(0, l.peerCount(), "no stream for an empty datagram");
      assertEquals("AFTER", exchange(a, l.port(), "after"));
      assertEquals(List.of("data"), kinds);
    }
  }

  @Test
  void closingTheListenerEndsItsPeers() throws Exception {
    UdpListener l = listenUdp(Map.of(), () -> new Filter[] {new Probe(probe), new Upper()});
    try (DatagramSocket a = client()) {
      assertEquals("X", exchange(a, l.port(), "x"));
    }
    l.close();
    eventually("the peer ended", () -> probe.ends.size() == 1);
    assertEquals(List.of("normal"), probe.ends);
    assertEquals(List.of(), workers.keepAlives());
  }

  @Test
  void aPortInUseIsAnIOException() throws Exception {
    workers = new TestWorkers(io(), 1);
    try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      ListenSpec spec = new ListenSpec("127.0.0.1", taken.getLocalPort(), Map.of(), layouts(() -> new Filter[] {new Upper()}), false);
      IOException e = assertThrows(IOException.class, () -> new UdpTransport().listen(spec));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
    assertEquals(List.of(), workers.keepAlives());
  }

  @Test
  void checksItsOptions() {
    UdpTransport t = new UdpTransport();
    t.checkOptions(Map.of("protocol", "udp", "maxPacketSize", "1k", "idleTimeout", "5s"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.checkOptions(Map.of("maxPacketSize", "1m")));
    assertTrue(e.getMessage().startsWith("maxPacketSize: '1m' (expected: "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> t.checkOptions(Map.of("protocol", "tcp")));
  }

  // ---- Connecting ----

  @Test
  void connectSendsDatagramsAndOutputsEachAnswerAsOneData() throws Exception {
    try (UdpEcho echo = new UdpEcho()) {
      TcpListener l = listenTcp(() -> new Filter[] {
          new Connect("127.0.0.1:" + echo.port(), new HashMap<>(Map.of("protocol", "udp"))), new Kinds(kinds), new Probe(probe)});
      try (Client c = new Client(l.port())) {
        assertEquals("echo:ping", c.send("ping").read(9));
        assertEquals("echo:pong", c.send("pong").read(9));
        c.socket.shutdownOutput();
        assertEquals("", c.readToEnd(), "the input's end ends the output");
      }
      assertEquals(List.of("data", "data", "stream-end"), kinds);
      assertEquals(List.of("normal"), probe.ends);
      // Ending the output sends nothing more: no empty datagram after the last one.
      Thread.sleep(100);
      assertEquals(List.of("ping", "pong"), echo.received);
    }
  }

  @Test
  void aUdpProxyRelaysDatagramsBothWays() throws Exception {
    try (UdpEcho echo = new UdpEcho()) {
      UdpListener l = listenUdp(Map.of(), () -> new Filter[] {
          new Connect("127.0.0.1:" + echo.port(), new HashMap<>(Map.of("protocol", "udp")))});
      try (DatagramSocket a = client()) {
        assertEquals("echo:one", exchange(a, l.port(), "one"));
        assertEquals("echo:two", exchange(a, l.port(), "two"));
      }
      assertEquals(1, echo.peers.size(), "one upstream socket for the peer's stream");
    }
  }

  @Test
  void connectIdleTimeoutEndsTheOutput() throws Exception {
    try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      TcpListener l = listenTcp(() -> new Filter[] {
          new Connect("127.0.0.1:" + silent.getLocalPort(), new HashMap<>(Map.of("protocol", "udp", "idleTimeout", 0.3))),
          new Probe(probe)});
      try (Client c = new Client(l.port())) {
        c.send("anyone?");
        assertEquals("", c.readToEnd());
      }
      assertEquals(List.of("IdleTimeout"), probe.ends);
      DatagramPacket p = new DatagramPacket(new byte[100], 100);
      silent.setSoTimeout(2000);
      silent.receive(p);
      assertEquals("anyone?", new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aClosedUdpPortIsConnectionRefused() throws Exception {
    int port;
    try (DatagramSocket gone = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      port = gone.getLocalPort();
    }
    TcpListener l = listenTcp(() -> new Filter[] {
        new Connect("127.0.0.1:" + port, new HashMap<>(Map.of("protocol", "udp"))), new Probe(probe)});
    try (Client c = new Client(l.port())) {
      c.send("hello?");
      assertEquals("", c.readToEnd());
    }
    assertEquals(List.of("ConnectionRefused"), probe.ends);
  }

  // ---- Helpers ----

  /** Records the kind of each event and passes it on. */
  static final class Kinds extends Filter {
    final List<String> out;

    Kinds(List<String> out) {
      this.out = out;
    }

    private Kinds(Kinds p) {
      super(p);
      this.out = p.out;
    }

    @Override
    protected Filter duplicate() {
      return new Kinds(this);
    }

    @Override
    protected void process(Event event) {
      out.add(event instanceof MessageStart ? "start" : event instanceof MessageEnd ? "end"
          : event instanceof StreamEnd ? "stream-end" : "data");
      output(event);
    }
  }

  /** A UDP server answering each datagram with "echo:" and the datagram, on its own thread. */
  final class UdpEcho implements AutoCloseable {
    final DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    final List<Integer> peers = new CopyOnWriteArrayList<>();
    /** Every datagram received, as text. */
    final List<String> received = new CopyOnWriteArrayList<>();
    private final Thread thread;

    UdpEcho() throws IOException {
      thread = new Thread(() -> {
        byte[] buf = new byte[65536];
        while (!socket.isClosed()) {
          DatagramPacket p = new DatagramPacket(buf, buf.length);
          try {
            socket.receive(p);
            if (!peers.contains(p.getPort())) peers.add(p.getPort());
            received.add(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
            byte[] answer = ("echo:" + new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
          } catch (IOException e) {
            return;
          }
        }
      }, "udp-echo");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() {
      socket.close();
    }
  }

  private DatagramSocket client() throws IOException {
    DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    s.setSoTimeout(5000);
    return s;
  }

  private static void send(DatagramSocket s, int port, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    s.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), port));
  }

  private static String receive(DatagramSocket s, int timeoutMillis) throws IOException {
    s.setSoTimeout(timeoutMillis);
    DatagramPacket p = new DatagramPacket(new byte[65536], 65536);
    s.receive(p);
    return new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
  }

  private static String exchange(DatagramSocket s, int port, String text) throws IOException {
    send(s, port, text);
    return receive(s, 5000);
  }

  private UdpListener listenUdp(Map<String, Object> options, Supplier<Filter[]> filters) throws IOException {
    workers = new TestWorkers(io(), 1);
    UdpListener l = (UdpListener) new UdpTransport().listen(new ListenSpec("127.0.0.1", 0, options, layouts(filters), false));
    closeables.add(l);
    return l;
  }

  private TcpListener listenTcp(Supplier<Filter[]> filters) throws IOException {
    workers = new TestWorkers(io(), 1);
    TcpListener l = (TcpListener) new TcpTransport().listen(new ListenSpec("127.0.0.1", 0, Map.of(), layouts(filters), false));
    closeables.add(l);
    return l;
  }

  private List<PipelineLayout> layouts(Supplier<Filter[]> filters) {
    List<PipelineLayout> layouts = new ArrayList<>();
    for (TestWorkers.TestWorker w : workers.all()) layouts.add(new TestLayout(w, checks, filters.get()));
    return layouts;
  }
}
