package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * UDP through bin/pipy: a UDP listener answering datagrams, and {@code connect(target,
 * {protocol: 'udp'})} behind a TCP, an HTTP and a UDP listener, to a UDP echo server the test
 * runs. As in Pipy 1.5.18 (checked with the same scripts), a datagram is one {@code Data} and
 * each {@code Data} sent is one datagram.
 */
@Timeout(120)
class UdpIT extends PipyProcesses {

  private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeResources() throws Exception {
    for (AutoCloseable c : resources) c.close();
  }

  @Test
  void aUdpListenerAnswersEachDatagramOfEachPeer() throws Exception {
    int port = Dist.freePort();
    Path file = Dist.write(dir, "udp.js",
        "pipy().listen(" + port + ", { protocol: 'udp' }).replaceData(d => new Data(`re(${d.size}):${d.toString().substring(0, 5)}`))\n");
    PipyProcess p = pipy("--no-graph", file.toString());
    awaitListening(p, port, "probe", "re(5):probe");
    DatagramSocket a = client();
    DatagramSocket b = client();
    assertEquals("re(3):one", exchange(a, port, "one"));
    assertEquals("re(3):two", exchange(a, port, "two"));
    assertEquals("re(5):other", exchange(b, port, "other"));
    assertEquals("re(9000):xxxxx", exchange(a, port, "x".repeat(9000)), "a large datagram is one Data");
  }

  @Test
  void connectWithProtocolUdpSendsDatagramsAndRelaysTheAnswers() throws Exception {
    assumeCurl();
    UdpEcho echo = new UdpEcho();
    int tcp = Dist.freePort();
    int http = Dist.freePort();
    int udp = Dist.freePort();
    String upstream = "'127.0.0.1:" + echo.port() + "', { protocol: 'udp' }";
    Path file = Dist.write(dir, "udp-connect.js", String.join("\n",
        "pipy()",
        ".listen(" + tcp + ").connect(" + upstream + ")",
        // Pipy 1.x's idiom: a message's body out as a datagram, each datagram back as a message.
        ".listen(" + http + ").demuxHTTP().to($=>$",
        "  .replaceMessage(msg => msg.body)",
        "  .connect(" + upstream + ")",
        "  .replaceData(d => new Message(d))",
        ")",
        ".listen(" + udp + ", { protocol: 'udp' }).connect(" + upstream + ")",
        ""));
    PipyProcess p = pipy("--no-graph", file.toString());
    p.awaitPort(tcp, START);
    p.awaitPort(http, START);
    try (Socket s = connect(tcp)) {
      send(s, "ping");
      assertEquals("echo:ping", receive(s, 9));
      send(s, "pong");
      assertEquals("echo:pong", receive(s, 9));
    }
    assertEquals("echo:hello", curl("-d", "hello", "http://127.0.0.1:" + http + "/"));
    assertEquals("echo:again", curl("-d", "again", "http://127.0.0.1:" + http + "/"));
    awaitListening(p, udp, "probe", "echo:probe");
    DatagramSocket c = client();
    assertEquals("echo:relayed", exchange(c, udp, "relayed"));
    assertEquals("echo:twice", exchange(c, udp, "twice"));
    List<String> received = new ArrayList<>(echo.received);
    received.removeIf("probe"::equals);
    assertEquals(List.of("ping", "pong", "hello", "again", "relayed", "twice"), received);
  }

  // ---- Helpers ----

  private DatagramSocket client() throws IOException {
    DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    s.setSoTimeout(5000);
    resources.add(s);
    return s;
  }

  /**
   * Sends {@code text} from a throwaway socket until {@code answer} comes back: no connection
   * tells when pipy listens on a UDP port, and late answers must not reach the test's clients.
   */
  private void awaitListening(PipyProcess p, int port, String text, String answer) throws Exception {
    long deadline = System.nanoTime() + START.toNanos();
    try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      s.setSoTimeout(200);
      while (System.nanoTime() < deadline) {
        send(s, port, text);
        try {
          assertEquals(answer, receive(s));
          return;
        } catch (SocketTimeoutException notYet) {
          // not listening yet
        }
      }
      fail("no answer on UDP port " + port + ": " + p.describe());
    }
  }

  private static void send(DatagramSocket s, int port, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    s.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), port));
  }

  private static String receive(DatagramSocket s) throws IOException {
    DatagramPacket p = new DatagramPacket(new byte[65536], 65536);
    s.receive(p);
    return new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
  }

  private static String exchange(DatagramSocket s, int port, String text) throws IOException {
    send(s, port, text);
    return receive(s);
  }

  /** A UDP server on 127.0.0.1 answering each datagram with "echo:" and the datagram. */
  final class UdpEcho implements AutoCloseable {
    private final DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    final List<String> received = new CopyOnWriteArrayList<>();

    UdpEcho() throws IOException {
      resources.add(this);
      Thread t = new Thread(() -> {
        byte[] buf = new byte[65536];
        while (!socket.isClosed()) {
          DatagramPacket d = new DatagramPacket(buf, buf.length);
          try {
            socket.receive(d);
            String text = new String(d.getData(), 0, d.getLength(), StandardCharsets.UTF_8);
            received.add(text);
            byte[] answer = ("echo:" + text).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(answer, answer.length, d.getSocketAddress()));
          } catch (IOException e) {
            return;
          }
        }
      }, "udp-echo");
      t.setDaemon(true);
      t.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() {
      socket.close();
    }
  }
}
