package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Modules found at run time: a missing module jar, and a third-party jar in plugins/. */
@Timeout(120)
class ModulesIT extends PipyProcesses {

  @Test
  @Timeout(60)
  void withoutProtoHttpTheHelloScriptFailsAtLoadNamingTheFilterTheModuleAndTheCall() throws Exception {
    Path copy = Dist.copyTo(dir);
    try (Stream<Path> lib = Files.list(copy.resolve("lib"))) {
      List<Path> http = lib.filter(p -> p.getFileName().toString().startsWith("proto-http-")).toList();
      assertEquals(1, http.size(), "proto-http jars: " + http);
      Files.delete(http.get(0));
    }
    Path script = Dist.exampleOnPorts("hello", dir, 8080, Dist.freePort());
    PipyProcess p = pipyFrom(copy, script.toString());
    assertNotEquals(0, p.waitForExit(EXIT), p::describe);
    String err = p.stderr();
    assertTrue(err.contains("serveHTTP"), p::describe);
    assertTrue(err.contains("proto-http"), p::describe);
    assertTrue(err.matches("(?s).*" + java.util.regex.Pattern.quote(script.toString()) + ":1:\\d+.*"), p::describe);
  }

  @Test
  @Timeout(60)
  void aFilterJarInPluginsIsCallableByName() throws Exception {
    Path copy = Dist.copyTo(dir);
    Path jar = Dist.pluginJar();
    Files.copy(jar, copy.resolve("plugins").resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    int port = Dist.freePort();
    Path script = Dist.write(dir, "count.js",
        "pipy().listen(" + port + ").countBytes().serveHTTP(new Message('Hi, there!\\n'))\n");
    PipyProcess p = pipyFrom(copy, script.toString());
    p.awaitPort(port, START);
    String request = get("/count");
    try (Socket s = connect(port)) {
      send(s, request);
      assertEquals(HELLO_RESPONSE, receive(s, HELLO_RESPONSE.length()));
    }
    // Closing the connection ends the stream, and countBytes logs what it saw come in.
    String line = "[INF] countBytes: " + request.length() + " bytes";
    p.awaitStderr(log -> log.contains(line), Duration.ofSeconds(10), "'" + line + "' in the log");
  }

  @Test
  @Timeout(60)
  void withoutThePluginTheFilterIsUnknown() throws Exception {
    Path script = Dist.write(dir, "count.js",
        "pipy().listen(" + Dist.freePort() + ").countBytes().serveHTTP(new Message('hi'))\n");
    PipyProcess p = pipy(script.toString());
    assertNotEquals(0, p.waitForExit(EXIT), p::describe);
    assertTrue(p.stderr().contains("countBytes"), p::describe);
  }
}
