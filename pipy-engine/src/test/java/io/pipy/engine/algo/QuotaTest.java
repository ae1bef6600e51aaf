package io.pipy.engine.algo;

import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.get;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Context;
import io.pipy.engine.PipelineTester;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class QuotaTest {

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

  @Test
  void consumeTakesWhatIsThere() {
    Quota q = make(Quota.CLASS, ctx, 10);
    assertEquals(10, get(Quota.CLASS, q, "initial"));
    assertEquals(4, call(Quota.CLASS, q, "consume", ctx, 4));
    assertEquals(6, get(Quota.CLASS, q, "current"));
    assertEquals(6, call(Quota.CLASS, q, "consume", ctx, 100));
    assertEquals(0, call(Quota.CLASS, q, "consume", ctx, 1));
    assertEquals(0, call(Quota.CLASS, q, "consume", ctx, -5));
    call(Quota.CLASS, q, "produce", ctx, 3);
    assertEquals(3, get(Quota.CLASS, q, "current"));
    call(Quota.CLASS, q, "reset", ctx);
    assertEquals(10, get(Quota.CLASS, q, "current"));
  }

  @Test
  void resetLowersAnOverfilledQuota() {
    Quota q = make(Quota.CLASS, ctx, 5);
    q.produce(10);
    assertEquals(15.0, q.current());
    q.reset();
    assertEquals(5.0, q.current());
  }

  @Test
  void maxCapsProduce() {
    Quota q = make(Quota.CLASS, ctx, 5, obj("max", 8));
    q.produce(10);
    assertEquals(8.0, q.current());
  }

  @Test
  void refillsAfterPer() {
    Quota q = t.call(() -> make(Quota.CLASS, ctx, 10, obj("per", "50ms")));
    t.exec(() -> q.consume(7));
    assertEquals(3.0, t.call(q::current));
    t.settle(200);
    assertEquals(10.0, t.call(q::current));
  }

  @Test
  void refillsStepByStepWithProduce() {
    Quota q = t.call(() -> make(Quota.CLASS, ctx, 10, obj("per", 0.05, "produce", 2)));
    t.exec(() -> q.consume(10));
    t.settle(80);
    double after1 = t.call(q::current);
    assertEquals(2.0, after1, 0.0, "one step after one period");
    t.settle(400);
    assertEquals(10.0, t.call(q::current));
  }

  @Test
  void consumersAreServedInOrder() {
    Quota q = new Quota(0, 0, 0, Double.POSITIVE_INFINITY, null, null);
    List<String> log = new ArrayList<>();
    int[] need = {2, 1};
    Quota.Consumer a = quota -> {
      if (quota.consume(need[0]) < need[0]) {
        log.add("a waits");
        return false;
      }
      log.add("a");
      return true;
    };
    Quota.Consumer b = quota -> {
      quota.consume(need[1]);
      log.add("b");
      return true;
    };
    q.enqueue(a);
    q.enqueue(b);
    q.enqueue(a);
    assertEquals(2, q.waiting());
    q.produce(1); // a cannot proceed, so b must not overtake it
    assertEquals(List.of("a waits"), log);
    q.produce(3);
    assertEquals(List.of("a waits", "a", "b"), log);
    assertEquals(0, q.waiting());
  }

  @Test
  void sharedKeyAcrossQuotas() {
    Quota a = make(Quota.CLASS, ctx, 10, obj("key", "quota-test-shared"));
    Quota b = make(Quota.CLASS, ctx, 10, obj("key", "quota-test-shared"));
    assertEquals(6.0, a.consume(6));
    assertEquals(4.0, b.current());
    assertEquals(4.0, b.consume(5));
    assertEquals(0.0, a.current());
    a.produce(3);
    assertEquals(3.0, b.current());
  }

  @Test
  void badArguments() {
    error("argument #1 expects a number", () -> make(Quota.CLASS, ctx, "ten"));
    error("argument #2 expects an object", () -> make(Quota.CLASS, ctx, 1, 2));
    error("options.per", () -> make(Quota.CLASS, ctx, 1, obj("per", "soon")));
    Quota q = make(Quota.CLASS, ctx, 1);
    error("requires 1 or more arguments", () -> call(Quota.CLASS, q, "consume", ctx));
    error("argument #1 expects a number", () -> call(Quota.CLASS, q, "produce", ctx, "x"));
  }
}
