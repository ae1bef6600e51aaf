package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** examples/echo: one port echoes the body, the other says what was asked and from where. */
@Timeout(120)
class EchoIT extends PipyProcesses {

  private int echoPort;
  private int infoPort;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    echoPort = Dist.freePort();
    infoPort = Dist.freePort();
    Path script = Dist.exampleOnPorts("echo", dir, 8081, echoPort, 8082, infoPort);
    PipyProcess p = pipy(script.toString());
    p.awaitPort(echoPort, START);
    p.awaitPort(infoPort, START);
  }

  @Test
  @Timeout(60)
  void curlGetsItsBodyBack() throws Exception {
    assumeCurl();
    assertEquals("hello", curl("-d", "hello", "http://127.0.0.1:" + echoPort + "/"));
  }

  @Test
  @Timeout(60)
  void httpClientGetsItsBodyBack() throws Exception {
    String body = "x".repeat(100_000);
    HttpResponse<String> r = client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + echoPort + "/"))
            .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals(body, r.body());
  }

  @Test
  @Timeout(60)
  void curlIsToldWhatItAskedForAndFromWhere() throws Exception {
    assumeCurl();
    assertEquals("You are requesting /x from 127.0.0.1\n", curl("http://127.0.0.1:" + infoPort + "/x"));
  }

  @Test
  @Timeout(60)
  void httpClientIsToldWhatItAskedForAndFromWhere() throws Exception {
    HttpResponse<String> r = client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + infoPort + "/a/b?c=1")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals("You are requesting /a/b?c=1 from 127.0.0.1\n", r.body());
  }
}
