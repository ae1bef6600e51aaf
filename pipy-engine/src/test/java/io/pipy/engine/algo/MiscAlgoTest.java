package io.pipy.engine.algo;

import static io.pipy.engine.algo.HostKit.arr;
import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.get;
import static io.pipy.engine.algo.HostKit.list;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MiscAlgoTest {

  @Test
  void hashMatchesPipy() {
    // Values printed by Pipy 1.5.18 for algo.hash('abc') and algo.hash(1).
    assertEquals(6803747573185081.0, Hashing.scriptHash("abc"));
    assertEquals(462139803204507.0, Hashing.scriptHash(1));
    assertEquals(462139803204507.0, Hashing.scriptHash(1.0));
    assertEquals(0.0, Hashing.scriptHash(0));
    assertEquals(0.0, Hashing.scriptHash(Undefined.INSTANCE));
    assertEquals(0.0, Hashing.scriptHash(true));
    Object o = obj();
    assertEquals(Hashing.scriptHash(o), Hashing.scriptHash(o));
    Object h = AlgoNamespace.HASH.call(null, null, new Object[] {"abc"});
    assertEquals(6803747573185081.0, ((Number) h).doubleValue());
    assertTrue(((Number) AlgoNamespace.HASH.call(null, null, new Object[0])).doubleValue() == 0);
  }

  @Test
  void uuidsAreRandomVersion4() {
    Pattern p = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String u = (String) AlgoNamespace.UUID.call(null, null, new Object[0]);
      assertTrue(p.matcher(u).matches(), u);
      seen.add(u);
    }
    assertEquals(1000, seen.size());
  }

  @Test
  void resourcePoolReusesPerTag() {
    int[] n = {0};
    HostKit.Fn alloc = new HostKit.Fn((c, a) -> obj("tag", a[0], "n", ++n[0]));
    ResourcePool p = make(ResourcePool.CLASS, null, alloc);
    Object r1 = call(ResourcePool.CLASS, p, "allocate", null, "x");
    Object r2 = call(ResourcePool.CLASS, p, "allocate", null, "x");
    assertNotSame(r1, r2);
    call(ResourcePool.CLASS, p, "free", null, r1);
    assertSame(r1, call(ResourcePool.CLASS, p, "allocate", null, "x"));
    Object other = call(ResourcePool.CLASS, p, "allocate", null, "y");
    assertNotSame(r1, other);
    assertEquals("y", ((ScriptObject) other).get("tag"));
    call(ResourcePool.CLASS, p, "free", null, obj()); // never allocated: ignored
    assertEquals(3, alloc.calls.size());
    error("argument #1 expects a function", () -> make(ResourcePool.CLASS, null, 1));
    error("requires 1 or more arguments", () -> make(ResourcePool.CLASS, null));
  }

  @Test
  void sharedMapIsOneMapPerName() {
    SharedMap a = make(SharedMap.CLASS, null, "misc-test-map");
    SharedMap b = make(SharedMap.CLASS, null, "misc-test-map");
    SharedMap other = make(SharedMap.CLASS, null, "misc-test-other");
    a.clear();
    call(SharedMap.CLASS, a, "set", null, "n", 1);
    call(SharedMap.CLASS, a, "set", null, "o", obj("x", arr(1, "two"), "f", HostKit.Fn.returning(1)));
    call(SharedMap.CLASS, a, "set", null, "d", Data.fromString("bytes"));
    assertEquals(3, get(SharedMap.CLASS, b, "size"));
    assertEquals(false, call(SharedMap.CLASS, other, "has", null, "n"));
    assertEquals(true, call(SharedMap.CLASS, b, "has", null, "n"));
    assertEquals(3, call(SharedMap.CLASS, b, "add", null, "n", 2));
    assertEquals(0.5, call(SharedMap.CLASS, b, "sub", null, "n", 2.5));
    assertEquals(Double.NaN, call(SharedMap.CLASS, b, "add", null, "missing", 1));
    assertEquals(Double.NaN, call(SharedMap.CLASS, b, "add", null, "o", 1));
    ScriptObject o = (ScriptObject) b.get(HostKit.RT, "o");
    ScriptArray x = (ScriptArray) o.get("x");
    assertEquals(List.of(1, "two"), list(x));
    assertSame(Undefined.INSTANCE, o.get("f"));
    assertEquals("bytes", b.get(HostKit.RT, "d").toString());
    assertSame(Undefined.INSTANCE, b.get(HostKit.RT, "nope"));
    assertEquals(true, call(SharedMap.CLASS, b, "delete", null, "n"));
    assertEquals(false, call(SharedMap.CLASS, b, "delete", null, "n"));
    error("argument #1 expects a string", () -> call(SharedMap.CLASS, a, "get", null, 1));
    error("requires 1 or more arguments", () -> make(SharedMap.CLASS, null));
  }

  @Test
  void sharedMapIsSafeAcrossThreads() throws Exception {
    SharedMap m = new SharedMap("misc-test-concurrent");
    m.set("count", 0);
    int threads = 4;
    int each = 5000;
    CountDownLatch done = new CountDownLatch(threads);
    List<Thread> all = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread th = new Thread(() -> {
        for (int j = 0; j < each; j++) m.add("count", 1);
        done.countDown();
      });
      all.add(th);
      th.start();
    }
    assertTrue(done.await(10, TimeUnit.SECONDS));
    assertEquals(threads * each, m.get(HostKit.RT, "count"));
  }

  @Test
  void sharedMapAcrossWorkers() {
    try (PipelineTester w1 = new PipelineTester(); PipelineTester w2 = new PipelineTester()) {
      Context c1 = HostKit.context(w1.worker(), null);
      Context c2 = HostKit.context(w2.worker(), null);
      w1.exec(() -> call(SharedMap.CLASS, make(SharedMap.CLASS, c1, "misc-test-workers"), "set", c1, "k", "v1"));
      Object seen = w2.call(() -> call(SharedMap.CLASS, make(SharedMap.CLASS, c2, "misc-test-workers"), "get", c2, "k"));
      assertEquals("v1", seen);
    }
  }

  @Test
  void percentileInterpolatesWithinBuckets() {
    Percentile p = make(Percentile.CLASS, null, arr(1, 2, 5, 10));
    for (int i = 0; i < 10; i++) call(Percentile.CLASS, p, "observe", null, 0.5);
    for (int i = 0; i < 10; i++) p.observe(4);
    p.observe(1000); // above every bucket: not counted
    assertEquals(1, call(Percentile.CLASS, p, "calculate", null, 50));
    assertEquals(5, call(Percentile.CLASS, p, "calculate", null, 100));
    assertEquals(3.5, call(Percentile.CLASS, p, "calculate", null, 75));
    assertEquals(0, call(Percentile.CLASS, p, "calculate", null, 0));
    call(Percentile.CLASS, p, "reset", null);
    assertEquals(Double.NaN, ((Number) call(Percentile.CLASS, p, "calculate", null, 50)).doubleValue());
    assertEquals(4, p.size());
    p.set(2, 7);
    assertEquals(7, p.get(2));
    assertEquals(7, p.cumulative(3));
    error("argument #1 expects an array", () -> make(Percentile.CLASS, null, 5));
    error("argument #1 expects a number", () -> call(Percentile.CLASS, p, "observe", null, "x"));
  }

  @Test
  void jsNumbers() {
    assertEquals("1", JsNumbers.toString(1));
    assertEquals("-1.5", JsNumbers.toString(-1.5));
    assertEquals("0.1", JsNumbers.toString(0.1));
    assertEquals("1e+21", JsNumbers.toString(1e21));
    assertEquals("123456789012345680000", JsNumbers.toString(123456789012345680000.0));
    assertEquals("0.000001", JsNumbers.toString(0.000001));
    assertEquals("1e-7", JsNumbers.toString(1e-7));
    assertEquals("1.5e-7", JsNumbers.toString(1.5e-7));
    assertEquals("Infinity", JsNumbers.toString(Double.POSITIVE_INFINITY));
    assertEquals("NaN", JsNumbers.toString(Double.NaN));
    assertEquals("0", JsNumbers.toString(-0.0));
    assertNotEquals("1.0", JsNumbers.toString(1.0));
  }
}
