package io.pipy.engine.algo;

import static io.pipy.engine.algo.HostKit.config;
import static io.pipy.engine.algo.HostKit.data;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptObject;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.Run;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class ThrottleTest {

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

  private Filter make(Function<FilterConfig, Filter> maker, String name, Object... args) {
    Filter f = maker.apply(config(t, args));
    f.configure(name, null);
    return f;
  }

  private Quota quota(double initial, Object options) {
    return t.call(() -> HostKit.make(Quota.CLASS, ctx, initial, options));
  }

  private static Event[] messages(int n) {
    Event[] out = new Event[n * 2];
    for (int i = 0; i < n; i++) {
      out[i * 2] = MessageStart.of(null);
      out[i * 2 + 1] = MessageEnd.plain();
    }
    return out;
  }

  @Test
  void messageRateHoldsMessagesBackUntilTheQuotaGrows() {
    Quota q = quota(2, obj("per", "100ms"));
    Run run = t.run(make(Throttle.MessageRate::create, "throttleMessageRate", q));
    run.input(messages(5));
    run.input(StreamEnd.normal());
    assertEquals("MS ME MS ME", run.outputShape(), "two messages pass at once, the rest wait");
    t.settle(150);
    assertEquals("MS ME MS ME MS ME MS ME", run.outputShape());
    t.settle(150);
    assertEquals("MS ME MS ME MS ME MS ME MS ME SE", run.outputShape(), "nothing was dropped");
    run.release();
  }

  @Test
  void dataRatePassesWhatFitsAndSplitsTheRest() {
    Quota q = quota(5, obj("per", 0.05));
    Run run = t.run(make(Throttle.DataRate::create, "throttleDataRate", q));
    run.input(data("0123456789AB"), StreamEnd.normal());
    assertEquals("01234", run.outputText());
    for (int i = 0; i < 40 && !run.outputShape().endsWith("SE"); i++) t.settle(20);
    assertEquals("0123456789AB", run.outputText());
    assertEquals("D(5) D(5) D(2) SE", run.outputShape());
    run.release();
  }

  @Test
  void concurrencyLetsOneStreamInAtATime() {
    Quota q = quota(1, null);
    PipelineLayout layout = t.layout(make(Throttle.Concurrency::create, "throttleConcurrency", q));
    Run a = t.run(layout);
    Run b = t.run(layout);
    a.input(data("a1"));
    b.input(data("b1"), data("b2"));
    assertEquals("a1", a.outputText());
    assertEquals("", b.outputText(), "b waits for a");
    assertEquals(0.0, t.call(q::current));
    a.input(data("a2"), StreamEnd.normal());
    assertEquals("a1a2", a.outputText());
    a.release();
    t.settle(20);
    assertEquals("b1b2", b.outputText(), "a's slot went to b");
    b.release();
    t.settle(20);
    assertEquals(1.0, t.call(q::current), "b gave its slot back");
  }

  @Test
  void aWaitingStreamThatIsResetLeavesTheQueueAndReleasesItsBuffers() {
    Quota q = quota(1, obj("per", "50ms"));
    PipelineLayout layout = t.layout(make(Throttle.DataRate::create, "throttleDataRate", q));
    Run run = t.run(layout);
    run.input(data("xyz"), data("more"));
    assertEquals("x", run.outputText());
    assertEquals(1, t.call(q::waiting));
    run.release();
    assertEquals(0, t.call(q::waiting));
    t.settle(150);
    assertEquals("x", run.outputText(), "nothing reaches a released stream");
    Run next = t.run(layout);
    t.settle(60);
    next.input(data("ok"), StreamEnd.normal());
    for (int i = 0; i < 20 && !next.outputShape().endsWith("SE"); i++) t.settle(20);
    assertEquals("ok", next.outputText());
    next.release();
  }

  @Test
  void quotaFromAFunctionPerStream() {
    Quota shared = quota(1, null);
    HostKit.Fn f = HostKit.Fn.returning(shared);
    PipelineLayout layout = t.layout(make(Throttle.MessageRate::create, "throttleMessageRate", f));
    Run a = t.run(layout);
    a.input(messages(2));
    assertEquals("MS ME", a.outputShape());
    assertEquals(1, f.calls.size(), "once per stream");
    a.release();
    Run b = t.run(layout);
    b.input(MessageStart.of(null));
    assertEquals("", b.outputShape(), "the quota is shared through the function");
    t.exec(() -> shared.produce(1));
    t.settle(10);
    assertEquals("MS", b.outputShape());
    b.release();
  }

  @Test
  void aFunctionReturningSomethingElseFailsTheStream() {
    HostKit.Fn f = HostKit.Fn.returning(obj());
    Run run = t.run(make(Throttle.MessageRate::create, "throttleMessageRate", f));
    run.input(MessageStart.of(null), data("dropped"), MessageEnd.plain());
    assertEquals("SE(RuntimeError)", run.outputShape());
    run.release();
  }

  @Test
  void legacyRateWithAccounts() {
    HostKit.Fn account = new HostKit.Fn((c, a) -> ((ScriptObject) c.variables(0)[0]).get("user"));
    PipelineLayout layout = t.layout(make(Throttle.MessageRate::create, "throttleMessageRate", 2, account));
    Run alice1 = runAs(layout, "alice");
    Run alice2 = runAs(layout, "alice");
    Run bob = runAs(layout, "bob");
    alice1.input(messages(2));
    alice2.input(messages(1));
    bob.input(messages(2));
    assertEquals("MS ME MS ME", alice1.outputShape());
    assertEquals("", alice2.outputShape(), "alice's account is used up");
    assertEquals("MS ME MS ME", bob.outputShape(), "bob has his own account");
    for (int i = 0; i < 100 && alice2.outputShape().isEmpty(); i++) t.settle(20);
    assertEquals("MS ME", alice2.outputShape(), "the account is refilled every second");
    alice1.release();
    alice2.release();
    bob.release();
  }

  private Run runAs(PipelineLayout layout, String user) {
    Context c = t.newContext(new io.pipy.api.ContextTemplate() {
      @Override
      public int moduleCount() {
        return 1;
      }

      @Override
      public Object[] initialVariables(int module) {
        return new Object[] {obj("user", user)};
      }
    });
    c.variables(0);
    return t.run(layout, c);
  }

  @Test
  void legacyConcurrencyAndSizes() {
    PipelineLayout layout = t.layout(make(Throttle.Concurrency::create, "throttleConcurrency", 1));
    Run a = t.run(layout);
    Run b = t.run(layout);
    a.input(data("a"));
    b.input(data("b"));
    assertEquals("", b.outputText());
    a.release();
    t.settle(20);
    assertEquals("b", b.outputText());
    b.release();

    Run free = t.run(make(Throttle.DataRate::create, "throttleDataRate", 0));
    free.input(data("no limit at all"), StreamEnd.normal());
    assertEquals("no limit at all", free.outputText());
    free.release();

    Run sized = t.run(make(Throttle.DataRate::create, "throttleDataRate", "1k"));
    sized.input(data("x".repeat(1500)));
    assertEquals(1024, sized.outputText().length());
    sized.release();
  }

  @Test
  void aKeyedQuotaThrottlesAcrossWorkers() {
    try (PipelineTester other = new PipelineTester()) {
      Context octx = HostKit.context(other.worker(), null);
      Quota here = quota(1, obj("key", "throttle-test-cross-worker"));
      Quota there = other.call(() -> HostKit.make(Quota.CLASS, octx, 1, obj("key", "throttle-test-cross-worker")));
      Run a = t.run(make(Throttle.Concurrency::create, "throttleConcurrency", here));
      Filter f = Throttle.Concurrency.create(config(other, there));
      f.configure("throttleConcurrency", null);
      Run b = other.run(f);
      a.input(data("a"));
      b.input(data("b"));
      assertEquals("a", a.outputText());
      assertEquals("", b.outputText(), "the slot is taken on the other worker");
      a.release();
      for (int i = 0; i < 50 && b.outputText().isEmpty(); i++) other.settle(10);
      assertEquals("b", b.outputText(), "woken on its own worker when the slot came back");
      b.release();
    }
  }

  @Test
  void badArguments() {
    error("expects an algo.Quota or a function", () -> make(Throttle.MessageRate::create, "throttleMessageRate"));
    error("expects an algo.Quota or a function", () -> make(Throttle.DataRate::create, "throttleDataRate", obj()));
    error("invalid size", () -> make(Throttle.DataRate::create, "throttleDataRate", "lots"));
    Quota q = quota(1, null);
    error("options expects an object", () -> make(Throttle.Concurrency::create, "throttleConcurrency", q, 5));
    Filter withOptions = make(Throttle.Concurrency::create, "throttleConcurrency", q, obj("blockInput", true));
    assertTrue(withOptions instanceof Throttle);
  }
}
