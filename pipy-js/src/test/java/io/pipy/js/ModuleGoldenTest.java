package io.pipy.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases of more than one file: every {@code *.mjs} directly under
 * {@code golden/language/modules/} is a main script whose imports resolve against the golden
 * directory (helpers live in subdirectories); what it prints must equal its {@code .out}. Also
 * the cases of fiber variables, which need several pipeline contexts ({@code withNewContext(f)}).
 * {@code -Dgolden.update=true} rewrites the expected files.
 */
class ModuleGoldenTest {

  static String observe(Path root, Path file) throws IOException {
    String name = root.relativize(file).toString().replace('\\', '/');
    String src = Files.readString(file, StandardCharsets.UTF_8);
    TestHosts.Run run = new TestHosts.Run(path -> {
      try {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        return null;
      }
    });
    return run.main(name, src);
  }

  @TestFactory
  Stream<DynamicTest> modules() throws IOException {
    Path root = GoldenTest.root();
    Path dir = root.resolve("language/modules");
    boolean update = Boolean.getBoolean("golden.update");
    List<Path> cases;
    try (Stream<Path> s = Files.list(dir)) {
      cases = s.filter(p -> p.toString().endsWith(".mjs")).sorted().toList();
    }
    return cases.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
      Path expectedFile = Path.of(file.toString().replaceAll("\\.mjs$", ".out"));
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
  static long count() throws IOException {
    try (Stream<Path> s = Files.list(GoldenTest.root().resolve("language/modules"))) {
      return s.filter(p -> p.toString().endsWith(".mjs")).count();
    }
  }
}
