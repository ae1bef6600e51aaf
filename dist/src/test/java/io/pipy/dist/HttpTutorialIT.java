package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * examples/tutorial-01..06, our own versions of the first six parts of Pipy's tutorial, run by
 * the real launcher and checked with the requests the tutorial makes (curl, over HTTP/1.1 and
 * HTTP/2) plus Java's HttpClient and raw sockets. Parts 3 to 6 proxy to the servers of part 2,
 * as in the tutorial. Every fixed port in the scripts (8000, 8080, 8081, 8082, config.json
 * included) is moved to a free one.
 */
@Timeout(180)
class HttpTutorialIT extends PipyProcesses {

  private static final Pattern TUTORIAL_PORT = Pattern.compile("\\b(8000|8080|8081|8082)\\b");

  private final Map<String, Integer> ports = new HashMap<>();
  private final HttpClient http1 = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final HttpClient http2 = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_2).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void choosePorts() throws IOException {
    for (String p : List.of("8000", "8080", "8081", "8082")) ports.put(p, Dist.freePort());
  }

  private int port(int tutorialPort) {
    return ports.get(String.valueOf(tutorialPort));
  }

  private String url(int tutorialPort, String path) {
    return "http://127.0.0.1:" + port(tutorialPort) + path;
  }

  /**
   * Copies examples/{@code name} into the test folder with the tutorial's ports replaced (in one
   * pass, so a new port never gets replaced again) and starts it; waits for {@code listening}.
   */
  private PipyProcess start(String name, int... listening) throws Exception {
    Path from = Dist.examples().resolve(name);
    Path to = Files.createDirectories(dir.resolve(name));
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Matcher m = TUTORIAL_PORT.matcher(Files.readString(f, StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        while (m.find()) m.appendReplacement(text, String.valueOf(ports.get(m.group(1))));
        m.appendTail(text);
        Files.writeString(to.resolve(f.getFileName().toString()), text, StandardCharsets.UTF_8);
      }
    }
    PipyProcess p = pipy("--no-graph", to.resolve("main.js").toString());
    for (int port : listening) p.awaitPort(port(port), START);
    return p;
  }

  /** Part 2's three servers, the upstreams of parts 3 to 6. */
  private void startPart2() throws Exception {
    start("tutorial-02-echo", 8080, 8081, 8082);
  }

  private HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String describe(String path) {
    return "You are requesting " + path + " from 127.0.0.1\n";
  }

  @Test
  void part1GreetsEveryClientTheSameWay() throws Exception {
    assumeCurl();
    start("tutorial-01-hello", 8080);
    assertEquals(HELLO_RESPONSE, curl("-i", url(8080, "/")));
    String h2 = curl("-si", "--http2-prior-knowledge", url(8080, "/any/path?q=1"));
    assertTrue(h2.startsWith("HTTP/2 200"), h2);
    assertTrue(h2.endsWith("\r\n\r\nHi, there!\n"), h2);
    assertEquals("Hi, there!\n[2]", curl("--http2", "-w", "[%{http_version}]", "-X", "DELETE", url(8080, "/x")));
    HttpResponse<String> r = get(http2, url(8080, "/from-java"));
    assertEquals(HttpClient.Version.HTTP_2, r.version(), "Java's client upgrades to h2c");
    assertEquals("Hi, there!\n", r.body());
    // HTTP/1.0 without keep-alive: answered, then closed.
    try (Socket s = connect(port(8080))) {
      send(s, "GET / HTTP/1.0\r\n\r\n");
      assertEquals("HTTP/1.1 200 OK\r\ncontent-length: 11\r\nconnection: close\r\n\r\nHi, there!\n", receiveAll(s));
    }
  }

  @Test
  void part2EchoesBodiesAndTellsWhatWasAskedFromWhere() throws Exception {
    assumeCurl();
    startPart2();
    assertEquals("Hi, there!\n", curl(url(8080, "/")));
    assertEquals("hello", curl("-d", "hello", url(8081, "/")));
    assertEquals("hello over h2", curl("--http2-prior-knowledge", "-d", "hello over h2", url(8081, "/")));
    assertEquals(describe("/ip/a?b=c"), curl(url(8082, "/ip/a?b=c")));
    String big = "0123456789abcdef".repeat(20_000);
    HttpResponse<String> r = http1.send(HttpRequest.newBuilder(URI.create(url(8081, "/")))
        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(big)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals(big, r.body());
    // A chunked request body comes back whole, with a length.
    try (Socket s = connect(port(8081))) {
      send(s, "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
      String expected = "HTTP/1.1 200 OK\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\nhello world";
      assertEquals(expected, receive(s, expected.length()));
    }
  }

  @Test
  void part3ProxiesToTheGreetingServerOnceItIsUp() throws Exception {
    assumeCurl();
    start("tutorial-03-proxy", 8000);
    // No upstream yet: the tutorial shows exactly this answer.
    assertEquals("HTTP/1.1 502 Connection Refused\r\ncontent-length: 0\r\nconnection: keep-alive\r\n\r\n",
        curl("-i", url(8000, "/")));
    startPart2();
    assertEquals(HELLO_RESPONSE, curl("-i", url(8000, "/")));
    assertEquals("Hi, there!\n", curl("--http2-prior-knowledge", url(8000, "/h2")));
    assertEquals("Hi, there!\n", curl("--http2", url(8000, "/h2c")));
    assertEquals("Hi, there!\n", get(http2, url(8000, "/java")).body());
  }

  @Test
  void part4RoutesByPathEvenWithinOneClientConnection() throws Exception {
    assumeCurl();
    startPart2();
    start("tutorial-04-routing", 8000);
    assertEquals("Hi, there!\n", curl(url(8000, "/hi")));
    assertEquals(describe("/ip"), curl(url(8000, "/ip")));
    assertEquals("No route", curl(url(8000, "/bad")));
    String notFound = curl("-i", url(8000, "/bad"));
    assertTrue(notFound.startsWith("HTTP/1.1 404 Not Found\r\n"), notFound);
    assertEquals("echo me", curl("-d", "echo me", url(8000, "/echo")));
    // Two requests for different servers on one client connection (curl reuses it: the second
    // transfer makes no new connection) each reach their own server.
    assertEquals("Hi, there!\n[1]" + describe("/ip") + "[0]",
        curl("-w", "[%{num_connects}]", url(8000, "/hi"), url(8000, "/ip")));
    assertEquals(describe("/ip") + "[1]Hi, there!\n[0]",
        curl("-w", "[%{num_connects}]", url(8000, "/ip"), url(8000, "/hi")));
    // The same over HTTP/2, as two streams of the one connection Java's client keeps (curl
    // 7.88 fails a second prior-knowledge transfer on a reused connection, nginx's too).
    HttpResponse<String> hi = get(http2, url(8000, "/hi"));
    HttpResponse<String> ip = get(http2, url(8000, "/ip"));
    assertEquals(HttpClient.Version.HTTP_2, ip.version());
    assertEquals("Hi, there!\n" + describe("/ip"), hi.body() + ip.body());
  }

  @Test
  void part5TakesServersInTurnPerClientConnection() throws Exception {
    assumeCurl();
    startPart2();
    start("tutorial-05-load-balancing", 8000);
    assertLoadBalanced();
  }

  @Test
  void part6ReadsItsPortRoutesAndPoolsFromJson() throws Exception {
    assumeCurl();
    startPart2();
    start("tutorial-06-configuration", 8000);
    assertLoadBalanced();
  }

  /** What parts 5 and 6 show: routes as in part 4, /hi alternating between two servers. */
  private void assertLoadBalanced() throws Exception {
    assertEquals("No route", curl(url(8000, "/bad")));
    assertEquals("echo me", curl("-d", "echo me", url(8000, "/echo")));
    assertEquals(describe("/ip/x"), curl(url(8000, "/ip/x")));
    // One curl run per connection: successive connections alternate between the greeting
    // server and the describing one.
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) answers.add(curl(url(8000, "/hi")));
    for (String a : answers) assertTrue(a.equals("Hi, there!\n") || a.equals(describe("/hi")), a);
    for (int i = 1; i < answers.size(); i++) assertNotEquals(answers.get(i - 1), answers.get(i), answers.toString());
    // Within one connection the server stays the same.
    for (int i = 0; i < 2; i++) {
      String two = curl(url(8000, "/hi"), url(8000, "/hi"));
      assertTrue(two.equals("Hi, there!\nHi, there!\n") || two.equals(describe("/hi") + describe("/hi")), two);
    }
    // Java's client, one connection per request over HTTP/1.1 ("Connection: close" is not
    // allowed in its requests, so a fresh client each time).
    List<String> java = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      java.add(get(fresh, url(8000, "/hi")).body());
    }
    assertNotEquals(java.get(0), java.get(1), java.toString());
  }
}
