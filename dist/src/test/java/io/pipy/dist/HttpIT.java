package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTP/1.x and HTTP/2 end to end through bin/pipy, with real clients (curl, Java's HttpClient,
 * raw sockets): pipelining cut into small TCP segments and ended with a half-close, HTTP/1 and
 * HTTP/2 clients on one demuxHTTP port, one HTTP/2 upstream connection shared by many clients,
 * CONNECT tunnels (over HTTP/1.1 and HTTP/2), gzip both ways, WebSocket echo, static files with
 * content types and pre-compressed variants, and malformed input. Each behaviour was checked
 * against Pipy 1.5.18 by hand; where ours differs, the test says so.
 */
@Timeout(180)
class HttpIT extends PipyProcesses {

  private final ExecutorService clients = Executors.newFixedThreadPool(16);

  @AfterEach
  void stopClients() {
    clients.shutdownNow();
  }

  /** Writes {@code script} (with {@code $1}, {@code $2} … replaced by {@code ports}) and starts it. */
  private PipyProcess start(String script, int... ports) throws Exception {
    for (int i = ports.length; i >= 1; i--) script = script.replace("$" + i, String.valueOf(ports[i - 1]));
    Path file = Dist.write(dir, "http-" + System.nanoTime() + ".js", script);
    PipyProcess p = pipy("--no-graph", file.toString());
    for (int port : ports) p.awaitPort(port, START);
    return p;
  }

  private static int[] freePorts(int n) throws IOException {
    int[] ports = new int[n];
    for (int i = 0; i < n; i++) {
      do {
        ports[i] = Dist.freePort();
      } while (contains(ports, i, ports[i]));
    }
    return ports;
  }

  private static boolean contains(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) if (a[i] == v) return true;
    return false;
  }

  private static String ok(String body) {
    return "HTTP/1.1 200 OK\r\ncontent-length: " + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\nconnection: keep-alive\r\n\r\n" + body;
  }

  private static <T> List<T> all(List<Future<T>> futures) throws Exception {
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) out.add(f.get(60, TimeUnit.SECONDS));
    return out;
  }

  // ---------------------------------------------------------------- pipelining

  /** An upstream saying what it got, a proxy in front of it, and a server that answers /slow late. */
  private static final String PIPELINE_SCRIPT = String.join("\n",
      "pipy({ _path: '' })",
      ".listen($1).serveHTTP(msg => new Message(`${msg.head.method} ${msg.head.path} ${msg.body.size}`))",
      ".listen($2).demuxHTTP().to($=>$.muxHTTP().to($=>$.connect('127.0.0.1:$1')))",
      ".listen($3).demuxHTTP().to($=>$",
      "  .handleMessageStart(msg => _path = msg.head.path)",
      "  .wait(() => !_path.startsWith('/slow'), { timeout: 0.3 })",
      "  .replaceMessage(msg => new Message(`answer ${msg.head.path}`))",
      ")",
      "");

  private static final String PIPELINED_REQUESTS = ""
      + "GET /1 HTTP/1.1\r\nHost: a\r\n\r\n"
      + "GET /2 HTTP/1.1\r\nHost: a\r\nUser-Agent: raw\r\n\r\n"
      + "POST /3 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
      + "POST /4 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n"
      + "HEAD /5 HTTP/1.1\r\nHost: a\r\n\r\n"
      + "GET /6 HTTP/1.1\r\nHost: a\r\n\r\n";

  private static final String PIPELINED_ANSWERS = ok("GET /1 0") + ok("GET /2 0") + ok("POST /3 5") + ok("POST /4 7")
      + "HTTP/1.1 200 OK\r\ncontent-length: 9\r\nconnection: keep-alive\r\n\r\n" + ok("GET /6 0"); // HEAD: no body

  /** Sends {@code text} a few bytes at a time (Nagle off, a pause after each), then half-closes. */
  private static String trickleThenHalfClose(int port, String text, int piece) throws Exception {
    try (Socket s = connect(port)) {
      s.setTcpNoDelay(true);
      OutputStream out = s.getOutputStream();
      byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
      for (int i = 0; i < b.length; i += piece) {
        out.write(b, i, Math.min(piece, b.length - i));
        out.flush();
        Thread.sleep(2);
      }
      s.shutdownOutput();
      return receiveAll(s);
    }
  }

  @Test
  void pipelinedRequestsInSmallSegmentsThenAHalfCloseGetEveryAnswerInOrder() throws Exception {
    int[] p = freePorts(3);
    start(PIPELINE_SCRIPT, p);
    for (int piece : new int[] {1, 7, 50}) {
      assertEquals(PIPELINED_ANSWERS, trickleThenHalfClose(p[0], PIPELINED_REQUESTS, piece), "serveHTTP, pieces of " + piece);
      assertEquals(PIPELINED_ANSWERS, trickleThenHalfClose(p[1], PIPELINED_REQUESTS, piece), "proxied, pieces of " + piece);
    }
    // All in one write, and the first answers come last: still sent in request order.
    try (Socket s = connect(p[2])) {
      send(s, get("/slow/1") + get("/fast/2") + get("/slow/3") + get("/fast/4"));
      s.shutdownOutput();
      assertEquals(ok("answer /slow/1") + ok("answer /fast/2") + ok("answer /slow/3") + ok("answer /fast/4"), receiveAll(s));
    }
  }

  // ---------------------------------------------------------------- HTTP/1 and HTTP/2 on one port

  @Test
  void http1AndHttp2ClientsTogetherThroughOneDemuxPort() throws Exception {
    assumeCurl();
    int[] p = freePorts(2);
    start(String.join("\n",
        "pipy()",
        ".listen($1).serveHTTP(msg => new Message(`${msg.head.method} ${msg.head.path} ${msg.body.size}`))",
        ".listen($2).demuxHTTP().to($=>$.muxHTTP().to($=>$.connect('127.0.0.1:$1')))",
        ""), p);
    String base = "http://127.0.0.1:" + p[1];
    HttpClient java1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clients).build();
    HttpClient java2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).executor(clients).build();
    String big = "x".repeat(300_000);
    List<Callable<String>> work = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      String r = "/" + round;
      work.add(() -> curl("-w", " %{http_version}", base + r + "/curl1"));
      work.add(() -> curl("-w", " %{http_version}", "--http2", "-d", "hello", base + r + "/curl-h2c"));
      work.add(() -> curl("-w", " %{http_version}", "--http2-prior-knowledge", base + r + "/curl-h2"));
      work.add(() -> {
        HttpResponse<String> x = java1.send(HttpRequest.newBuilder(URI.create(base + r + "/java1"))
            .POST(HttpRequest.BodyPublishers.ofString(big)).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString());
        return x.body() + " " + x.version();
      });
      work.add(() -> {
        HttpResponse<String> x = java2.send(HttpRequest.newBuilder(URI.create(base + r + "/java2"))
            .POST(HttpRequest.BodyPublishers.ofString(big)).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString());
        return x.body() + " " + x.version();
      });
      work.add(() -> {
        try (Socket s = connect(p[1])) {
          send(s, get(r + "/raw-a") + get(r + "/raw-b"));
          return receive(s, ok("GET " + r + "/raw-a 0").length() + ok("GET " + r + "/raw-b 0").length());
        }
      });
    }
    // Java's HTTP/2 client upgrades its first request with h2c; let it do that alone first so
    // the concurrent ones find the HTTP/2 connection.
    assertEquals("GET /warm 0 HTTP_2", java2.send(HttpRequest.newBuilder(URI.create(base + "/warm")).build(),
        HttpResponse.BodyHandlers.ofString()).body() + " HTTP_2");
    List<String> answers = all(clients.invokeAll(work));
    for (int round = 0, i = 0; round < 3; round++) {
      String r = "/" + round;
      assertEquals("GET " + r + "/curl1 0 1.1", answers.get(i++));
      assertEquals("POST " + r + "/curl-h2c 5 2", answers.get(i++));
      assertEquals("GET " + r + "/curl-h2 0 2", answers.get(i++));
      assertEquals("POST " + r + "/java1 300000 HTTP_1_1", answers.get(i++));
      assertEquals("POST " + r + "/java2 300000 HTTP_2", answers.get(i++));
      assertEquals(ok("GET " + r + "/raw-a 0") + ok("GET " + r + "/raw-b 0"), answers.get(i++));
    }
  }

  // ---------------------------------------------------------------- a shared HTTP/2 upstream

  @Test
  void oneHttp2UpstreamConnectionServesManyClients() throws Exception {
    int[] p = freePorts(3);
    // The upstream counts the connections it accepts and holds each answer 0.3 s, so that the
    // requests of all the clients are in flight on the upstream together.
    start(String.join("\n",
        "var accepted = 0",
        "pipy({ _seen: 0 })",
        ".listen($1)",
        "  .handleStreamStart(() => { accepted++ })",
        "  .demuxHTTP().to($=>$",
        "    .handleMessageStart(() => { _seen = accepted })",
        "    .wait(() => false, { timeout: 0.3 })",
        "    .replaceMessage(msg => new Message(`${msg.head.path} over ${msg.head.protocol ?? 'HTTP/2'}`))",
        "  )",
        ".listen($2).serveHTTP(() => new Message(`${accepted}`))",
        ".listen($3).demuxHTTP().to($=>$.muxHTTP(() => 'everyone', { version: 2 }).to($=>$.connect('127.0.0.1:$1')))",
        ""), p);
    // Connections the upstream accepted before: the launcher's check that it listens makes one.
    int before = Integer.parseInt(body(p[1]));
    int n = 24;
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<String>> work = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String path = "/client/" + i;
      work.add(() -> {
        try (Socket s = connect(p[2])) {
          go.await();
          send(s, "GET " + path + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
          return receiveAll(s);
        }
      });
    }
    List<Future<String>> futures = new ArrayList<>();
    for (Callable<String> c : work) futures.add(clients.submit(c));
    go.countDown();
    List<String> answers = all(futures);
    for (int i = 0; i < n; i++) {
      String body = "/client/" + i + " over HTTP/2";
      assertTrue(answers.get(i).startsWith("HTTP/1.1 200 OK\r\n") && answers.get(i).endsWith("\r\n\r\n" + body), answers.get(i));
    }
    assertEquals(before + 1, Integer.parseInt(body(p[1])), "upstream connections accepted for " + n + " clients");
  }

  /** The body of GET / on {@code port}, over a raw socket. */
  private static String body(int port) throws IOException {
    try (Socket s = connect(port)) {
      send(s, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
      String r = receiveAll(s);
      return r.substring(r.indexOf("\r\n\r\n") + 4);
    }
  }

  // ---------------------------------------------------------------- CONNECT

  /**
   * $1: a TCP echo; $2: an HTTP proxy accepting CONNECT to any target; $3, $4: pipy as a tunnel
   * client to $1 through $2 over HTTP/1.1 and HTTP/2; $5: an HTTP server to reach through $2.
   */
  private static final String TUNNEL_SCRIPT = String.join("\n",
      "pipy({ _target: '' })",
      ".listen($1).handleData(() => {})",
      ".listen($2).demuxHTTP().to($=>$",
      "  .acceptHTTPTunnel(msg => (_target = msg.head.path, new Message({ status: 200 })))",
      "  .to($=>$.connect(() => _target))",
      ")",
      ".listen($3).connectHTTPTunnel(new Message({ method: 'CONNECT', path: '127.0.0.1:$1' }))",
      "  .to($=>$.muxHTTP().to($=>$.connect('127.0.0.1:$2')))",
      ".listen($4).connectHTTPTunnel(new Message({ method: 'CONNECT', path: '127.0.0.1:$1' }))",
      "  .to($=>$.muxHTTP({ version: 2 }).to($=>$.connect('127.0.0.1:$2')))",
      ".listen($5).serveHTTP(msg => new Message(`tunneled ${msg.head.path}`))",
      "");

  @Test
  void connectTunnelsCarryBytesBothWays() throws Exception {
    int[] p = freePorts(5);
    start(TUNNEL_SCRIPT, p);
    // A raw client: CONNECT, the 200, then bytes both ways through to the echo.
    try (Socket s = connect(p[1])) {
      send(s, "CONNECT 127.0.0.1:" + p[0] + " HTTP/1.1\r\nHost: 127.0.0.1:" + p[0] + "\r\n\r\n");
      // No content-length: a 2xx to CONNECT has no body and says nothing of one (as Pipy).
      String established = "HTTP/1.1 200 OK\r\nconnection: keep-alive\r\n\r\n";
      assertEquals(established, receive(s, established.length()));
      byte[] payload = randomBytes(200_000);
      s.getOutputStream().write(payload);
      assertArrayEquals(payload, readExactly(s.getInputStream(), payload.length));
      // A half-close goes through: the last bytes still come back, then the end.
      s.getOutputStream().write(payload, 0, 1000);
      s.shutdownOutput();
      assertArrayEquals(java.util.Arrays.copyOf(payload, 1000), s.getInputStream().readAllBytes());
    }
    // pipy's own tunnel client, over HTTP/1.1 and over HTTP/2, to the same proxy; the client
    // half-closes at once, before the tunnel is even open.
    for (int client : new int[] {p[2], p[3]}) {
      try (Socket s = connect(client)) {
        byte[] payload = randomBytes(100_000);
        s.getOutputStream().write(payload);
        s.shutdownOutput();
        assertArrayEquals(payload, s.getInputStream().readAllBytes(), "through port " + client);
      }
    }
  }

  @Test
  void curlTunnelsThroughTheProxy() throws Exception {
    assumeCurl();
    int[] p = freePorts(5);
    start(TUNNEL_SCRIPT, p);
    String url = "http://127.0.0.1:" + p[4] + "/via/tunnel";
    assertEquals("tunneled /via/tunnel", curl("-p", "-x", "http://127.0.0.1:" + p[1], url));
    String verbose = curl("-v", "-p", "-x", "http://127.0.0.1:" + p[1], "-o", "/dev/null", "-w", "%{http_connect}", url);
    assertEquals("200", verbose);
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  private static byte[] readExactly(InputStream in, int n) throws IOException {
    byte[] b = new byte[n];
    int got = 0;
    while (got < n) {
      int r = in.read(b, got, n - got);
      if (r < 0) throw new IOException("closed after " + got + " of " + n + " bytes");
      got += r;
    }
    return b;
  }

  // ---------------------------------------------------------------- gzip

  /**
   * A server that decompresses request bodies (decompressHTTP), answers with what it got, and
   * gzips the answer when the client accepts gzip (compressHTTP, choosing per message).
   */
  private static final String GZIP_SCRIPT = String.join("\n",
      "pipy({ _gzip: false })",
      ".listen($1).demuxHTTP().to($=>$",
      "  .handleMessageStart(msg => _gzip = (msg.head.headers['accept-encoding'] || '').includes('gzip'))",
      "  .decompressHTTP()",
      "  .replaceMessage(msg => new Message({ headers: { 'content-type': 'text/plain' } }, 'got: ' + msg.body.toString()))",
      "  .compressHTTP(() => _gzip ? 'gzip' : undefined)",
      ")",
      "");

  @Test
  void gzipRoundTripsWithCurl() throws Exception {
    assumeCurl();
    int[] p = freePorts(1);
    start(GZIP_SCRIPT, p);
    String url = "http://127.0.0.1:" + p[0] + "/";
    assertEquals("got: plain", curl("-d", "plain", url));
    String head = curl("-s", "-D", "-", "-o", "/dev/null", "--compressed", "-d", "zip me", url);
    assertTrue(head.contains("content-encoding: gzip\r\n"), head);
    assertEquals("got: zip me", curl("--compressed", "-d", "zip me", url));
    assertEquals("got: zip me over h2", curl("--compressed", "--http2-prior-knowledge", "-d", "zip me over h2", url));
    // A gzipped request body, read back decompressed.
    Path gz = dir.resolve("body.gz");
    Files.write(gz, gzip("a compressed request".getBytes(StandardCharsets.UTF_8)));
    assertEquals("got: a compressed request",
        curl("--compressed", "-H", "content-encoding: gzip", "--data-binary", "@" + gz, url));
  }

  @Test
  void gzipRoundTripsWithJavasClient() throws Exception {
    int[] p = freePorts(1);
    start(GZIP_SCRIPT, p);
    String text = "line of text to squeeze\n".repeat(20_000);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p[0] + "/"))
        .header("Content-Encoding", "gzip").header("Accept-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(text.getBytes(StandardCharsets.UTF_8))))
        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", r.headers().firstValue("content-encoding").orElse(null));
    assertTrue(r.body().length < text.length() / 10, "the answer is compressed: " + r.body().length + " bytes");
    assertEquals("got: " + text, new String(gunzip(r.body()), StandardCharsets.UTF_8));
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] b) throws IOException {
    try (GZIPInputStream z = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
      return z.readAllBytes();
    }
  }

  // ---------------------------------------------------------------- WebSocket

  /** RFC 6455's sample key and the accept value it must get. */
  private static final String WS_KEY = "dGhlIHNhbXBsZSBub25jZQ==";

  @Test
  void webSocketEchoesTextBinaryPingAndClose() throws Exception {
    int[] p = freePorts(1);
    String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
        .digest((WS_KEY + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
    // PipyJS has no SHA-1 here (no crypto module yet), so the script knows the one key's answer.
    start(String.join("\n",
        "var accepts = { '" + WS_KEY + "': '" + accept + "' }",
        "pipy()",
        ".listen($1).demuxHTTP().to($=>$",
        "  .acceptHTTPTunnel(req => new Message({ status: 101, headers: {",
        "    upgrade: 'websocket', connection: 'Upgrade',",
        "    'sec-websocket-accept': accepts[req.head.headers['sec-websocket-key']],",
        "  } }))",
        "  .to($=>$",
        "    .decodeWebSocket()",
        "    .replaceMessage(msg => (",
        "      msg.head.opcode === 1 ? new Message({ opcode: 1 }, 'echo: ' + msg.body.toString()) :",
        "      msg.head.opcode === 9 ? new Message({ opcode: 10 }, msg.body) :",
        "      new Message({ opcode: msg.head.opcode }, msg.body)",
        "    ))",
        "    .encodeWebSocket()",
        "  )",
        ")",
        ""), p);
    try (Socket s = connect(p[0])) {
      send(s, "GET /chat HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Key: " + WS_KEY + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
      String head = readHead(s.getInputStream());
      assertTrue(head.startsWith("HTTP/1.1 101 Switching Protocols\r\n"), head);
      assertTrue(head.contains("sec-websocket-accept: " + accept + "\r\n"), head);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      String text = "héllo ".repeat(30); // 210 bytes: a 16-bit length
      out.write(WebSocketFrame.masked(1, text.getBytes(StandardCharsets.UTF_8)));
      WebSocketFrame f = WebSocketFrame.read(in);
      assertEquals(1, f.opcode());
      assertFalse(f.masked(), "server frames are not masked");
      assertEquals("echo: " + text, new String(f.payload(), StandardCharsets.UTF_8));
      byte[] binary = randomBytes(70_000); // a 64-bit length
      out.write(WebSocketFrame.masked(2, binary));
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      do {
        f = WebSocketFrame.read(in);
        got.write(f.payload());
      } while (!f.fin());
      assertArrayEquals(binary, got.toByteArray());
      out.write(WebSocketFrame.masked(9, "are you there".getBytes(StandardCharsets.US_ASCII)));
      f = WebSocketFrame.read(in);
      assertEquals(10, f.opcode());
      assertEquals("are you there", new String(f.payload(), StandardCharsets.US_ASCII));
      out.write(WebSocketFrame.masked(8, new byte[] {0x03, (byte) 0xe8}));
      f = WebSocketFrame.read(in);
      assertEquals(8, f.opcode());
      assertArrayEquals(new byte[] {0x03, (byte) 0xe8}, f.payload());
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    while (!sb.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) throw new IOException("closed in the head: " + sb);
      sb.append((char) c);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- static files

  @Test
  void staticFilesWithContentTypesAndPrecompressedVariants() throws Exception {
    assumeCurl();
    Path www = Files.createDirectories(dir.resolve("www"));
    Files.writeString(www.resolve("index.html"), "<h1>home</h1>\n");
    Files.writeString(www.resolve("style.css"), "body { margin: 0 }\n");
    Files.writeString(www.resolve("app.min.js"), "console.log(1)\n");
    Files.writeString(www.resolve("data.json"), "{\"a\":1}\n");
    Files.write(www.resolve("blob.bin"), new byte[] {0, 1, 2, 3});
    Files.createDirectories(www.resolve("docs"));
    Files.writeString(www.resolve("docs/index.html"), "<p>docs</p>\n");
    String big = "compress me please\n".repeat(2000);
    Files.writeString(www.resolve("big.txt"), big);
    byte[] bigGz = gzip(big.getBytes(StandardCharsets.UTF_8));
    Files.write(www.resolve("big.txt.gz"), bigGz);
    // Not real brotli (the JVM cannot make it): the server sends the bytes as they are.
    Files.writeString(www.resolve("big.txt.br"), "pretend brotli");
    int[] p = freePorts(2);
    start(String.join("\n",
        "var dir = new http.Directory('" + www + "', { fs: true })",
        "var notFound = new Message({ status: 404 }, 'not found')",
        "pipy()",
        ".listen($1).serveHTTP(req => dir.serve(req) || notFound)",
        ".listen($2).serveHTTP(req => http.File.from('www' + req.head.path)?.toMessage?.(req.head.headers['accept-encoding']) || notFound)",
        ""), p);
    String base = "http://127.0.0.1:" + p[0];
    assertEquals("text/html <h1>home</h1>\n", typeAndBody(base + "/"));
    assertEquals("text/html <p>docs</p>\n", typeAndBody(base + "/docs/"));
    assertEquals("text/css body { margin: 0 }\n", typeAndBody(base + "/style.css?v=3"));
    assertEquals("application/javascript console.log(1)\n", typeAndBody(base + "/app.min.js"));
    assertEquals("application/json {\"a\":1}\n", typeAndBody(base + "/data.json"));
    assertEquals("application/octet-stream \0\1\2\3", typeAndBody(base + "/blob.bin"));
    assertEquals("404 not found", curl("-w", "%{http_code} ", "-o", "/dev/null", base + "/nope.html") + curl(base + "/nope.html"));
    assertEquals("404", curl("--path-as-is", "-o", "/dev/null", "-w", "%{http_code}", base + "/../" + dir.getFileName() + "/www/index.html"));
    // Variants: br when accepted, else gzip when accepted, else the file itself.
    assertEquals("br|text/plain|pretend brotli", variant(base + "/big.txt", "gzip, br"));
    assertEquals("gzip|text/plain|" + bigGz.length, variant(base + "/big.txt", "gzip"));
    assertEquals("|text/plain|" + big.length(), variant(base + "/big.txt", "identity"));
    assertEquals(big, curl("--compressed", "-H", "accept-encoding: gzip", base + "/big.txt"));
    assertEquals(big, curl("--http2-prior-knowledge", "--compressed", "-H", "accept-encoding: gzip", base + "/big.txt"));
    // http.File, resolved in the codebase (the script's folder).
    String files = "http://127.0.0.1:" + p[1];
    assertEquals("text/css body { margin: 0 }\n", typeAndBody(files + "/style.css"));
    assertEquals("gzip|text/plain|" + bigGz.length, variant(files + "/big.txt", "gzip"));
    assertEquals("404", curl("-o", "/dev/null", "-w", "%{http_code}", files + "/missing.css"));
  }

  /** "content-type body" of a GET. */
  private String typeAndBody(String url) throws Exception {
    Path body = Files.createTempFile(dir, "body-", ".out");
    String type = curl("-o", body.toString(), "-w", "%{content_type}", url);
    return type + " " + Files.readString(body, StandardCharsets.ISO_8859_1);
  }

  /** "content-encoding|content-type|body" (the body's size when not brotli) for accept-encoding {@code accept}. */
  private String variant(String url, String accept) throws Exception {
    String r = curl("-i", "-H", "accept-encoding: " + accept, url);
    int split = r.indexOf("\r\n\r\n");
    String head = r.substring(0, split).toLowerCase(java.util.Locale.ROOT);
    String body = r.substring(split + 4);
    String encoding = header(head, "content-encoding");
    return encoding + "|" + header(head, "content-type") + "|" + (encoding.equals("br") ? body : body.length());
  }

  private static String header(String head, String name) {
    for (String line : head.split("\r\n")) {
      if (line.startsWith(name + ": ")) return line.substring(name.length() + 2);
    }
    return "";
  }

  // ---------------------------------------------------------------- malformed input

  @Test
  void malformedRequestsGetAnErrorAndACleanClose() throws Exception {
    int[] p = freePorts(3);
    PipyProcess pipy = start(String.join("\n",
        "pipy()",
        ".listen($1).serveHTTP(msg => new Message('fine'))",
        ".listen($2).demuxHTTP().to($=>$.replaceMessage(new Message('fine')))",
        ".listen($3).demuxHTTP().to($=>$.muxHTTP().to($=>$.connect('127.0.0.1:$1')))",
        ""), p);
    String[][] cases = {
        {"GARBAGE\r\n\r\n", "400 Bad Request"},
        {"GET / HTTP/1.1\r\nHost a\r\n\r\n", "400 Bad Request"},
        {"GET / HTTP/1.1\r\nHost : a\r\n\r\n", "400 Bad Request"},
        {"GET / HTTP/1.1\r\nContent-Length: abc\r\n\r\n", "400 Bad Request"},
        {"POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", "400 Bad Request"},
        {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "400 Bad Request"},
        {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", "400 Bad Request"},
        {"GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n", "400 Bad Request"},
        {"GET / HTTP/9.9\r\n\r\n", "505 HTTP Version Not Supported"},
        {"GET / HTTP/1.1\r\nX: " + "a".repeat(20_000) + "\r\n\r\n", "431 Request Header Fields Too Large"},
        {"GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n\r\n", "414 URI Too Long"},
        // A TLS ClientHello: refused at once, without waiting for a line end.
        {"\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003", "400 Bad Request"},
    };
    for (int port : p) {
      for (String[] c : cases) {
        try (Socket s = connect(port)) {
          send(s, c[0]);
          String r = receiveAll(s); // the server closes: reading to the end must not time out
          assertEquals("HTTP/1.1 " + c[1] + "\r\ncontent-length: 0\r\nconnection: close\r\n\r\n", r,
              "port " + port + ": " + c[0].substring(0, Math.min(40, c[0].length())));
        }
      }
      // Answers already due are sent before the error.
      try (Socket s = connect(port)) {
        send(s, get("/ok") + "BAD LINE\r\n\r\n");
        assertEquals(ok("fine") + "HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n", receiveAll(s));
      }
      // And the server is still there.
      assertEquals(ok("fine"), exchange(port, get("/"), ok("fine").length()));
    }
    assertFalse(pipy.stderr().contains("Exception"), pipy::describe);
  }

  @Test
  void http2ProtocolErrorsGetAGoawayAndAClose() throws Exception {
    int[] p = freePorts(2);
    PipyProcess pipy = start(String.join("\n",
        "pipy()",
        ".listen($1).serveHTTP(msg => new Message('fine'))",
        ".listen($2).demuxHTTP().to($=>$.replaceMessage(new Message('fine')))",
        ""), p);
    byte[] preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] settings = H2Frames.frame(4, 0, 0, new byte[0]);
    byte[][] bad = {
        H2Frames.frame(0, 0, 0, "x".getBytes(StandardCharsets.US_ASCII)),   // DATA on stream 0
        H2Frames.frame(4, 0, 1, new byte[0]),                                // SETTINGS on a stream
        H2Frames.frame(8, 0, 0, new byte[] {0, 0, 0, 0}),                    // a zero window increment
        H2Frames.frame(1, 4, 2, new byte[] {(byte) 0x82}),                   // HEADERS on an even stream
        {0, 0, 8, 6, 0, 0, 0, 0, 0, 1, 2, 3},                                // PING cut short, then end
    };
    for (int port : p) {
      for (byte[] frame : bad) {
        try (Socket s = connect(port)) {
          OutputStream out = s.getOutputStream();
          out.write(H2Frames.join(preface, settings, frame));
          out.flush();
          if (frame.length == 12) s.shutdownOutput();
          List<int[]> frames = H2Frames.readAll(s.getInputStream());
          int[] last = frames.get(frames.size() - 1);
          if (frame.length == 12) {
            assertTrue(frames.stream().noneMatch(f -> f[0] == 1), "no answer to a cut-short connection");
          } else {
            assertEquals(7, last[0], "GOAWAY last, then close: " + H2Frames.describe(frames));
            assertEquals(1, last[1], "PROTOCOL_ERROR: " + H2Frames.describe(frames));
          }
        }
      }
      // A well-formed request on a new connection is answered.
      try (Socket s = connect(port)) {
        OutputStream out = s.getOutputStream();
        out.write(H2Frames.join(preface, settings, H2Frames.frame(1, 5, 1, H2Frames.getRoot())));
        out.flush();
        s.shutdownOutput();
        List<int[]> frames = H2Frames.readAll(s.getInputStream());
        assertTrue(frames.stream().anyMatch(f -> f[0] == 1 && f[2] == 1), H2Frames.describe(frames));
      }
    }
    assertFalse(pipy.stderr().contains("Exception"), pipy::describe);
  }
}
