package io.pipy.engine.algo;

import static io.pipy.engine.algo.HostKit.arr;
import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.get;
import static io.pipy.engine.algo.HostKit.list;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptObject;
import io.pipy.engine.PipelineTester;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class LoadBalancerTest {

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

  private static Object target(Object resource) {
    return get(LoadBalancer.RESOURCE_CLASS, (LoadBalancer.Resource) resource, "target");
  }

  @Test
  void roundRobinByDefault() {
    LoadBalancer lb = make(LoadBalancer.CLASS, ctx, arr("a", "b", "c"));
    List<Object> picks = list(call(LoadBalancer.CLASS, lb, "schedule", ctx, 6));
    assertEquals(List.of("a", "b", "c", "a", "b", "c"), picks);
  }

  @Test
  void weightsFromACallback() {
    HostKit.Fn weight = new HostKit.Fn((c, a) -> ((ScriptObject) a[0]).get("w"));
    HostKit.Fn key = new HostKit.Fn((c, a) -> ((ScriptObject) a[0]).get("name"));
    ScriptObject a = obj("name", "a", "w", 2);
    ScriptObject b = obj("name", "b", "w", 1);
    ScriptObject z = obj("name", "z", "w", 0);
    LoadBalancer lb = make(LoadBalancer.CLASS, ctx, arr(a, b, z), obj("weight", weight, "key", key));
    Map<Object, Integer> n = new HashMap<>();
    for (Object p : list(call(LoadBalancer.CLASS, lb, "schedule", ctx, 300))) n.merge(p, 1, Integer::sum);
    assertEquals(200, n.get(a));
    assertEquals(100, n.get(b));
    assertNull(n.get(z));
  }

  @Test
  void allocateByTagAndValidator() {
    LoadBalancer lb = make(LoadBalancer.CLASS, ctx, arr("a", "b", "c"));
    assertEquals("c", target(call(LoadBalancer.CLASS, lb, "allocate", ctx, "c")));
    assertEquals("c", target(call(LoadBalancer.CLASS, lb, "allocate", ctx, "c")));
    HostKit.Fn notA = new HostKit.Fn((c, x) -> !"a".equals(x[0]));
    for (int i = 0; i < 4; i++) {
      Object t = target(call(LoadBalancer.CLASS, lb, "allocate", ctx, null, notA));
      assertEquals(true, !"a".equals(t));
    }
    Cache exclude = new Cache();
    exclude.set(null, "a", true);
    exclude.set(null, "b", true);
    assertEquals("c", target(call(LoadBalancer.CLASS, lb, "allocate", ctx, null, exclude)));
    exclude.set(null, "c", true);
    assertNull(call(LoadBalancer.CLASS, lb, "allocate", ctx, null, exclude));
  }

  @Test
  void capacityMakesResourcesShareBeyondIt() {
    LoadBalancer lb = make(LoadBalancer.CLASS, ctx, arr("a"), obj("capacity", 2));
    LoadBalancer.Resource r1 = lb.allocate(null, null);
    LoadBalancer.Resource r2 = lb.allocate(null, null);
    LoadBalancer.Resource r3 = lb.allocate(null, null);
    assertNotSame(r1, r2);
    assertSame(r1, r3, "beyond the capacity the least loaded resource is shared");
    assertEquals(2, r1.load());
    assertEquals(1, r2.load());
    r1.free();
    assertEquals(1, r1.load());
    LoadBalancer unbounded = make(LoadBalancer.CLASS, ctx, arr("a"));
    LoadBalancer.Resource u1 = unbounded.allocate(null, null);
    LoadBalancer.Resource u2 = unbounded.allocate(null, null);
    assertNotSame(u1, u2);
    u1.free();
    assertSame(u1, unbounded.allocate(null, null), "an idle resource is reused");
  }

  @Test
  void capacityFromACallback() {
    HostKit.Fn cap = HostKit.Fn.returning(1);
    LoadBalancer lb = make(LoadBalancer.CLASS, ctx, arr("a"), obj("capacity", cap));
    LoadBalancer.Resource r1 = lb.allocate(null, null);
    LoadBalancer.Resource r2 = lb.allocate(null, null);
    assertSame(r1, r2);
    assertEquals(2, r1.load());
    call(LoadBalancer.RESOURCE_CLASS, r1, "free", ctx);
    assertEquals(1, r1.load());
  }

  @Test
  void leastLoadComesBackOnFree() {
    LoadBalancer lb = make(LoadBalancer.CLASS, ctx, arr("a", "b"), obj("algorithm", "least-load"));
    LoadBalancer.Resource ra = lb.allocate(null, null);
    LoadBalancer.Resource rb = lb.allocate(null, null);
    assertEquals("a", ra.target());
    assertEquals("b", rb.target());
    ra.free();
    assertEquals("a", lb.allocate(null, null).target());
    assertEquals("b", lb.allocate(null, null).target());
  }

  @Test
  void provisionKeepsPoolsOfKeptTargets() {
    LoadBalancer lb = make(LoadBalancer.CLASS, ctx, arr("a", "b"));
    LoadBalancer.Resource ra = lb.allocate("a", null);
    ra.free();
    call(LoadBalancer.CLASS, lb, "provision", ctx, arr("a", "c"));
    assertSame(ra, lb.allocate("a", null));
    Object other = lb.allocate("b", null).target();
    assertEquals(true, other.equals("a") || other.equals("c"), "b is gone: " + other);
    call(LoadBalancer.CLASS, lb, "provision", ctx, (Object) null);
    assertNull(lb.allocate(null, null));
  }

  @Test
  void badArguments() {
    error("argument #1 expects an array", () -> make(LoadBalancer.CLASS, ctx, "a"));
    error("options.algorithm", () -> make(LoadBalancer.CLASS, ctx, arr(), obj("algorithm", "random")));
    error("options.capacity expects a number or a function",
        () -> make(LoadBalancer.CLASS, ctx, arr(), obj("capacity", "lots")));
    error("options.key expects a function", () -> make(LoadBalancer.CLASS, ctx, arr(), obj("key", 1)));
    LoadBalancer lb = make(LoadBalancer.CLASS, ctx, arr("a"));
    error("argument #2 expects a function or an algo.Cache",
        () -> call(LoadBalancer.CLASS, lb, "allocate", ctx, null, 3));
    error("requires 1 or more arguments", () -> call(LoadBalancer.CLASS, lb, "schedule", ctx));
    assertNull(call(LoadBalancer.CLASS, lb, "schedule", ctx, -1));
  }
}
