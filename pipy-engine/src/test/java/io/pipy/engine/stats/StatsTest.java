package io.pipy.engine.stats;

import static io.pipy.engine.algo.HostKit.arr;
import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.get;
import static io.pipy.engine.algo.HostKit.list;
import static io.pipy.engine.algo.HostKit.make;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.algo.HostKit;
import io.pipy.engine.algo.Percentile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class StatsTest {

  private PipelineTester w1;
  private PipelineTester w2;
  private Context c1;
  private Context c2;

  @BeforeEach
  void setUp() {
    w1 = new PipelineTester();
    w2 = new PipelineTester();
    c1 = HostKit.context(w1.worker(), null);
    c2 = HostKit.context(w2.worker(), null);
  }

  @AfterEach
  void tearDown() {
    Stats.forget(w1.worker());
    Stats.forget(w2.worker());
    w1.close();
    w2.close();
  }

  @Test
  void counterBasics() {
    Counter c = w1.call(() -> make(Counter.CLASS, c1, "t_counter"));
    assertEquals("t_counter", get(Counter.CLASS, c, "name"));
    assertEquals("Counter", get(Counter.CLASS, c, "type"));
    assertEquals(1, get(Counter.CLASS, c, "dimensions"));
    assertSame(Undefined.INSTANCE, get(Counter.CLASS, c, "label"));
    assertFalse(c.hasValue());
    call(Counter.CLASS, c, "increase", c1);
    call(Counter.CLASS, c, "increase", c1, 2.5);
    call(Counter.CLASS, c, "decrease", c1);
    assertEquals(2.5, get(Counter.CLASS, c, "value"));
    call(Counter.CLASS, c, "zero", c1);
    assertEquals(0, get(Counter.CLASS, c, "value"));
    assertTrue(c.hasValue());
  }

  @Test
  void labelsMakeATree() {
    Counter c = w1.call(() -> make(Counter.CLASS, c1, "t_tree", arr("method", "code")));
    Counter get200 = (Counter) call(Counter.CLASS, c, "withLabels", c1, "GET", 200);
    get200.increase(1);
    assertSame(get200, call(Counter.CLASS, c, "withLabels", c1, "GET", "200", "extra"));
    Counter get = (Counter) c.withLabels("GET");
    assertEquals("GET", get(Counter.CLASS, get, "label"));
    assertSame(get200, get.withLabels("200"));
    assertNull(get200.withLabels("x"), "a leaf has no labels left");
    assertEquals(List.of(get), list(call(Counter.CLASS, c, "submetrics", c1)));
    call(Counter.CLASS, c, "clear", c1);
    assertTrue(c.submetrics().isEmpty());
  }

  @Test
  void gaugeAndCollectCallback() {
    int[] calls = {0};
    HostKit.Fn onCollect = new HostKit.Fn((ctx, a) -> {
      ((Gauge) a[0]).set(++calls[0] * 10);
      return null;
    });
    Gauge g = w1.call(() -> make(Gauge.CLASS, c1, "t_gauge", arr(), onCollect));
    call(Gauge.CLASS, g, "set", c1, 5);
    call(Gauge.CLASS, g, "increase", c1);
    call(Gauge.CLASS, g, "decrease", c1, 3);
    assertEquals(3, get(Gauge.CLASS, g, "value"));
    String text = Prometheus.render(Stats.collect(Set.of("t_gauge")).join(), null);
    assertEquals("# TYPE t_gauge gauge\nt_gauge 10\n", text);
    assertEquals(1, calls[0]);
  }

  @Test
  void histogramValuesAsPipyShowsThem() {
    Histogram h = w1.call(() -> make(Histogram.CLASS, c1, "t_lat", arr(1, 5, 10, Double.POSITIVE_INFINITY), arr("svc")));
    Histogram a = (Histogram) h.withLabels("a");
    for (double v : new double[] {0.5, 3, 7, 100}) call(Histogram.CLASS, a, "observe", c1, v);
    // Pipy 1.5.18: [1,1,1,1,4,110.5] Histogram[1,5,10,"Inf"]
    assertEquals(List.of(1, 1, 1, 1, 4, 110.5), list(get(Histogram.CLASS, a, "value")));
    assertEquals("Histogram[1,5,10,\"Inf\"]", get(Histogram.CLASS, h, "type"));
    assertEquals(6, get(Histogram.CLASS, h, "dimensions"));
    Percentile p = (Percentile) get(Histogram.CLASS, a, "percentile");
    assertEquals(4, p.cumulative(3));
    call(Histogram.CLASS, a, "zero", c1);
    assertEquals(List.of(0, 0, 0, 0, 0, 0), list(get(Histogram.CLASS, a, "value")));
  }

  private void defineOn(PipelineTester w, Context c, int scale) {
    w.exec(() -> {
      Counter req = make(Counter.CLASS, c, "t_req_total", arr("method", "code"));
      Gauge conns = make(Gauge.CLASS, c, "t_conns");
      Histogram lat = make(Histogram.CLASS, c, "t_latency", arr(1, 5, 10, Double.POSITIVE_INFINITY), arr("svc"));
      ((Counter) req.withLabels("GET", "200")).increase(3 * scale);
      ((Counter) req.withLabels("POST")).increase(scale);
      req.increase(10 * scale);
      conns.set(5 * scale);
      Histogram a = (Histogram) lat.withLabels("a");
      for (double v : new double[] {0.5, 3, 7, 100}) a.observe(v);
      lat.observe(2);
    });
  }

  @Test
  void prometheusSumsAllWorkers() {
    defineOn(w1, c1, 1);
    defineOn(w2, c2, 2);
    String text = Stats.prometheusAsync(null).join();
    Map<String, Double> samples = parse(text);
    assertEquals(30.0, samples.get("t_req_total"));
    assertEquals(9.0, samples.get("t_req_total{method=\"GET\",code=\"200\"}"));
    assertEquals(3.0, samples.get("t_req_total{method=\"POST\"}"));
    assertFalse(samples.containsKey("t_req_total{method=\"GET\"}"), "a node never set is not shown");
    assertEquals(15.0, samples.get("t_conns"));
    assertEquals(2.0, samples.get("t_latency_bucket{svc=\"a\",le=\"1\"}"));
    assertEquals(4.0, samples.get("t_latency_bucket{svc=\"a\",le=\"5\"}"));
    assertEquals(6.0, samples.get("t_latency_bucket{svc=\"a\",le=\"10\"}"));
    assertEquals(8.0, samples.get("t_latency_bucket{svc=\"a\",le=\"+Inf\"}"));
    assertEquals(8.0, samples.get("t_latency_count{svc=\"a\"}"));
    assertEquals(221.0, samples.get("t_latency_sum{svc=\"a\"}"));
    assertEquals(0.0, samples.get("t_latency_bucket{le=\"1\"}"));
    assertEquals(2.0, samples.get("t_latency_bucket{le=\"5\"}"));
    assertEquals(2.0, samples.get("t_latency_count"));
    assertTrue(text.contains("# TYPE t_req_total counter\n"));
    assertTrue(text.contains("# TYPE t_conns gauge\n"));
    assertTrue(text.contains("# TYPE t_latency histogram\n"));
    int type = text.indexOf("# TYPE t_latency histogram");
    assertTrue(text.indexOf("t_latency_bucket{le=\"1\"}") > type);
    List<String> order = new ArrayList<>();
    for (String line : text.split("\n")) if (line.startsWith("t_latency") && !line.contains("svc")) order.add(line.replaceAll(" .*", ""));
    assertEquals(List.of("t_latency_bucket{le=\"1\"}", "t_latency_bucket{le=\"5\"}", "t_latency_bucket{le=\"10\"}",
        "t_latency_bucket{le=\"+Inf\"}", "t_latency_count", "t_latency_sum"), order);
    String blocking = Stats.prometheus();
    assertTrue(blocking.contains("t_conns 15\n"), blocking);
  }

  @Test
  void aHistogramWithAFiniteLastBoundGetsAnInfBucketHoldingTheCount() {
    w1.exec(() -> {
      Histogram h = make(Histogram.CLASS, c1, "t_finite", arr(1, 5));
      for (double v : new double[] {0.5, 3, 7, 100}) h.observe(v);
    });
    assertEquals(String.join("\n",
        "# TYPE t_finite histogram",
        "t_finite_bucket{le=\"1\"} 1",
        "t_finite_bucket{le=\"5\"} 2",
        "t_finite_bucket{le=\"+Inf\"} 4",
        "t_finite_count 4",
        "t_finite_sum 110.5",
        ""), Prometheus.render(Stats.collect(Set.of("t_finite")).join(), null));
  }

  @Test
  void extraLabelsNamesAndEscaping() {
    w1.exec(() -> {
      Counter c = make(Counter.CLASS, c1, "t-odd.name", arr("path"));
      ((Counter) c.withLabels("a\"b\\c\nd")).increase(1);
      c.increase(1);
    });
    String text = Stats.prometheusAsync("instance=\"x\"").join();
    assertTrue(text.contains("# TYPE t_odd_name counter\n"), text);
    assertTrue(text.contains("t_odd_name{instance=\"x\"} 1\n"), text);
    assertTrue(text.contains("t_odd_name{instance=\"x\",path=\"a\\\"b\\\\c\\nd\"} 1\n"), text);
    parse(text);
  }

  @Test
  void aMetricOfTheSameNameReplacesTheOld() {
    w1.exec(() -> make(Counter.CLASS, c1, "t_replaced").increase(5));
    w1.exec(() -> make(Counter.CLASS, c1, "t_replaced").increase(1));
    assertEquals(1.0, parse(Stats.prometheusAsync(null).join()).get("t_replaced"));
  }

  @Test
  void javaSourcesWithHelp() {
    MetricFamily.Node root = new MetricFamily.Node(null, new double[] {7}, true);
    MetricFamily f = new MetricFamily("t_inbound_count", "Gauge", List.of(), null, "Open inbound connections", root);
    java.util.function.Supplier<java.util.Collection<MetricFamily>> src = () -> List.of(f);
    Stats.addSource(src);
    try {
      String text = Stats.prometheusAsync(null).join();
      assertTrue(text.contains("# HELP t_inbound_count Open inbound connections\n# TYPE t_inbound_count gauge\nt_inbound_count 7\n"), text);
    } finally {
      Stats.removeSource(src);
    }
  }

  @Test
  void sumAddsUpEveryWorkersMetrics() throws Exception {
    // stats.sum() is this collection wrapped in a script promise (its script side is tested in pipy-tests).
    defineOn(w1, c1, 1);
    defineOn(w2, c2, 2);
    List<MetricFamily> families = Stats.collect(java.util.Set.of("t_req_total", "t_latency", "t_conns_missing"))
        .get(20, java.util.concurrent.TimeUnit.SECONDS);
    ScriptObject metrics = w1.call(() -> StatsNamespace.toObject(c1, w1.worker().scripts(), families));
    Counter req = (Counter) metrics.get("t_req_total");
    assertEquals(30, get(Counter.CLASS, req, "value"));
    assertEquals(9, get(Counter.CLASS, (Counter) req.withLabels("GET", "200"), "value"));
    Histogram lat = (Histogram) metrics.get("t_latency");
    assertEquals(List.of(2, 2, 2, 2, 8, 221), list(get(Histogram.CLASS, (Histogram) lat.withLabels("a"), "value")));
    assertSame(Undefined.INSTANCE, metrics.get("t_conns_missing"));
  }

  @Test
  void badArguments() {
    error("requires 1 or more arguments", () -> w1.call(() -> make(Counter.CLASS, c1)));
    error("argument #1 expects a string", () -> w1.call(() -> make(Gauge.CLASS, c1, 5)));
    error("argument #2 expects an array", () -> w1.call(() -> make(Counter.CLASS, c1, "x", "labels")));
    error("argument #2 expects an array", () -> w1.call(() -> make(Histogram.CLASS, c1, "h", 5)));
    error("buckets must not be empty", () -> w1.call(() -> make(Histogram.CLASS, c1, "h", arr())));
    error("argument #3 expects a function", () -> w1.call(() -> make(Gauge.CLASS, c1, "g", arr(), 1)));
    error("argument #1 expects an array", () -> w1.call(() -> StatsNamespace.SUM.call(c1, null, new Object[] {"x"})));
    Counter c = w1.call(() -> make(Counter.CLASS, c1, "t_bad"));
    error("argument #1 expects a number", () -> call(Counter.CLASS, c, "increase", c1, "1"));
  }

  private static final Pattern LINE = Pattern.compile(
      "([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\"(?:,[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\")*\\})?) (\\S+)");

  /** Parses exposition text strictly: every sample line must be well-formed; TYPE before samples. */
  static Map<String, Double> parse(String text) {
    Map<String, Double> out = new LinkedHashMap<>();
    Set<String> typed = new java.util.HashSet<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) continue;
      if (line.startsWith("# TYPE ")) {
        String[] p = line.split(" ");
        assertEquals(4, p.length, line);
        assertTrue(Set.of("counter", "gauge", "histogram").contains(p[3]), line);
        typed.add(p[2]);
        continue;
      }
      if (line.startsWith("# HELP ")) continue;
      Matcher m = LINE.matcher(line);
      assertTrue(m.matches(), "bad sample line: " + line);
      String base = m.group(1).replaceAll("\\{.*", "").replaceAll("_(bucket|count|sum)$", "");
      assertTrue(typed.contains(base) || typed.contains(m.group(1).replaceAll("\\{.*", "")), "no TYPE before " + line);
      out.put(m.group(1), m.group(2).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(2)));
    }
    return out;
  }
}
