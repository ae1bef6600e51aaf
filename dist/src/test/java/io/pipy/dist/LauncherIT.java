package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The launcher and the assembled folder: options, exit statuses, script errors. */
@Timeout(120)
class LauncherIT extends PipyProcesses {

  @Test
  @Timeout(60)
  void theFolderHasTheLauncherTheRuntimeJarsAndAnEmptyPluginsFolder() throws IOException {
    Path d = Dist.dir();
    assertTrue(Files.getPosixFilePermissions(d.resolve("bin/pipy")).contains(PosixFilePermission.OWNER_EXECUTE));
    List<String> jars = new ArrayList<>();
    try (Stream<Path> s = Files.list(d.resolve("lib"))) {
      s.forEach(p -> jars.add(p.getFileName().toString()));
    }
    String v = Dist.version();
    for (String jar : List.of("pipy-api-" + v + ".jar", "pipy-engine-" + v + ".jar", "pipy-js-" + v + ".jar",
        "proto-tcp-" + v + ".jar", "proto-http-" + v + ".jar", "proto-tls-" + v + ".jar", "pipy-cli-" + v + ".jar")) {
      assertTrue(jars.contains(jar), jar + " missing from lib/: " + jars);
    }
    for (String prefix : List.of("picocli-", "bctls-jdk18on-", "bcpkix-jdk18on-", "bcprov-jdk18on-", "netty-buffer-",
        "netty-transport-", "netty-codec-http2-")) {
      assertTrue(jars.stream().anyMatch(j -> j.startsWith(prefix)), prefix + "* missing from lib/: " + jars);
    }
    assertTrue(jars.stream().anyMatch(j -> j.startsWith("netty-transport-native-epoll-") && j.endsWith("-linux-x86_64.jar")),
        "native epoll missing from lib/: " + jars);
    assertTrue(jars.stream().noneMatch(j -> j.startsWith("junit") || j.startsWith("count-bytes")), "test jars in lib/: " + jars);
    try (Stream<Path> s = Files.list(d.resolve("plugins"))) {
      assertEquals(List.of("README.txt"), s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  @Timeout(60)
  void theTarballHoldsTheSameFolderWithAnExecutableLauncher() throws Exception {
    Path tarball = Dist.dir().resolveSibling(Dist.dir().getFileName() + ".tar.gz");
    assertTrue(Files.isRegularFile(tarball), tarball + " missing");
    Process tar = new ProcessBuilder("tar", "-tvzf", tarball.toString()).redirectErrorStream(true).start();
    String listing;
    try (InputStream in = tar.getInputStream()) {
      listing = new String(in.readAllBytes());
    }
    assertEquals(0, tar.waitFor());
    String name = Dist.dir().getFileName().toString();
    assertTrue(listing.lines().anyMatch(l -> l.startsWith("-rwxr-xr-x") && l.endsWith(name + "/bin/pipy")), listing);
    assertTrue(listing.contains(name + "/lib/pipy-cli-" + Dist.version() + ".jar"), listing);
    assertTrue(listing.contains(name + "/plugins/README.txt"), listing);
  }

  @Test
  @Timeout(60)
  void versionPrintsTheVersion() throws Exception {
    PipyProcess p = pipy("--version");
    assertEquals(0, p.waitForExit(EXIT), p::describe);
    assertTrue(p.stdout().startsWith("Version          : " + Dist.version() + "\n"), p::describe);
  }

  @Test
  @Timeout(60)
  void theLauncherFindsItsFolderThroughSymlinks() throws Exception {
    // A relative link to an absolute link to bin/pipy, as in ~/bin/pipy -> /usr/local/bin/pipy -> ...
    Path absolute = dir.resolve("abs/pipy");
    Files.createDirectories(absolute.getParent());
    Files.createSymbolicLink(absolute, Dist.dir().resolve("bin/pipy"));
    Path relative = dir.resolve("rel/pipy");
    Files.createDirectories(relative.getParent());
    Files.createSymbolicLink(relative, Path.of("../abs/pipy"));
    ProcessBuilder pb = new ProcessBuilder(relative.toString(), "-v").redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process viaLink = pb.start();
    try {
      String out;
      try (InputStream in = viaLink.getInputStream()) {
        out = new String(in.readAllBytes());
      }
      assertTrue(viaLink.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, viaLink.exitValue(), out);
      assertTrue(out.startsWith("Version          : " + Dist.version()), out);
    } finally {
      viaLink.destroyForcibly();
    }
  }

  @Test
  @Timeout(60)
  void helpPrintsTheUsage() throws Exception {
    PipyProcess p = pipy("--help");
    assertEquals(0, p.waitForExit(EXIT), p::describe);
    assertTrue(p.stdout().startsWith("Usage: pipy [options]"), p::describe);
  }

  @Test
  @Timeout(60)
  void anUnknownOptionFails() throws Exception {
    PipyProcess p = pipy("--no-such-option", "-e", "1");
    assertNotEquals(0, p.waitForExit(EXIT), p::describe);
    assertTrue(p.stderr().contains("unknown option: --no-such-option"), p::describe);
  }

  @Test
  @Timeout(60)
  void aMissingFileFails() throws Exception {
    PipyProcess p = pipy("no-such-dir/main.js");
    assertEquals(1, p.waitForExit(EXIT), p::describe);
    assertTrue(p.stderr().contains("file or directory does not exist: " + dir.toRealPath().resolve("no-such-dir/main.js")), p::describe);
  }

  @Test
  @Timeout(60)
  void anEvaluatedScriptPrintsAndExitsZero() throws Exception {
    PipyProcess p = pipy("-e", "var n = 1 + 1; println(String(n))");
    assertEquals(0, p.waitForExit(EXIT), p::describe);
    assertEquals("2\n", p.stdout(), p::describe);
  }

  @Test
  @Timeout(60)
  void aScriptFilePrintsAndExitsZero() throws Exception {
    Path script = Dist.write(dir, "two.js", "var n = 1 + 1; println(String(n))\n");
    PipyProcess p = pipy(script.toString());
    assertEquals(0, p.waitForExit(EXIT), p::describe);
    assertEquals("2\n", p.stdout(), p::describe);
  }

  @Test
  @Timeout(60)
  void aSyntaxErrorNamesTheLineAndColumnAndShowsTheLine() throws Exception {
    Path script = Dist.write(dir, "bad.js", "var ok = 1;\nvar x = ;\n");
    PipyProcess p = pipy(script.toString());
    assertNotEquals(0, p.waitForExit(EXIT), p::describe);
    String err = p.stderr();
    assertTrue(err.contains(script + ":2:9"), p::describe);
    assertTrue(err.contains("var x = ;"), p::describe);
    assertTrue(err.contains("^"), p::describe);
  }
}
