package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proxies written as scripts, driven by real clients: an HTTP reverse proxy (HTTP/1.1, HTTP/2 by
 * prior knowledge and by h2c upgrade, through curl), an upstream that is down, an L4 proxy,
 * http.Agent, two workers sharing a port, and an L4 proxy on each I/O transport.
 */
@Timeout(180)
class ProxyIT extends PipyProcesses {

  private PipyProcess start(String script, int... ports) throws Exception {
    Path file = Dist.write(dir, "proxy.js", script);
    PipyProcess p = pipy("--no-graph", file.toString());
    for (int port : ports) p.awaitPort(port, START);
    return p;
  }

  @Test
  void reverseProxyOverHttp1AndHttp2() throws Exception {
    assumeCurl();
    int up = Dist.freePort();
    int proxy = Dist.freePort();
    int l4 = Dist.freePort();
    int down = Dist.freePort();
    int agent = Dist.freePort();
    start(String.join("\n",
        "var client = new http.Agent('127.0.0.1:" + up + "');",
        "pipy()",
        ".listen(" + up + ").serveHTTP(msg => new Message(`up ${msg.head.method} ${msg.head.path} ${msg.body.size}`))",
        ".listen(" + proxy + ").demuxHTTP().to($=>$.muxHTTP().to($=>$.connect('127.0.0.1:" + up + "')))",
        ".listen(" + down + ").demuxHTTP().to($=>$.muxHTTP().to($=>$.connect('127.0.0.1:" + Dist.freePort() + "')))",
        ".listen(" + l4 + ").connect('127.0.0.1:" + up + "')",
        ".listen(" + agent + ").serveHTTP(() => client.request('GET', '/via-agent').then(r => new Message(r.head.status + ' ' + r.body.toString())))",
        ""), up, proxy, l4, down, agent);
    String base = "http://127.0.0.1:" + proxy;
    assertEquals("up GET /a 0", curl(base + "/a"));
    assertEquals("up POST /b 5", curl("-d", "hello", base + "/b"));
    assertEquals("up GET /c 0", curl("--http2-prior-knowledge", base + "/c"));
    assertEquals("up GET /d 0", curl("--http2", base + "/d"));
    String h2 = curl("--http2-prior-knowledge", "-si", base + "/e");
    assertTrue(h2.startsWith("HTTP/2 200"), h2);
    // The upstream's answer arrives in one read, so it goes out whole, with its length, as Pipy's.
    assertTrue(h2.contains("\r\ncontent-length: 11\r\n"), h2);
    String head = curl("--http2-prior-knowledge", "-sI", base + "/e");
    assertTrue(head.startsWith("HTTP/2 200") && head.contains("\r\ncontent-length: 12\r\n"), head); // "up HEAD /e 0"
    String refused = curl("-si", "http://127.0.0.1:" + down + "/x");
    assertTrue(refused.startsWith("HTTP/1.1 502 Connection Refused\r\n"), refused);
    try (Socket s = connect(l4)) {
      send(s, "GET /l4 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
      String r = receiveAll(s);
      assertTrue(r.startsWith("HTTP/1.1 200 OK") && r.endsWith("up GET /l4 0"), r);
    }
    assertEquals("200 up GET /via-agent 0", curl("http://127.0.0.1:" + agent + "/"));
  }

  @Test
  void twoWorkersOnOnePortBothServe() throws Exception {
    int port = Dist.freePort();
    Path file = Dist.write(dir, "threads.js",
        "pipy().listen(" + port + ").serveHTTP(() => new Message(`worker ${__thread.id} of ${__thread.concurrency}`))\n");
    PipyProcess p = pipy("--no-graph", "--threads=2", "--reuse-port", file.toString());
    p.awaitPort(port, START);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200 && seen.size() < 2; i++) {
      try (Socket s = connect(port)) {
        send(s, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        String r = receiveAll(s);
        seen.add(r.substring(r.indexOf("worker ")));
      }
    }
    assertEquals(Set.of("worker 0 of 2", "worker 1 of 2"), seen, p::describe);
  }

  /**
   * The same L4 proxy in front of an HTTP server on each transport {@code --io} offers, with two
   * workers and SO_REUSEPORT: the log names the transport, and requests get through both ways.
   * (io_uring is available on this project's CI kernels; where a kernel refuses it, pipy says so
   * and exits non-zero, which this test then checks instead.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"epoll", "io_uring", "nio"})
  void l4ProxyOnEachTransport(String io) throws Exception {
    int up = Dist.freePort();
    int l4 = Dist.freePort();
    Path file = Dist.write(dir, "l4-" + io + ".js", String.join("\n",
        "pipy()",
        ".listen(" + up + ").serveHTTP(msg => new Message(`up ${msg.body.size} on ${__thread.id}`))",
        ".listen(" + l4 + ").connect('127.0.0.1:" + up + "')",
        ""));
    PipyProcess p = pipy("--no-graph", "--threads=2", "--reuse-port", "--io=" + io, file.toString());
    if (io.equals("io_uring") && !ioUringAvailable()) {
      assertTrue(p.waitForExit(START) != 0, p::describe);
      assertTrue(p.stderr().contains("io_uring is not available"), p::describe);
      return;
    }
    p.awaitPort(l4, START);
    assertTrue(p.stderr().contains("[listener] I/O transport: " + io + ", 2 workers"), p::describe);
    for (int i = 0; i < 20; i++) {
      try (Socket s = connect(l4)) {
        String body = "x".repeat(i * 1000);
        send(s, "POST /l4 HTTP/1.1\r\nHost: a\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        String r = receiveAll(s);
        assertTrue(r.startsWith("HTTP/1.1 200 OK") && r.contains("up " + body.length() + " on "), r);
      }
    }
  }

  private static boolean ioUringAvailable() {
    try {
      return io.netty.channel.uring.IoUring.isAvailable();
    } catch (LinkageError e) {
      return false;
    }
  }
}
