package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code listen(port, {transparent: true})} behind a real netfilter REDIRECT rule, as a sidecar
 * runs: a client connects to one port, the kernel hands the connection to pipy's listener on
 * another, and {@code __inbound.destinationAddress/Port} tell the port the client asked for.
 * Needs root and {@code iptables} with the nat table (CI installs iptables); skipped otherwise.
 * The rule matches only 127.0.0.1 and this test's port, and is removed after the test.
 */
@Timeout(60)
class TransparentIT extends PipyProcesses {

  private static final String SCRIPT = "pipy().listen(%d, { transparent: true })"
      + ".serveHTTP(() => new Message(`dst ${__inbound.destinationAddress}:${__inbound.destinationPort}"
      + " local ${__inbound.localPort}`))\n";

  private final List<List<String>> rulesToDelete = new ArrayList<>();

  @AfterEach
  void deleteRules() throws Exception {
    for (List<String> rule : rulesToDelete) iptables("-D", rule);
  }

  @Test
  void aRedirectedConnectionSeesItsOriginalDestination() throws Exception {
    int listener = Dist.freePort();
    int asked = Dist.freePort();
    List<String> rule = List.of("OUTPUT", "-p", "tcp", "-d", "127.0.0.1", "--dport", String.valueOf(asked),
        "-j", "REDIRECT", "--to-ports", String.valueOf(listener));
    assumeTrue(iptables("-A", rule) == 0, "needs root and iptables with the nat table");
    rulesToDelete.add(rule);
    Path file = Dist.write(dir, "transparent.js", String.format(SCRIPT, listener));
    PipyProcess p = pipy("--no-graph", file.toString());
    p.awaitPort(listener, START);
    assertEquals("dst 127.0.0.1:" + asked + " local " + listener, body(asked), p::describe);
    // Not redirected: the destination is the listener itself, as in Pipy.
    assertEquals("dst 127.0.0.1:" + listener + " local " + listener, body(listener), p::describe);
  }

  @Test
  void transparentModeNeedsANativeTransport() throws Exception {
    int listener = Dist.freePort();
    Path file = Dist.write(dir, "transparent-nio.js", String.format(SCRIPT, listener));
    PipyProcess p = pipy("--no-graph", "--io=nio", file.toString());
    assertTrue(p.waitForExit(START) != 0, p::describe);
    assertTrue(p.stderr().contains("transparent mode needs a native transport, epoll or io_uring (this is nio)"), p::describe);
  }

  private static String body(int port) throws IOException {
    try (Socket s = connect(port)) {
      send(s, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
      String r = receiveAll(s);
      return r.substring(r.indexOf("\r\n\r\n") + 4);
    }
  }

  /** Runs {@code iptables -t nat <action> <rule>}; its exit status, or -1 if it cannot run. */
  private static int iptables(String action, List<String> rule) throws InterruptedException {
    List<String> command = new ArrayList<>(List.of("iptables", "-w", "5", "-t", "nat", action));
    command.addAll(rule);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (IOException notInstalled) {
      return -1;
    }
  }
}
