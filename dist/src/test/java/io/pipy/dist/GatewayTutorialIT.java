package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.dist.HttpConnection.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our plugin gateway ({@code tutorials/gateway}, Pipy 0.50's configuration style), modelled on
 * Pipy's tutorials 08 to 19, against real upstreams: each test runs it with the plugins of one
 * tutorial, the last one with all of them. What is asserted was first seen in Pipy 1.5.18
 * running the same scripts, with the forms it no longer takes rewritten to their 1.x
 * equivalents (conditional {@code link}, {@code merge}, {@code handleMessage('256k', ...)} and
 * the older {@code throttleMessageRate(limit, account)}).
 */
@Timeout(120)
class GatewayTutorialIT extends TutorialProcesses {

  /** The log collector of the logging plugins. */
  private Upstream collector;
  /** Threads for clients running side by side. */
  private final ExecutorService clients = Executors.newCachedThreadPool();

  @BeforeEach
  void startCollector() throws IOException {
    collector = Upstream.start("collector");
  }

  @AfterEach
  void stopCollectorAndClients() {
    if (collector != null) collector.close();
    clients.shutdownNow();
  }

  /** Runs the gateway with {@code plugins} (names under plugins/), or as configured if none. */
  private PipyProcess gateway(String... plugins) throws Exception {
    Path folder = copy("gateway", tokens("LOG", collector.port()));
    if (plugins.length > 0) {
      String list = Arrays.stream(plugins).map(p -> "\"plugins/" + p + ".js\"").collect(Collectors.joining(", "));
      Files.writeString(folder.resolve("config/gateway.json"),
          "{ \"listen\": " + port + ", \"plugins\": [" + list + "] }\n", StandardCharsets.UTF_8);
    }
    return run(folder, "proxy.js");
  }

  /** The body of the answer to {@code GET path} on a connection of its own. */
  private String fetch(String path, String... headers) throws IOException {
    return HttpConnection.once(port, "GET", path, null, headers).body();
  }

  @Test
  void balancerWithoutPoolSharesOneUpstreamConnectionPerTarget() throws Exception {
    gateway("router", "balancer-basic", "not-found");
    List<String> turns = new ArrayList<>();
    for (int i = 0; i < 4; i++) turns.add(helloTarget(fetch("/hello")));
    assertEquals(List.of("hello-a", "hello-b", "hello-a", "hello-b"), turns);
    try (HttpConnection c = new HttpConnection(port)) {
      String first = helloTarget(c.get("/hello/1").body());
      assertEquals(first, helloTarget(c.get("/hello/2").body()), "a connection keeps its target");
    }
    try (HttpConnection c1 = new HttpConnection(port); HttpConnection c2 = new HttpConnection(port)) {
      assertEquals("echo POST /echo one\n", c1.post("/echo", "one").body());
      assertEquals("echo POST /echo two\n", c2.post("/echo", "two").body());
    }
    assertEquals("echo POST /echo three\n", HttpConnection.once(port, "POST", "/echo", "three").body());
    assertEquals(1, echo.connections().size(), "muxHTTP keyed by the target: every client shares one upstream connection");
    Response none = HttpConnection.once(port, "GET", "/nowhere", null);
    assertEquals(404, none.status());
    assertEquals("no service for /nowhere\n", none.body());
  }

  @Test
  void connectionPool() throws Exception {
    gateway("router", "balancer-pool", "not-found");
    try (HttpConnection c1 = new HttpConnection(port); HttpConnection c2 = new HttpConnection(port)) {
      assertEquals("echo POST /echo one\n", c1.post("/echo", "one").body());
      assertEquals("echo POST /echo two\n", c2.post("/echo", "two").body());
      assertEquals("echo POST /echo one-again\n", c1.post("/echo", "one-again").body());
    }
    List<Upstream.Hit> hits = echo.hits();
    assertNotEquals(hits.get(0).clientPort(), hits.get(1).clientPort(), "clients at the same time get upstream connections of their own");
    assertEquals(hits.get(0).clientPort(), hits.get(2).clientPort(), "a client keeps its upstream connection");
    Set<Integer> pooled = echo.connections();
    assertEquals("echo POST /echo later\n", HttpConnection.once(port, "POST", "/echo", "later").body());
    assertEquals(pooled, echo.connections(), "a later client reuses a pooled upstream connection");
    assertEquals(List.of("hello-a", "hello-b"), List.of(helloTarget(fetch("/hello")), helloTarget(fetch("/hello"))));
  }

  @Test
  void pathRewriting() throws Exception {
    gateway("router", "balancer-pool", "not-found");
    assertEquals("whoami GET /users/1\n", fetch("/api/whoami/users/1"));
    assertEquals("whoami GET /\n", fetch("/api/whoami"));
    assertEquals("whoami GET /?a=b\n", fetch("/api/whoami/?a=b"));
    assertEquals("whoami GET /api/whoami/x\n", fetch("/api/whoami/x", "Host", "admin.gw.test"), "a host route, not rewritten");
    assertEquals(List.of("/users/1", "/", "/?a=b", "/api/whoami/x"), whoami.hits().stream().map(Upstream.Hit::path).toList());
  }

  @Test
  void requestLogToAnHttpCollector() throws Exception {
    gateway("router", "logger", "access-log", "balancer-pool", "not-found");
    try (HttpConnection c = new HttpConnection(port)) {
      assertEquals(200, c.get("/hello").status());
      assertEquals("echo POST /echo ping\n", c.post("/echo", "ping").body());
      assertEquals(404, c.get("/nowhere").status());
    }
    assertTrue(Tutorials.await(() -> lines(collector, "/requests").size() >= 3 && lines(collector, "/access").size() >= 3, 10_000),
        () -> "the collector got " + collector.hits());
    List<String> requests = lines(collector, "/requests");
    assertEquals(3, requests.size(), requests::toString);
    assertTrue(requests.get(0).startsWith("{\"method\":\"GET\",\"path\":\"/hello\",\"requestBody\":\"\",\"status\":200,\"responseBody\":\"hello-a GET /hello\\n\",\"client\":\"127.0.0.1\",\"millis\":"), requests.get(0));
    assertTrue(requests.get(1).startsWith("{\"method\":\"POST\",\"path\":\"/echo\",\"requestBody\":\"ping\",\"status\":200,\"responseBody\":\"echo POST /echo ping\\n\""), requests.get(1));
    assertTrue(requests.get(2).startsWith("{\"method\":\"GET\",\"path\":\"/nowhere\",\"requestBody\":\"\",\"status\":404,\"responseBody\":\"no service for /nowhere\\n\""), requests.get(2));
    for (Upstream.Hit h : collector.hits()) {
      assertEquals("POST", h.method());
      if (h.path().equals("/requests")) assertEquals("application/x-ndjson", h.headers().get("content-type"));
    }
    assertEquals(List.of(
        "{\"service\":\"hello\",\"method\":\"GET\",\"path\":\"/hello\",\"status\":200}",
        "{\"service\":\"echo\",\"method\":\"POST\",\"path\":\"/echo\",\"status\":200}",
        "{\"service\":\"\",\"method\":\"GET\",\"path\":\"/nowhere\",\"status\":404}"), lines(collector, "/access"));
  }

  /** The non-empty lines of all bodies POSTed to {@code path}, in order. */
  private static List<String> lines(Upstream u, String path) {
    List<String> out = new ArrayList<>();
    for (Upstream.Hit h : u.hits()) {
      if (!h.path().equals(path)) continue;
      for (String line : h.body().split("\n")) if (!line.isEmpty()) out.add(line);
    }
    return out;
  }

  @Test
  void banByNetwork() throws Exception {
    gateway("router", "ban", "balancer-pool", "not-found");
    assertEquals("hello-a GET /hello\n", fetch("/hello"), "allowed: 127.0.0.1 is in an allowed network");
    Response echoed = HttpConnection.once(port, "POST", "/echo", "x");
    assertEquals(403, echoed.status(), "not in the allowed networks");
    assertEquals("Forbidden\n", echoed.body());
    assertEquals(403, HttpConnection.once(port, "GET", "/api/whoami/x", null).status(), "in a denied network");
    assertEquals(200, HttpConnection.once(port, "GET", "/least/x", null).status(), "no rule for the service");
    assertEquals(0, echo.count());
    assertEquals(0, whoami.count());
  }

  @Test
  void throttleHoldsRequestsBackWithoutDroppingThem() throws Exception {
    gateway("router", "throttle", "balancer-pool", "not-found");
    // echo: 5 requests a second, shared by all connections. Two connections send 6 each: the
    // first 5 go at once, the next 5 a second later, the last 2 another second later.
    long start = System.nanoTime();
    CompletableFuture<List<Integer>> first = echoes("a", 6, clients);
    CompletableFuture<List<Integer>> second = echoes("b", 6, clients);
    assertTrue(Tutorials.await(() -> echo.count() >= 5, 10_000), "the first 5 pass at once");
    // Other services are not throttled: this gets through while echo requests wait.
    assertEquals(200, HttpConnection.once(port, "GET", "/hello", null).status());
    assertTrue(!first.isDone() || !second.isDone(), "hello did not wait for the throttled echo requests");
    List<Integer> statuses = new ArrayList<>(first.get(30, TimeUnit.SECONDS));
    statuses.addAll(second.get(30, TimeUnit.SECONDS));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200), statuses, "nothing dropped");
    assertEquals(12, echo.count());
    assertTrue(millis >= 1800, "12 requests at 5 a second took " + millis + " ms");
  }

  /** Sends {@code n} echo requests one after another on a connection of their own. */
  private CompletableFuture<List<Integer>> echoes(String tag, int n, ExecutorService executor) {
    return CompletableFuture.supplyAsync(() -> {
      List<Integer> statuses = new ArrayList<>();
      try (HttpConnection c = new HttpConnection(port)) {
        for (int i = 0; i < n; i++) statuses.add(c.post("/echo", tag + i).status());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return statuses;
    }, executor);
  }

  @Test
  void responseCache() throws Exception {
    gateway("router", "cache", "balancer-pool", "not-found");
    try (HttpConnection c = new HttpConnection(port)) {
      Response first = c.get("/hello/app.js");
      assertEquals("hello-a GET /hello/app.js\n", first.body());
      assertNull(first.header("x-cache"));
      Response second = c.get("/hello/app.js");
      assertEquals("hit", second.header("x-cache"), "served from the cache");
      assertEquals(first.body(), second.body());
      assertEquals("hello-a", second.header("x-upstream"), "with the upstream's headers");
      assertEquals("hello-a GET /hello/data.json\n", c.get("/hello/data.json").body());
      assertEquals("hit", c.get("/hello/data.json").header("x-cache"));
      assertNull(c.get("/hello/page.html").header("x-cache"), "not a cached suffix");
      assertNull(c.get("/hello/page.html").header("x-cache"));
      assertEquals(404, c.get("/hello/status/404/x.js").status());
      Response error = c.get("/hello/status/404/x.js");
      assertEquals(404, error.status());
      assertNull(error.header("x-cache"), "errors are not cached");
      assertNull(c.post("/hello/app.js", "x").header("x-cache"), "only GET is cached");
    }
    assertEquals(List.of("/hello/app.js", "/hello/data.json", "/hello/page.html", "/hello/page.html",
        "/hello/status/404/x.js", "/hello/status/404/x.js", "/hello/app.js"),
        helloA.hits().stream().map(Upstream.Hit::path).toList());
    assertEquals("hit", HttpConnection.once(port, "GET", "/hello/app.js", null).header("x-cache"),
        "the cache is shared by all connections");
    Thread.sleep(2300); // the entries live for 2 s
    Response expired = HttpConnection.once(port, "GET", "/hello/app.js", null);
    assertNull(expired.header("x-cache"), "expired entries are fetched again");
    assertEquals(8, helloA.count() + helloB.count());
  }

  @Test
  void advancedBalancingStickyAndLeastWork() throws Exception {
    gateway("router", "balancer-advanced", "not-found");
    List<String> sticky = new ArrayList<>();
    for (String user : List.of("alice", "bob", "alice", "carol", "alice", "bob", "dave")) {
      sticky.add(user + ":" + helloTarget(fetch("/hello", "x-user", user)));
    }
    assertEquals(List.of("alice:hello-a", "bob:hello-b", "alice:hello-a", "carol:hello-a", "alice:hello-a",
        "bob:hello-b", "dave:hello-b"), sticky, "a user keeps the target first picked for them");
    List<String> anonymous = List.of(helloTarget(fetch("/hello")), helloTarget(fetch("/hello")), helloTarget(fetch("/hello")));
    assertEquals(List.of("hello-a", "hello-b", "hello-a"), anonymous, "round-robin without the sticky header");

    // "least": LeastWorkLoadBalancer. While a connection holds hello-a, others go to hello-b.
    try (HttpConnection held = new HttpConnection(port)) {
      assertEquals("hello-a GET /least/held\n", held.get("/least/held").body());
      for (int i = 0; i < 3; i++) {
        assertEquals("hello-b GET /least/" + i + "\n", fetch("/least/" + i), "hello-a is busy");
      }
    }
    assertEquals("hello-a GET /least/after\n", fetch("/least/after"), "both idle again: the first target");
  }

  @Test
  void allPluginsTogether() throws Exception {
    gateway();
    try (HttpConnection c = new HttpConnection(port)) {
      assertEquals("hello-a GET /hello/app.js\n", c.get("/hello/app.js").body());
      assertEquals("hit", c.get("/hello/app.js").header("x-cache"));
      assertEquals(403, c.post("/echo", "x").status());
      assertEquals(403, c.get("/api/whoami/x").status());
      assertEquals(200, c.get("/least/x").status());
      assertEquals(404, c.get("/nowhere").status());
    }
    assertEquals(0, echo.count());
    assertTrue(Tutorials.await(() -> lines(collector, "/requests").size() >= 6 && lines(collector, "/access").size() >= 6, 10_000),
        () -> "the collector got " + collector.hits());
    List<String> statuses = new ArrayList<>();
    for (String line : lines(collector, "/access")) statuses.add(line.replaceAll(".*\"status\":(\\d+).*", "$1"));
    assertEquals(List.of("200", "200", "403", "403", "200", "404"), statuses, "every request logged, answered by whichever plugin");
  }
}
