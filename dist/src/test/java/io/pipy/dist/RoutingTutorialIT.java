package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.dist.HttpConnection.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our scripts modelled on Pipy's tutorials 04 (routing) and 05 (load balancing) in the 0.50
 * configuration style, 05 to 07 (load balancing, configuration, plugins) in the 1.x style, and
 * on Pipy 1.x's pipeline-style samples/gateway (algo.LoadBalancer), against real upstreams. Each behaviour asserted here was first seen in Pipy 1.5.18 running
 * the same scripts (the 0.50-only {@code link(name, condition, name)} rewritten to 1.x's
 * {@code link(() => name)} for it, as 1.5.18 takes only the first name).
 */
@Timeout(120)
class RoutingTutorialIT extends TutorialProcesses {

  @Test
  void routingByHostAndPath() throws Exception {
    run("routing", "proxy.js");
    try (HttpConnection c = new HttpConnection(port)) {
      assertEquals("hello-a GET /hello\n", c.get("/hello").body(), "a /* route takes its bare prefix");
      assertEquals("hello-a GET /hello/x/y?q=1\n", c.get("/hello/x/y?q=1").body(), "and all under it, query kept");
      assertEquals("echo POST /echo ping\n", c.post("/echo", "ping").body());
      Response more = c.get("/echo/more");
      assertEquals(404, more.status(), "a route without /* is exact");
      assertEquals("no route to /echo/more\n", more.body());
      assertEquals("whoami GET /whoami/me\n", c.get("/whoami/me").body());
      assertEquals("hello-b GET /anything\n", c.get("/anything", "Host", "admin.gw.test").body(), "a host route");
      assertEquals("hello-b GET /\n", c.get("/", "Host", "admin.gw.test:8443").body(), "the port of Host is ignored");
      Response none = c.get("/other", "Host", "other.test");
      assertEquals(404, none.status());
      assertEquals("no route to /other\n", none.body());
    }
    assertEquals(1, helloA.connections().size(), "requests to one target share its upstream connection");
    assertEquals(List.of("/hello", "/hello/x/y?q=1"), helloA.hits().stream().map(Upstream.Hit::path).toList());
  }

  @Test
  void loadBalancingIn050Style() throws Exception {
    run("load-balancing", "proxy.js");
    roundRobinPerClientConnection();
    assertEquals("echo POST /echo ping\n", HttpConnection.once(port, "POST", "/echo", "ping").body());
    assertEquals("whoami GET /whoami/x\n", HttpConnection.once(port, "GET", "/whoami/x", null).body());
    Response none = HttpConnection.once(port, "GET", "/nowhere", null);
    assertEquals(404, none.status());
    assertEquals("no route\n", none.body());
  }

  @Test
  void loadBalancingIn1xStyle() throws Exception {
    run("v1/load-balancing", "main.js");
    roundRobinPerClientConnection();
    assertEquals("echo POST /echo ping\n", HttpConnection.once(port, "POST", "/echo", "ping").body());
    assertEquals(404, HttpConnection.once(port, "GET", "/nowhere", null).status());
  }

  @Test
  void configurationFromAFile() throws Exception {
    run("v1/configuration", "main.js");
    roundRobinPerClientConnection();
    assertEquals("whoami GET /x\n", HttpConnection.once(port, "GET", "/x", null, "Host", "admin.gw.test").body(),
        "a service given as an object of target weights");
    Response none = HttpConnection.once(port, "GET", "/whoami/x", null);
    assertEquals(404, none.status());
    assertEquals("no route\n", none.body());
  }

  @Test
  void pluginChain() throws Exception {
    run("v1/plugins", "main.js");
    roundRobinPerClientConnection();
    assertEquals("echo POST /echo ping\n", HttpConnection.once(port, "POST", "/echo", "ping").body());
    assertEquals("whoami GET /x\n", HttpConnection.once(port, "GET", "/x", null, "Host", "admin.gw.test").body());
    Response none = HttpConnection.once(port, "GET", "/zz", null);
    assertEquals(404, none.status(), "the last plugin of the chain answers what nobody took");
    assertEquals("no service for /zz\n", none.body());
  }

  @Test
  void pipelineStyleGatewayWithLoadBalancer() throws Exception {
    run("v1/pipeline-gateway", "main.js");
    List<String> picks = new ArrayList<>();
    try (HttpConnection c = new HttpConnection(port)) {
      for (int i = 0; i < 6; i++) picks.add(helloTarget(c.get("/hello/" + i).body()));
    }
    assertEquals(List.of("hello-a", "hello-b", "hello-a", "hello-a", "hello-b", "hello-a"), picks,
        "weights 2:1, a pick per request (each request allocates and frees its own lease)");
    assertEquals(1, helloA.connections().size(), "a freed lease goes back with its upstream connection");
    assertEquals(1, helloB.connections().size());

    assertEquals("whoami GET /x/y\n", HttpConnection.once(port, "GET", "/api/x/y", null).body());
    assertEquals("whoami GET /\n", HttpConnection.once(port, "GET", "/api", null).body());

    List<String> sticky = new ArrayList<>();
    for (String user : List.of("alice", "bob", "alice", "carol", "alice", "bob")) {
      sticky.add(user + ":" + helloTarget(HttpConnection.once(port, "GET", "/sticky/" + user, null, "x-user", user).body()));
    }
    assertEquals(List.of("alice:hello-a", "bob:hello-b", "alice:hello-a", "carol:hello-b", "alice:hello-a", "bob:hello-b"),
        sticky, "allocate(tag): a tag keeps its target");

    // A request in flight holds its lease: a second request meanwhile gets a lease, and an
    // upstream connection, of its own.
    assertEquals(List.of("whoami GET /now\n"), whileSlow("/api/slow/1000", whoami, "/api/now"));
    assertEquals(2, whoami.connections().size());
    assertEquals("echo POST /echo/x hi\n", HttpConnection.once(port, "POST", "/echo/x", "hi").body());
    Response none = HttpConnection.once(port, "GET", "/nowhere", null);
    assertEquals(404, none.status());
    assertEquals("no route to /nowhere\n", none.body());
  }

  /** Sends {@code path} while a request for {@code slowPath} is in flight at {@code upstream}. */
  private List<String> whileSlow(String slowPath, Upstream upstream, String path) throws Exception {
    int before = upstream.count();
    Thread slow = new Thread(() -> {
      try {
        HttpConnection.once(port, "GET", slowPath, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    slow.start();
    try {
      assertTrue(Tutorials.await(() -> upstream.count() > before, 10_000), "the slow request reached " + upstream.name());
      return List.of(HttpConnection.once(port, "GET", path, null).body());
    } finally {
      slow.join(20_000);
    }
  }

  /**
   * What tutorial 05 shows: next() lends a target to the client connection, so successive
   * connections take turns while one connection keeps its target; the target goes back when
   * the connection closes, and with it its upstream connection (muxHTTP is keyed by the lent
   * resource), which the next connection to that target reuses; connections open at the same
   * time hold resources, and upstream connections, of their own.
   */
  private void roundRobinPerClientConnection() throws Exception {
    List<String> turns = new ArrayList<>();
    for (int i = 0; i < 4; i++) turns.add(helloTarget(HttpConnection.once(port, "GET", "/hello", null).body()));
    assertEquals(List.of("hello-a", "hello-b", "hello-a", "hello-b"), turns, "connections take turns");
    try (HttpConnection c = new HttpConnection(port)) {
      assertEquals("hello-a GET /hello/1\n", c.get("/hello/1").body());
      assertEquals("hello-a GET /hello/2\n", c.get("/hello/2").body(), "a connection keeps its target");
      assertEquals("hello-a GET /hello/3\n", c.get("/hello/3").body());
    }
    assertEquals(1, helloA.connections().size(), "successive clients of hello-a reused one upstream connection");
    assertEquals(1, helloB.connections().size(), "successive clients of hello-b reused one upstream connection");

    try (HttpConnection c1 = new HttpConnection(port);
        HttpConnection c2 = new HttpConnection(port);
        HttpConnection c3 = new HttpConnection(port)) {
      assertEquals("hello-b GET /hello/c1\n", c1.get("/hello/c1").body());
      assertEquals("hello-a GET /hello/c2\n", c2.get("/hello/c2").body());
      assertEquals("hello-b GET /hello/c3\n", c3.get("/hello/c3").body());
    }
    List<Upstream.Hit> b = helloB.hits();
    assertNotEquals(b.get(b.size() - 2).clientPort(), b.get(b.size() - 1).clientPort(),
        "two clients at once of hello-b got upstream connections of their own");
    assertEquals(2, helloB.connections().size());
    assertEquals(1, helloA.connections().size());
  }
}
