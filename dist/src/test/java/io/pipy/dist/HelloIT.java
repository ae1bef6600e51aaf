package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** examples/hello served by the real launcher, checked byte for byte. */
@Timeout(120)
class HelloIT extends PipyProcesses {

  private int port;

  /** Starts examples/hello (moved to a free port) with {@code options}. */
  private PipyProcess startHello(String... options) throws Exception {
    port = Dist.freePort();
    Path script = Dist.exampleOnPorts("hello", dir, 8080, port);
    List<String> args = new ArrayList<>(List.of(options));
    args.add(script.toString());
    PipyProcess p = pipy(args.toArray(new String[0]));
    p.awaitPort(port, START);
    return p;
  }

  @Test
  @Timeout(60)
  void answersExactlyOverARawSocketAndKeepsTheConnection() throws Exception {
    startHello();
    try (Socket s = connect(port)) {
      for (int i = 0; i < 3; i++) {
        send(s, get("/"));
        assertEquals(HELLO_RESPONSE, receive(s, HELLO_RESPONSE.length()), "response " + (i + 1) + " on one connection");
      }
    }
  }

  @Test
  @Timeout(60)
  void answersExactlyToCurl() throws Exception {
    assumeCurl();
    startHello();
    assertEquals(HELLO_RESPONSE, curl("-i", "http://127.0.0.1:" + port + "/"));
  }

  @Test
  @Timeout(60)
  void answersJavasHttpClient() throws Exception {
    startHello();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    for (String path : List.of("/", "/a/b?c=d")) {
      HttpResponse<String> r = client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertEquals("Hi, there!\n", r.body());
    }
  }

  @Test
  @Timeout(90)
  void servesWithTwoThreads() throws Exception {
    startHello("--threads=2");
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        done.add(clients.submit(() -> {
          int answered = 0;
          try (Socket s = connect(port)) {
            for (int i = 0; i < 10; i++) {
              send(s, get("/"));
              assertEquals(HELLO_RESPONSE, receive(s, HELLO_RESPONSE.length()));
              answered++;
            }
          }
          return answered;
        }));
      }
      int total = 0;
      for (Future<Integer> f : done) total += f.get();
      assertEquals(80, total);
    } finally {
      clients.shutdownNow();
    }
  }
}
