package io.pipy.dist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * End-to-end tests of our tutorial scripts: four upstream services started fresh for every
 * test ({@code hello-a} and {@code hello-b}, the two targets of the balanced "hello" service,
 * {@code echo} and {@code whoami}), a free port for the proxy, and a way to run a tutorial script
 * with those filled in.
 */
abstract class TutorialProcesses extends PipyProcesses {

  Upstream helloA;
  Upstream helloB;
  Upstream echo;
  Upstream whoami;
  /** The port the proxy under test listens on. */
  int port;

  @BeforeEach
  void startUpstreams() throws IOException {
    helloA = Upstream.start("hello-a");
    helloB = Upstream.start("hello-b");
    echo = Upstream.start("echo");
    whoami = Upstream.start("whoami");
    port = Dist.freePort();
  }

  @AfterEach
  void stopUpstreams() {
    for (Upstream u : new Upstream[] {helloA, helloB, echo, whoami}) {
      if (u != null) u.close();
    }
  }

  /** The tokens the tutorial scripts use, plus {@code more} (name, value, name, value...). */
  Map<String, Object> tokens(Object... more) {
    Map<String, Object> t = new HashMap<>();
    t.put("PORT", port);
    t.put("HELLO_A", helloA.port());
    t.put("HELLO_B", helloB.port());
    t.put("ECHO", echo.port());
    t.put("WHOAMI", whoami.port());
    for (int i = 0; i < more.length; i += 2) t.put((String) more[i], more[i + 1]);
    return t;
  }

  /** Copies tutorial {@code name} with {@code tokens} and returns the copy's folder. */
  Path copy(String name, Map<String, Object> tokens) throws IOException {
    return Tutorials.copy(name, dir, tokens);
  }

  /** Runs {@code script} of a copied tutorial and waits for it to listen on {@link #port}. */
  PipyProcess run(Path folder, String script) throws Exception {
    PipyProcess p = start("--no-graph", folder.resolve(script).toString());
    p.awaitPort(port, START);
    return p;
  }

  /** Starts our bin/pipy with {@code args}, or the binary named by {@code -Dpipy.binary}. */
  PipyProcess start(String... args) throws IOException {
    Path other = Tutorials.otherPipy(dir);
    return other == null ? pipy(args) : pipyFrom(other, args);
  }

  /** Copies tutorial {@code name} with the standard tokens and runs its {@code script}. */
  PipyProcess run(String name, String script) throws Exception {
    return run(copy(name, tokens()), script);
  }

  /** The name of the hello target that answered {@code body} ({@code hello-a} or {@code hello-b}). */
  static String helloTarget(String body) {
    if (body.startsWith("hello-a ")) return "hello-a";
    if (body.startsWith("hello-b ")) return "hello-b";
    throw new AssertionError("not an answer of a hello target: " + body);
  }
}
