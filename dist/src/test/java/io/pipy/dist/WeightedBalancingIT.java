package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A round-robin balancer with weights 2:1:1 ({@code tutorials/weighted}) spreads 400 client
 * connections within 3 of each target's share (200, 100, 100), through a real proxy to three
 * real upstreams. Pipy 1.5.18 picks A, B, C, A in every round, as we do, so the shares come out
 * exact.
 */
@Timeout(120)
class WeightedBalancingIT extends TutorialProcesses {

  @Test
  void weights211Spread400Connections() throws Exception {
    run(copy("weighted", tokens("A", helloA.port(), "B", helloB.port(), "C", whoami.port())), "proxy.js");
    Map<String, Integer> shares = new TreeMap<>();
    for (int i = 0; i < 400; i++) {
      String body = HttpConnection.once(port, "GET", "/" + i, null).body();
      shares.merge(body.substring(0, body.indexOf(' ')), 1, Integer::sum);
    }
    assertTrue(Math.abs(shares.getOrDefault("hello-a", 0) - 200) <= 3, shares::toString);
    assertTrue(Math.abs(shares.getOrDefault("hello-b", 0) - 100) <= 3, shares::toString);
    assertTrue(Math.abs(shares.getOrDefault("whoami", 0) - 100) <= 3, shares::toString);
    assertEquals(400, helloA.count() + helloB.count() + whoami.count());
    // Each connection gave its target back when it closed, so the next one reused the
    // target's upstream connection.
    assertEquals(1, helloA.connections().size());
    assertEquals(1, helloB.connections().size());
    assertEquals(1, whoami.connections().size());
  }
}
