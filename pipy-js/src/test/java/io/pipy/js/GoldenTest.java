package io.pipy.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden-file conformance suite: every {@code case.js} under {@code golden/} runs in a fresh
 * realm and what it prints must equal {@code case.out} exactly. A script that throws is expected
 * to end its output with {@code Uncaught <file>:<line>:<column>: <message>} (the file named
 * relative to {@code golden/}).
 *
 * <p>To (re)generate an expected file after checking the behaviour against JavaScript:
 * {@code mvn -pl pipy-js test -Dtest=GoldenTest -Dgolden.update=true}; review the diff before
 * committing.
 */
class GoldenTest {

  static Path root() {
    try {
      return Path.of(GoldenTest.class.getResource("/golden").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a case and renders its observable result. */
  static String observe(Path root, Path file) throws IOException {
    String name = root.relativize(file).toString().replace('\\', '/');
    String src = Files.readString(file, StandardCharsets.UTF_8);
    ScriptRunner.Result r = ScriptRunner.run(name, src);
    if (r.error() == null) return r.output();
    String first = r.error().lines().findFirst().orElse("");
    return r.output() + "Uncaught " + first + "\n";
  }

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    Path root = root();
    boolean update = Boolean.getBoolean("golden.update");
    List<Path> cases;
    try (Stream<Path> s = Files.walk(root)) {
      cases = s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
    }
    return cases.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
      Path expectedFile = Path.of(file.toString().replaceAll("\\.js$", ".out"));
      String actual = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> observe(root, file));
      if (update) {
        Path src = Path.of("src/test/resources/golden").resolve(root.relativize(expectedFile));
        Files.writeString(src, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(expectedFile)) throw new AssertionError("missing " + expectedFile.getFileName() + "; actual output:\n" + actual);
      assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
    }));
  }

  /** Counts the cases, for reports. */
  static long count() {
    try (Stream<Path> s = Files.walk(root())) {
      return s.filter(p -> p.toString().endsWith(".js")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
