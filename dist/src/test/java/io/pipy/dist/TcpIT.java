package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * TCP through bin/pipy with real sockets: an L4 proxy with half-close both ways, maxConnections,
 * retries against an upstream that is down (or comes up late), the idle, read and connect
 * timeouts, and two workers sharing a port without SO_REUSEPORT. The proxy to an HTTP upstream
 * and {@code --threads=2 --reuse-port} are in {@link ProxyIT}.
 *
 * <p>Each script was run with Pipy 1.5.18 too; what is asserted here is what it does (error
 * names, which side closes, the number of attempts).
 */
@Timeout(120)
class TcpIT extends PipyProcesses {

  /** Servers and sockets this test opened, closed after it. */
  private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeResources() throws Exception {
    for (AutoCloseable c : resources) c.close();
  }

  private PipyProcess start(String script, int... ports) throws Exception {
    Path file = Dist.write(dir, "tcp.js", script);
    PipyProcess p = pipy("--no-graph", file.toString());
    for (int port : ports) p.awaitPort(port, START);
    return p;
  }

  @Test
  void anL4ProxyCarriesBytesAndHalfClosesBothWays() throws Exception {
    // The upstream reads until the client's FIN has come through the proxy, then answers with
    // the length and digest of what it got, and closes: that close must reach the client too.
    Upstream up = new Upstream(c -> {
      byte[] got = c.getInputStream().readAllBytes();
      c.getOutputStream().write((got.length + " " + hex(sha256(got))).getBytes(StandardCharsets.US_ASCII));
    });
    int port = Dist.freePort();
    start("pipy().listen(" + port + ").connect('127.0.0.1:" + up.port() + "')\n", port);
    byte[] payload = new byte[8 << 20];
    new Random(6).nextBytes(payload);
    try (Socket s = connect(port)) {
      Thread writer = new Thread(() -> {
        try {
          s.getOutputStream().write(payload);
          s.shutdownOutput();
        } catch (IOException e) {
          // the read below fails then
        }
      });
      writer.start();
      String answer = receiveAll(s);
      writer.join();
      assertEquals(payload.length + " " + hex(sha256(payload)), answer, "every byte, in order, then the upstream's close");
    }
  }

  @Test
  void maxConnectionsOneMakesTheSecondClientWaitUntilTheFirstLeaves() throws Exception {
    int port = Dist.freePort();
    // An empty pipeline sends back what it gets.
    start("pipy().listen(" + port + ", { maxConnections: 1 })\n", port);
    // awaitPort's own probe connection may still hold the slot for a moment.
    Socket first = connectWhenServed(port);
    try (Socket second = connect(port)) {
      send(second, "second");
      second.setSoTimeout(1500);
      assertThrows(SocketTimeoutException.class, () -> second.getInputStream().read(), "the second client waits");
      send(first, " again");
      assertEquals(" again", receive(first, 6), "the first is still served");
      first.close();
      second.setSoTimeout(10_000);
      assertEquals("second", receive(second, 6), "served once the first left");
    }
  }

  /** Connects and waits until an echo comes back, so the connection is being served. */
  private Socket connectWhenServed(int port) throws IOException {
    Socket s = connect(port);
    send(s, "first");
    assertEquals("first", receive(s, 5));
    return s;
  }

  @Test
  void anUpstreamThatIsDownClosesTheClientAfterTheRetries() throws Exception {
    int down = Dist.freePort();
    int port = Dist.freePort();
    PipyProcess p = start(String.join("\n",
        "pipy().listen(" + port + ")",
        ".connect('127.0.0.1:" + down + "', {",
        "  retryCount: 3, retryDelay: 0.5,",
        "  onState: ob => ob.state === 'connecting' && console.log('attempt'),",
        "})",
        ".handleStreamEnd(e => console.log('end', e.error))",
        ""), port);
    try (Socket s = connect(port)) {
      long t0 = System.nanoTime();
      send(s, "anyone there?");
      assertEquals("", receiveAll(s), "closed without a byte");
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(millis >= 1400, "three retries 0.5 s apart take 1.5 s, closed after " + millis + " ms");
    }
    String log = p.awaitStderr(s -> s.contains("end ConnectionRefused"), Duration.ofSeconds(10), "the stream's end");
    assertEquals(4, count(log, "[INF] attempt"), "the first attempt and 3 retries: " + log);
  }

  @Test
  void anUpstreamThatComesUpInTimeForALaterRetryIsConnected() throws Exception {
    int late = Dist.freePort();
    int port = Dist.freePort();
    PipyProcess p = start(String.join("\n",
        "pipy().listen(" + port + ")",
        ".connect('127.0.0.1:" + late + "', {",
        "  retryCount: 50, retryDelay: 0.2,",
        "  onState: ob => ob.state === 'connecting' && console.log('attempt'),",
        "})",
        ""), port);
    try (Socket s = connect(port)) {
      send(s, "hello");
      p.awaitStderr(log -> count(log, "[INF] attempt") >= 3, Duration.ofSeconds(10), "two failed retries");
      new Upstream(late, c -> {
        byte[] b = new byte[5];
        new DataInputStream(c.getInputStream()).readFully(b);
        c.getOutputStream().write(("up got " + new String(b, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII));
      });
      assertEquals("up got hello", receiveAll(s), "what was sent before the upstream was up reaches it");
    }
  }

  @Test
  void idleReadAndConnectTimeoutsFire() throws Exception {
    Upstream silent = new Upstream(c -> {
      c.getInputStream().readAllBytes(); // takes what comes, says nothing
    });
    FullBacklog full = new FullBacklog();
    int idle = Dist.freePort();
    int read = Dist.freePort();
    int listenRead = Dist.freePort();
    int connectTo = Dist.freePort();
    PipyProcess p = start(String.join("\n",
        "pipy()",
        ".listen(" + idle + ", { idleTimeout: 1 }).handleStreamEnd(e => console.log('idle:', e.error))",
        ".listen(" + listenRead + ", { readTimeout: 1 }).handleStreamEnd(e => console.log('listen read:', e.error))",
        ".listen(" + read + ").connect('127.0.0.1:" + silent.port() + "', { readTimeout: 1 })",
        "  .handleStreamEnd(e => console.log('read:', e.error))",
        ".listen(" + connectTo + ").connect('127.0.0.1:" + full.port() + "', { connectTimeout: 1 })",
        "  .handleStreamEnd(e => console.log('connect:', e.error))",
        ""), idle, listenRead, read, connectTo);
    // Each client sends a byte (an echo comes back from the first two), then says nothing more.
    assertClosedAfterAboutASecond(idle, "x");
    assertClosedAfterAboutASecond(listenRead, "x");
    assertClosedAfterAboutASecond(read, "");
    assertClosedAfterAboutASecond(connectTo, "");
    String log = p.awaitStderr(s -> s.contains("connect: ConnectionTimeout"), Duration.ofSeconds(10), "the connect timeout");
    assertTrue(log.contains("idle: IdleTimeout"), log);
    assertTrue(log.contains("listen read: ReadTimeout"), log);
    assertTrue(log.contains("read: ReadTimeout"), log);
  }

  private static void assertClosedAfterAboutASecond(int port, String echo) throws IOException {
    try (Socket s = connect(port)) {
      long t0 = System.nanoTime();
      send(s, "x");
      assertEquals(echo, receiveAll(s));
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(millis >= 900 && millis < 8000, "a 1 s timeout closed port " + port + " after " + millis + " ms");
    }
  }

  /**
   * Without {@code --reuse-port} one acceptor hands connections to both workers. Here we differ
   * from Pipy 1.5.18 on purpose: its second worker fails to bind the port, and then nothing
   * listens.
   */
  @Test
  void twoWorkersWithoutReusePortBothServe() throws Exception {
    int port = Dist.freePort();
    Path file = Dist.write(dir, "threads.js",
        "pipy().listen(" + port + ").replaceStreamStart(evt => [new Data(`worker ${__thread.id}:`), evt])\n");
    PipyProcess p = pipy("--no-graph", "--threads=2", file.toString());
    p.awaitPort(port, START);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200 && seen.size() < 2; i++) {
      try (Socket s = connect(port)) {
        send(s, "hi");
        String r = receive(s, "worker 0:hi".length());
        assertTrue(r.endsWith(":hi"), r);
        seen.add(r);
      }
    }
    assertEquals(Set.of("worker 0:hi", "worker 1:hi"), seen, p::describe);
  }

  // ---- Helpers ----

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  private static byte[] sha256(byte[] b) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(b);
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) s.append(String.format("%02x", x));
    return s.toString();
  }

  /** What an upstream does with one accepted connection; the connection is closed after it. */
  @FunctionalInterface
  interface Session {
    void serve(Socket connection) throws Exception;
  }

  /** A TCP server on 127.0.0.1 serving each connection on its own thread. */
  final class Upstream implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    Upstream(Session session) throws IOException {
      this(0, session);
    }

    Upstream(int port, Session session) throws IOException {
      server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      resources.add(this);
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          Socket c;
          try {
            c = server.accept();
          } catch (IOException e) {
            return;
          }
          open.add(c);
          Thread t = new Thread(() -> {
            try (c) {
              session.serve(c);
            } catch (Exception e) {
              // the test sees the effect on its own client
            }
          }, "upstream-session");
          t.setDaemon(true);
          t.start();
        }
      }, "upstream-acceptor");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket s : open) s.close();
    }
  }

  /**
   * A listening socket that never accepts, with its accept queue filled: the kernel drops further
   * SYNs, so connecting to it neither succeeds nor fails, on any machine and without a network.
   */
  final class FullBacklog implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    private final List<Socket> fillers = new ArrayList<>();

    FullBacklog() throws IOException {
      resources.add(this);
      for (int i = 0; i < 16; i++) {
        Socket s = new Socket();
        fillers.add(s);
        try {
          s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 500);
        } catch (SocketTimeoutException full) {
          return;
        }
      }
      throw new IllegalStateException("the accept queue of a backlog-1 socket never filled");
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
}
