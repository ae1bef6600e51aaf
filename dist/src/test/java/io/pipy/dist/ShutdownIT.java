package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SIGINT and SIGTERM: stop listening, let open streams finish, exit; a second signal exits at once. */
@Timeout(120)
class ShutdownIT extends PipyProcesses {

  private static void signal(PipyProcess p, String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill -" + name);
  }

  private PipyProcess startHello(int port) throws Exception {
    Path script = Dist.exampleOnPorts("hello", dir, 8080, port);
    PipyProcess p = pipy("--no-graph", script.toString());
    p.awaitPort(port, START);
    return p;
  }

  @Test
  void sigintStopsListeningAndWaitsForOpenConnections() throws Exception {
    int port = Dist.freePort();
    PipyProcess p = startHello(port);
    try (Socket open = connect(port)) {
      send(open, "GET / HTTP/1.1\r\nhost: a\r\n\r\n");
      assertEquals(HELLO_RESPONSE, receive(open, HELLO_RESPONSE.length()));
      signal(p, "INT");
      p.awaitStderr(s -> s.contains("Stopped listening"), Duration.ofSeconds(10), "stopped-listening log line");
      assertThrows(IOException.class, () -> connect(port).close(), "no new connections once shutting down");
      send(open, "GET / HTTP/1.1\r\nhost: a\r\n\r\n");
      assertEquals(HELLO_RESPONSE, receive(open, HELLO_RESPONSE.length()), "the open connection is still served");
      Thread.sleep(300);
      assertTrue(isAlive(p), "still running while a connection is open: " + p.describe());
    }
    assertEquals(0, p.waitForExit(EXIT), p::describe);
    assertTrue(p.stderr().contains("[shutdown] Shutting down..."), p::describe);
  }

  @Test
  void sigtermDoesTheSameAndASecondSignalForcesTheExit() throws Exception {
    int port = Dist.freePort();
    PipyProcess p = startHello(port);
    try (Socket open = connect(port)) {
      send(open, "GET / HTTP/1.1\r\nhost: a\r\n\r\n");
      receive(open, HELLO_RESPONSE.length());
      signal(p, "TERM");
      p.awaitStderr(s -> s.contains("Waiting for workers to drain"), Duration.ofSeconds(10), "drain log line");
      signal(p, "INT");
      assertEquals(0, p.waitForExit(Duration.ofSeconds(15)), p::describe);
    }
  }

  private static boolean isAlive(PipyProcess p) {
    return ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false);
  }
}
