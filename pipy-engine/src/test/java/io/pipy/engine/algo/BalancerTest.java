package io.pipy.engine.algo;

import static io.pipy.engine.algo.HostKit.arr;
import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.get;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Inbound;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BalancerTest {

  private PipelineTester t;
  private Context noInbound;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    noInbound = HostKit.context(t.worker(), null);
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private static String pick(LoadBalancerBase lb, Context ctx) {
    return (String) call(LoadBalancerBase.CLASS, lb, "select", ctx);
  }

  @Test
  void roundRobinWeights211Spread400Picks() {
    RoundRobinLoadBalancer lb = make(RoundRobinLoadBalancer.CLASS, noInbound, obj("a", 2, "b", 1, "c", 1));
    Map<String, Integer> n = new HashMap<>();
    for (int i = 0; i < 400; i++) n.merge(pick(lb, noInbound), 1, Integer::sum);
    assertTrue(Math.abs(n.get("a") - 200) <= 3, n.toString());
    assertTrue(Math.abs(n.get("b") - 100) <= 3, n.toString());
    assertTrue(Math.abs(n.get("c") - 100) <= 3, n.toString());
  }

  @Test
  void roundRobinOrderIsSmooth() {
    RoundRobinLoadBalancer lb = make(RoundRobinLoadBalancer.CLASS, noInbound, obj("a", 2, "b", 1, "c", 1));
    List<String> seq = new ArrayList<>();
    for (int i = 0; i < 8; i++) seq.add(lb.select(Undefined.INSTANCE, null));
    assertEquals(List.of("a", "b", "c", "a", "a", "b", "c", "a"), seq);
    RoundRobinLoadBalancer plain = make(RoundRobinLoadBalancer.CLASS, noInbound, arr("x", "y"));
    assertEquals("x", plain.select(Undefined.INSTANCE, null));
    assertEquals("y", plain.select(Undefined.INSTANCE, null));
    assertEquals("x", plain.select(Undefined.INSTANCE, null));
  }

  @Test
  void roundRobinSkipsUnhealthyAndZeroWeight() {
    Cache unhealthy = new Cache();
    RoundRobinLoadBalancer lb = make(RoundRobinLoadBalancer.CLASS, noInbound, obj("a", 1, "b", 1, "z", 0), unhealthy);
    unhealthy.set(null, "a", true);
    for (int i = 0; i < 5; i++) assertEquals("b", lb.select(Undefined.INSTANCE, null));
    Cache perCall = new Cache();
    perCall.set(null, "b", 1);
    assertNull(lb.select(Undefined.INSTANCE, perCall));
    unhealthy.set(null, "a", false);
    List<String> seq = new ArrayList<>();
    for (int i = 0; i < 4; i++) seq.add(lb.select(Undefined.INSTANCE, null));
    assertEquals(2, seq.stream().filter("a"::equals).count(), seq.toString());
  }

  @Test
  void roundRobinKeysStick() {
    RoundRobinLoadBalancer lb = make(RoundRobinLoadBalancer.CLASS, noInbound, arr("a", "b", "c"));
    String first = (String) call(LoadBalancerBase.CLASS, lb, "select", noInbound, "user-1");
    for (int i = 0; i < 5; i++) {
      assertEquals(first, call(LoadBalancerBase.CLASS, lb, "select", noInbound, "user-1"));
    }
    call(RoundRobinLoadBalancer.CLASS, lb, "set", noInbound, arr("x"));
    assertEquals("x", call(LoadBalancerBase.CLASS, lb, "select", noInbound, "user-1"));
  }

  @Test
  void roundRobinSetChangesWeights() {
    RoundRobinLoadBalancer lb = make(RoundRobinLoadBalancer.CLASS, noInbound, arr("a", "b"));
    call(RoundRobinLoadBalancer.CLASS, lb, "set", noInbound, "b", 3);
    Map<String, Integer> n = new HashMap<>();
    for (int i = 0; i < 40; i++) n.merge(lb.select(Undefined.INSTANCE, null), 1, Integer::sum);
    assertEquals(Map.of("a", 10, "b", 30), n);
    call(RoundRobinLoadBalancer.CLASS, lb, "set", noInbound, "b", -1);
    for (int i = 0; i < 3; i++) assertEquals("a", lb.select(Undefined.INSTANCE, null));
    error("argument #1 expects a string or an object",
        () -> call(RoundRobinLoadBalancer.CLASS, lb, "set", noInbound, 5, 1));
    error("argument #2 expects a number",
        () -> call(RoundRobinLoadBalancer.CLASS, lb, "set", noInbound, "a", "heavy"));
  }

  @Test
  void nextLendsToTheInboundByDefault() {
    RoundRobinLoadBalancer lb = make(RoundRobinLoadBalancer.CLASS, noInbound, arr("a", "b"));
    Context c1 = HostKit.context(t.worker(), HostKit.inbound("10.0.0.1"));
    Context c2 = HostKit.context(t.worker(), HostKit.inbound("10.0.0.2"));
    LoadBalancerBase.Resource r1 = (LoadBalancerBase.Resource) call(LoadBalancerBase.CLASS, lb, "next", c1);
    LoadBalancerBase.Resource again = (LoadBalancerBase.Resource) call(LoadBalancerBase.CLASS, lb, "borrow", c1);
    LoadBalancerBase.Resource r2 = (LoadBalancerBase.Resource) call(LoadBalancerBase.CLASS, lb, "next", c2);
    assertSame(r1, again);
    assertEquals("a", get(LoadBalancerBase.RESOURCE_CLASS, r1, "id"));
    assertEquals("b", r2.id());
    // Without an inbound every call picks afresh.
    Object x = call(LoadBalancerBase.CLASS, lb, "next", noInbound);
    Object y = call(LoadBalancerBase.CLASS, lb, "next", noInbound);
    assertNotSame(x, y);
  }

  @Test
  void aBorrowerWhoseTargetTurnsUnhealthyGetsAnother() {
    RoundRobinLoadBalancer lb = make(RoundRobinLoadBalancer.CLASS, noInbound, arr("a", "b"));
    Object borrower = obj();
    Cache bad = new Cache();
    LoadBalancerBase.Resource r = lb.borrow(borrower, Undefined.INSTANCE, bad);
    assertEquals("a", r.id());
    bad.set(null, "a", true);
    assertEquals("b", lb.borrow(borrower, Undefined.INSTANCE, bad).id());
  }

  @Test
  void sessionsEndWhenBorrowersAreCollected() throws Exception {
    LeastWorkLoadBalancer lb = make(LeastWorkLoadBalancer.CLASS, noInbound, arr("a", "b"));
    Object keep = obj();
    assertEquals("a", lb.borrow(keep, Undefined.INSTANCE, null).id());
    Inbound temp = HostKit.inbound("1.2.3.4");
    assertEquals("b", lb.borrow(temp, Undefined.INSTANCE, null).id());
    assertEquals(1, lb.hits("b"));
    temp = null;
    for (int i = 0; i < 50 && lb.hits("b") > 0; i++) {
      System.gc();
      Thread.sleep(20);
      lb.borrow(keep, Undefined.INSTANCE, null);
    }
    assertEquals(0, lb.hits("b"), "the collected borrower gave its target back");
    assertEquals(1, lb.sessionCount());
  }

  /** An inbound that reports its close, as TCP connections do. */
  private static final class ClosingInbound implements Inbound {
    private final List<Runnable> actions = new ArrayList<>();
    private boolean closed;

    void close() {
      closed = true;
      for (Runnable a : actions) a.run();
      actions.clear();
    }

    @Override
    public boolean onClose(Runnable action) {
      if (closed) action.run(); else actions.add(action);
      return true;
    }

    @Override
    public long id() {
      return 1;
    }

    @Override
    public String localAddress() {
      return "127.0.0.1";
    }

    @Override
    public int localPort() {
      return 8080;
    }

    @Override
    public String remoteAddress() {
      return "127.0.0.1";
    }

    @Override
    public int remotePort() {
      return 40000;
    }
  }

  @Test
  void aClosedInboundGivesItsTargetBackAtOnceAndTheNextBorrowerGetsTheSameResource() {
    LeastWorkLoadBalancer lb = make(LeastWorkLoadBalancer.CLASS, noInbound, arr("a", "b"));
    Object keep = obj();
    assertEquals("a", lb.borrow(keep, Undefined.INSTANCE, null).id());
    ClosingInbound first = new ClosingInbound();
    LoadBalancerBase.Resource r = lb.borrow(first, Undefined.INSTANCE, null);
    assertEquals("b", r.id());
    assertEquals(1, lb.hits("b"));
    first.close();
    assertEquals(0, lb.hits("b"), "given back when the connection closed, not when it is collected");
    assertEquals(1, lb.sessionCount());
    ClosingInbound second = new ClosingInbound();
    assertSame(r, lb.borrow(second, Undefined.INSTANCE, null),
        "the pooled resource object serves the next borrower (so muxHTTP keyed by it reuses its upstream)");
    // A closed inbound gets a pick, but nothing stays lent to it.
    LoadBalancerBase.Resource late = lb.borrow(first, Undefined.INSTANCE, null);
    assertEquals("a", late.id());
    assertEquals(2, lb.sessionCount());
    assertEquals(1, lb.hits("a"));
    assertEquals(1, lb.hits("b"));
  }

  @Test
  void leastWorkPicksTheLeastBusyByWeight() {
    LeastWorkLoadBalancer lb = make(LeastWorkLoadBalancer.CLASS, noInbound, obj("a", 1, "b", 2));
    List<String> seq = new ArrayList<>();
    for (int i = 0; i < 6; i++) seq.add(lb.select(Undefined.INSTANCE, null));
    assertEquals(List.of("a", "b", "b", "a", "b", "b"), seq);
    call(LoadBalancerBase.CLASS, lb, "deselect", noInbound, "a");
    call(LoadBalancerBase.CLASS, lb, "deselect", noInbound, "a");
    assertEquals("a", lb.select(Undefined.INSTANCE, null));
    call(LeastWorkLoadBalancer.CLASS, lb, "set", noInbound, "a", 0);
    assertEquals("b", lb.select(Undefined.INSTANCE, null));
    assertSame(Undefined.INSTANCE, call(LoadBalancerBase.CLASS,
        make(LeastWorkLoadBalancer.CLASS, noInbound), "select", noInbound));
  }

  @Test
  void hashingIsStableAndMatchesPipy() {
    HashingLoadBalancer lb = make(HashingLoadBalancer.CLASS, noInbound, arr("a", "b", "c"));
    String first = lb.select("client-42", null);
    for (int i = 0; i < 10; i++) assertEquals(first, lb.select("client-42", null));
    // algo.hash('abc') is 6803747573185081 in Pipy, so 'abc' lands on target #(that mod 3).
    String expected = List.of("a", "b", "c").get((int) Long.remainderUnsigned(Hashing.hash("abc"), 3));
    assertEquals(expected, lb.select("abc", null));
    assertEquals("a", lb.select(Undefined.INSTANCE, null));
    Cache bad = new Cache();
    bad.set(null, expected, true);
    assertNull(lb.select("abc", bad));
    call(HashingLoadBalancer.CLASS, lb, "add", noInbound, "d");
    call(HashingLoadBalancer.CLASS, lb, "set", noInbound, obj("only", 1));
    assertEquals("only", lb.select("anything", null));
    assertNull(make(HashingLoadBalancer.CLASS, noInbound).select("k", null));
  }

  @Test
  void badArguments() {
    error("argument #1 expects an array or an object", () -> make(RoundRobinLoadBalancer.CLASS, noInbound, "a,b"));
    error("argument #2 expects an algo.Cache", () -> make(RoundRobinLoadBalancer.CLASS, noInbound, arr("a"), obj()));
    RoundRobinLoadBalancer lb = make(RoundRobinLoadBalancer.CLASS, noInbound, arr("a"));
    error("argument #1 expects an object", () -> call(LoadBalancerBase.CLASS, lb, "next", noInbound, "me"));
    error("argument #3 expects an algo.Cache",
        () -> call(LoadBalancerBase.CLASS, lb, "next", noInbound, null, null, "bad"));
    error("argument #1 expects a string", () -> call(HashingLoadBalancer.CLASS,
        make(HashingLoadBalancer.CLASS, noInbound), "add", noInbound, 1));
  }
}
