package io.pipy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Log;
import io.pipy.engine.Engine;
import io.pipy.engine.EngineException;
import io.pipy.engine.EngineOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private EngineOptions ran;
  private Log.Level savedLevel;

  @TempDir
  Path dir;

  @BeforeEach
  void saveLog() {
    savedLevel = Log.level();
  }

  @AfterEach
  void restoreLog() {
    Log.setLevel(savedLevel);
    Log.setOutput(System.err);
  }

  private int run(ToIntFunction<EngineOptions> engine, String... args) {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    return new Main(o, e, engine).execute(args);
  }

  private int run(String... args) {
    return run(options -> {
      ran = options;
      return 0;
    }, args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void evalRunsTheTextAsEval() {
    assertEquals(0, run("-e", "println('hi')", "--", "a", "b"));
    assertEquals("<eval>", ran.scriptName());
    assertEquals("println('hi')", ran.scriptSource());
    assertEquals(List.of("a", "b"), ran.arguments());
    assertSame(Main.class.getClassLoader(), ran.classLoader());
  }

  @Test
  void aFileIsReadAsUtf8AndNamedAsGiven() throws IOException {
    Path script = dir.resolve("main.js");
    Files.writeString(script, "println('h\u00e9llo')\n", StandardCharsets.UTF_8);
    assertEquals(0, run(script.toString(), "--threads=1", "--reuse-port", "--no-graph", "--io=nio"));
    assertEquals(script.toString(), ran.scriptName());
    assertEquals("println('h\u00e9llo')\n", ran.scriptSource());
    assertEquals(1, ran.threads());
    assertTrue(ran.reusePort());
    assertFalse(ran.printGraph());
    assertEquals("nio", ran.ioTransport());
  }

  @Test
  void aMissingFileIsAnError() {
    String missing = dir.resolve("nope.js").toString();
    assertEquals(1, run(missing));
    assertNull(ran, "the engine must not start");
    assertEquals("file or directory does not exist: " + missing + "\n", err());
  }

  @Test
  void withDashFAMissingPathIsAnErrorEvenIfItLooksLikeCode() {
    assertEquals(1, run("-f", "println(1)"));
    assertNull(ran);
    assertTrue(err().startsWith("file or directory does not exist: "), err());
  }

  @Test
  void aTargetThatIsNoFileAndNoPathIsRunAsScriptTextAsPipyDoes() {
    assertEquals(0, run("pipy().listen(8080).serveHTTP(new Message('hi'))"));
    assertEquals("<eval>", ran.scriptName());
    assertEquals("pipy().listen(8080).serveHTTP(new Message('hi'))", ran.scriptSource());
  }

  @Test
  void aWordThatFailsAsScriptTextAlsoSaysNoSuchFileExists() {
    assertEquals(1, run(options -> 1, "mainjs"));
    assertTrue(err().contains("file or directory does not exist either with the input string as a pathname: mainjs"), err());
  }

  @Test
  void aDirectoryIsNotSupportedYet() {
    assertEquals(1, run(dir.toString()));
    assertNull(ran);
    assertTrue(err().contains("not supported yet"), err());
  }

  @Test
  void remoteCodebasesAreNotSupportedYet() {
    assertEquals(1, run("http://localhost:6060/repo/hello/"));
    assertTrue(err().contains("not supported yet"), err());
  }

  @Test
  void withoutAScriptItPrintsTheUsageAndFails() {
    assertEquals(1, run());
    assertNull(ran);
    assertTrue(err().contains("Usage: pipy [options]"), err());
  }

  @Test
  void badOptionsFailBeforeTheEngineStarts() {
    assertEquals(1, run("--nope", "-e", "1"));
    assertNull(ran);
    assertEquals("unknown option: --nope\n", err());
  }

  @Test
  void versionPrintsTheVersionAndExitsZero() {
    assertEquals(0, run("--version"));
    assertNull(ran);
    assertTrue(out().startsWith("Version          : " + Engine.version() + "\n"), out());
  }

  @Test
  void helpPrintsTheUsageToStandardOutput() {
    assertEquals(0, run("-h"));
    assertTrue(out().startsWith("Usage: pipy [options] [<expression | pathname>]"), out());
    for (String name : List.of("--eval", "--file", "--threads", "--log-level", "--reuse-port", "--no-graph", "--io", "--args")) {
      assertTrue(out().contains(name), name);
    }
  }

  @Test
  void theEnginesStatusIsTheExitStatus() {
    assertEquals(3, run(options -> 3, "-e", "pipy.exit(3)"));
  }

  @Test
  void logLevelAndOutputAreAppliedBeforeTheEngineRuns() {
    int status = run(options -> {
      Log.debug("from the engine");
      return 0;
    }, "--log-level=debug", "--log-local=stdout", "-e", "1");
    assertEquals(0, status);
    assertEquals(Log.Level.DEBUG, Log.level());
    assertTrue(out().contains("[DBG] from the engine"), out());
  }

  @Test
  void anEngineExceptionIsLoggedWithoutAStackTrace() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status = run(options -> {
      Log.setOutput(new PrintStream(log, true, StandardCharsets.UTF_8));
      throw new EngineException("cannot listen on TCP 0.0.0.0:80: Permission denied");
    }, "-e", "1");
    assertEquals(1, status);
    String text = log.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("[ERR] cannot listen on TCP 0.0.0.0:80: Permission denied"), text);
    assertFalse(text.contains("\tat "), text);
  }

  @Test
  void anUnexpectedExceptionIsLoggedWithItsStackTrace() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status = run(options -> {
      Log.setOutput(new PrintStream(log, true, StandardCharsets.UTF_8));
      throw new IllegalStateException("bug");
    }, "-e", "1");
    assertEquals(1, status);
    String text = log.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("[ERR] unexpected error: java.lang.IllegalStateException: bug"), text);
    assertTrue(text.contains("at io.pipy.cli.MainTest"), text);
  }

  @Test
  @Timeout(30)
  void adminPortServesTheMetricsWhileTheScriptRuns() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    List<String> seen = new ArrayList<>();
    int status = run(options -> {
      try {
        HttpClient client = HttpClient.newHttpClient();
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(), BodyHandlers.ofString());
        seen.add(metrics.statusCode() + " " + metrics.headers().firstValue("content-type").orElse(""));
        seen.add(String.valueOf(client.send(HttpRequest.newBuilder(base.resolve("/status")).build(), BodyHandlers.ofString()).statusCode()));
        seen.add(String.valueOf(client.send(HttpRequest.newBuilder(base.resolve("/metrics"))
            .POST(HttpRequest.BodyPublishers.ofString("x")).build(), BodyHandlers.ofString()).statusCode()));
      } catch (IOException | InterruptedException e) {
        seen.add(e.toString());
      }
      return 0;
    }, "--admin-port=127.0.0.1:" + port, "-e", "1");
    assertEquals(0, status);
    assertEquals(List.of("200 text/plain; version=0.0.4; charset=utf-8", "404", "405"), seen);
    assertTrue(err().contains("[admin] Listening on TCP port " + port + " at 127.0.0.1"), err());
    try (Socket s = new Socket()) {
      assertThrows(IOException.class, () -> s.connect(new InetSocketAddress("127.0.0.1", port), 1000), "closed when the script ends");
    }
  }

  @Test
  @Timeout(30)
  void anAdminPortInUseIsAStartupError() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertEquals(1, run("--admin-port=127.0.0.1:" + taken.getLocalPort(), "-e", "1"));
      assertNull(ran, "the script did not run");
      assertTrue(err().contains("cannot start the admin service on port " + taken.getLocalPort()), err());
    }
  }
}
