package io.pipy.engine.algo;

import static io.pipy.engine.algo.HostKit.arr;
import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.list;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Context;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The same calls a script made under Pipy 1.5.18 (and under this engine, with identical
 * output), with Pipy's answers as the expectations.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PipyGoldenTest {

  private PipelineTester t;
  private Context ctx;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    ctx = HostKit.context(t.worker(), null);
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private static String picks(LoadBalancerBase lb, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(lb.select(Undefined.INSTANCE, null));
    return sb.toString();
  }

  @Test
  void roundRobinSequences() {
    RoundRobinLoadBalancer rr = make(RoundRobinLoadBalancer.CLASS, ctx, obj("a", 3, "b", 2, "c", 1));
    assertEquals("abcabaabcaba", picks(rr, 12));
    rr.set("d", 2);
    assertEquals("abcdabdaabcdabda", picks(rr, 16));
  }

  @Test
  void hashingPicks() {
    HashingLoadBalancer hl = make(HashingLoadBalancer.CLASS, ctx, arr("a", "b", "c", "d", "e"));
    StringBuilder sb = new StringBuilder();
    for (Object k : new Object[] {"x", "y", "z", "client-1", "client-2", 42, 3.14}) sb.append(hl.select(k, null));
    assertEquals("aaecbbc", sb.toString());
  }

  @Test
  void loadBalancerSchedulesAndPools() {
    HostKit.Fn weight = new HostKit.Fn((c, a) -> "a".equals(a[0]) ? 2 : 1);
    LoadBalancer lb = make(LoadBalancer.CLASS, ctx, arr("a", "b", "c"), obj("weight", weight));
    assertEquals("abcaabcaabca", String.join("", list(call(LoadBalancer.CLASS, lb, "schedule", ctx, 12))
        .stream().map(String::valueOf).toList()));
    LoadBalancer ll = make(LoadBalancer.CLASS, ctx, arr("a", "b"), obj("algorithm", "least-load"));
    LoadBalancer.Resource r1 = ll.allocate(null, null);
    LoadBalancer.Resource r2 = ll.allocate(null, null);
    LoadBalancer.Resource r3 = ll.allocate(null, null);
    assertEquals(List.of("a", "b", "a"), List.of(r1.target(), r2.target(), r3.target()));
    r1.free();
    assertEquals(List.of("b", "a"), List.of(ll.allocate(null, null).target(), ll.allocate(null, null).target()));
    LoadBalancer cap = make(LoadBalancer.CLASS, ctx, arr("a"), obj("capacity", 2));
    LoadBalancer.Resource x1 = cap.allocate(null, null);
    LoadBalancer.Resource x2 = cap.allocate(null, null);
    LoadBalancer.Resource x3 = cap.allocate(null, null);
    assertEquals(List.of(false, true, false), List.of(x1 == x2, x1 == x3, x2 == x3));
  }

  @Test
  void cacheEviction() {
    Cache c = make(Cache.CLASS, ctx, null, null, obj("size", 3));
    c.set(ctx, "a", 1);
    c.set(ctx, "b", 2);
    c.set(ctx, "c", 3);
    c.get(ctx, "a");
    c.set(ctx, "d", 4);
    assertEquals(List.of(true, false, true, true), List.of(c.has("a"), c.has("b"), c.has("c"), c.has("d")));
    c.set(ctx, "c", 33);
    c.set(ctx, "e", 5);
    assertEquals(List.of(false, true, true, true), List.of(c.has("a"), c.has("c"), c.has("d"), c.has("e")));
    List<String> freed = new ArrayList<>();
    HostKit.Fn free = new HostKit.Fn((x, a) -> freed.add(a[0] + "=" + a[1]));
    Cache c2 = make(Cache.CLASS, ctx, new HostKit.Fn((x, a) -> a[0] + "!"), free, obj("size", 2));
    c2.get(ctx, "x");
    c2.get(ctx, "y");
    c2.get(ctx, "z");
    c2.set(ctx, "w", 1);
    assertEquals(List.of("x=x!", "y=y!"), freed);
    assertEquals(true, c2.remove(ctx, "w"));
    assertEquals(false, c2.remove(ctx, "nope"));
    assertEquals(List.of("x=x!", "y=y!", "w=1"), freed);
    c2.clear(ctx);
    assertEquals(List.of("x=x!", "y=y!", "w=1", "z=z!"), freed);
  }

  @Test
  void quotaAndPercentile() {
    Quota q = make(Quota.CLASS, ctx, 5);
    assertEquals(List.of(3.0, 2.0, 0.0, 0.0, 0.0), List.of(q.consume(3), q.consume(3), q.current(), q.consume(0), q.consume(-1)));
    q.produce(10);
    assertEquals(10.0, q.current());
    q.reset();
    assertEquals(5.0, q.current());
    Percentile pc = make(Percentile.CLASS, ctx, arr(1, 2, 5, 10));
    for (double v : new double[] {0.5, 1.5, 1.5, 3, 4, 7, 9, 9, 9, 20}) pc.observe(v);
    List<Double> got = new ArrayList<>();
    for (int x : new int[] {0, 10, 25, 50, 75, 90, 99, 100}) got.add(pc.calculate(x));
    assertEquals(List.of(0.0, 0.0, 1.5, 3.5, 6.25, 8.75, 8.75, 10.0), got);
  }

  @Test
  void urlRouter() {
    URLRouter ur = make(URLRouter.CLASS, ctx, obj("/a/b", 1, "/a/*", 2, "h.com/a/*", 3, "*.h.com/*", 4));
    List<Object> got = new ArrayList<>();
    for (String u : new String[] {"/a/b", "/a/b/", "/a", "/a/c/d", "h.com/a/b", "x.h.com/q", "y.x.h.com/q",
        "h.com:8080/a?x=1", "/b"}) {
      Object v = ur.find(u);
      got.add(v == Undefined.INSTANCE ? null : v);
    }
    assertEquals(java.util.Arrays.asList(1, 2, 2, 2, 3, 4, null, 3, null), got);
  }
}
