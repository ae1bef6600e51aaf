package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.dist.HttpConnection.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scrapes {@code GET /metrics} on {@code --admin-port} while a script ({@code tutorials/metrics})
 * counts requests on two workers, and checks the Prometheus text: metric names and types, label
 * sets and their escaping, histogram buckets, counts and sums, and values summed over the
 * workers. Pipy 1.5.18 serves the same names, labels and sums; its histogram buckets are not
 * cumulative and have no {@code +Inf}, which we deliberately do not copy (see
 * {@code io.pipy.engine.stats.Prometheus}).
 */
@Timeout(120)
class MetricsIT extends PipyProcesses {

  @Test
  void scrapeShowsNamesLabelsBucketsAndSumsOverWorkers() throws Exception {
    int port = Dist.freePort();
    int admin = Dist.freePort();
    Tutorials.copy("metrics", dir, Map.of("PORT", port));
    String[] args = {"--no-graph", "--threads=2", "--reuse-port", "--admin-port=127.0.0.1:" + admin,
        dir.resolve("metrics/main.js").toString()};
    Path other = Tutorials.otherPipy(dir);
    PipyProcess p = other == null ? pipy(args) : pipyFrom(other, args);
    p.awaitPort(port, START);
    p.awaitPort(admin, START);

    for (String path : List.of("/3", "/3", "/7", "/100", "/0", "/5")) {
      assertEquals("ok\n", HttpConnection.once(port, "GET", path, null).body());
    }
    HttpConnection.once(port, "POST", "/20", "x");
    HttpConnection.once(port, "GET", "/1", null, "x-agent", "bot \"007\" \\ v1");

    Response scrape = HttpConnection.once(admin, "GET", "/metrics", null);
    assertEquals(200, scrape.status());
    assertTrue(scrape.header("content-type").startsWith("text/plain"), scrape.header("content-type"));
    String text = scrape.body();
    for (String type : List.of("# TYPE gw_requests_total counter", "# TYPE gw_in_progress gauge",
        "# TYPE gw_latency_ms histogram", "# TYPE gw_agents_total counter",
        "# TYPE gw_workers_started_total counter", "# TYPE gw_capacity gauge")) {
      assertTrue(text.contains(type + "\n"), () -> type + " missing from\n" + text);
    }
    Map<String, String> samples = samples(text);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("gw_requests_total{route=\"/3\",status=\"200\"}", "2");
    expected.put("gw_requests_total{route=\"/7\",status=\"200\"}", "1");
    expected.put("gw_requests_total{route=\"/100\",status=\"200\"}", "1");
    expected.put("gw_requests_total{route=\"/0\",status=\"200\"}", "1");
    expected.put("gw_requests_total{route=\"/5\",status=\"200\"}", "1");
    expected.put("gw_requests_total{route=\"/20\",status=\"405\"}", "1");
    expected.put("gw_requests_total{route=\"/1\",status=\"200\"}", "1");
    expected.put("gw_agents_total{agent=\"bot \\\"007\\\" \\\\ v1\"}", "1");
    expected.put("gw_in_progress", "0");
    // Latencies 3, 3, 7, 100, 0, 5, 20, 1; buckets count everything up to their bound.
    expected.put("gw_latency_ms_bucket{le=\"1\"}", "2");
    expected.put("gw_latency_ms_bucket{le=\"5\"}", "5");
    expected.put("gw_latency_ms_bucket{le=\"10\"}", "6");
    expected.put("gw_latency_ms_bucket{le=\"50\"}", "7");
    expected.put("gw_latency_ms_bucket{le=\"+Inf\"}", "8");
    expected.put("gw_latency_ms_count", "8");
    expected.put("gw_latency_ms_sum", "139");
    // One task run per worker: counters and gauges are summed over the two workers.
    expected.put("gw_workers_started_total", "2");
    expected.put("gw_capacity", "20");
    List<String> wrong = new ArrayList<>();
    expected.forEach((series, value) -> {
      if (!value.equals(samples.get(series))) wrong.add(series + " = " + samples.get(series) + ", expected " + value);
    });
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong) + "\nin\n" + text);
    assertFalse(samples.containsKey("gw_requests_total"), "a labelled counter has no unlabelled sample of its own");
    int type = text.indexOf("# TYPE gw_latency_ms histogram");
    assertTrue(type < text.indexOf("gw_latency_ms_bucket{le=\"1\"}")
        && text.indexOf("gw_latency_ms_bucket{le=\"1\"}") < text.indexOf("gw_latency_ms_bucket{le=\"5\"}")
        && text.indexOf("gw_latency_ms_bucket{le=\"50\"}") < text.indexOf("gw_latency_ms_bucket{le=\"+Inf\"}")
        && text.indexOf("gw_latency_ms_bucket{le=\"+Inf\"}") < text.indexOf("gw_latency_ms_count"),
        "the type line, then the buckets in order, then the count: " + text);

    // A later scrape sees later requests.
    HttpConnection.once(port, "GET", "/3", null);
    assertEquals("3", samples(HttpConnection.once(admin, "GET", "/metrics", null).body())
        .get("gw_requests_total{route=\"/3\",status=\"200\"}"));
    assertEquals(404, HttpConnection.once(admin, "GET", "/nothing", null).status());
    assertEquals(405, HttpConnection.once(admin, "POST", "/metrics", "").status());
  }

  /** Every sample line of a Prometheus text, series to value. */
  private static Map<String, String> samples(String text) {
    Map<String, String> samples = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) continue;
      int space = line.lastIndexOf(' ');
      samples.put(line.substring(0, space), line.substring(space + 1));
    }
    return samples;
  }
}
