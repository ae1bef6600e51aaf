package io.pipy.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Our scripts modelled on Pipy's tutorials ({@code src/test/resources/tutorials}), made ready
 * to run: a copy in the test's temp folder with every {@code @NAME@} token replaced (ports,
 * mostly). A token left unreplaced fails the test at once rather than confusing the script.
 */
final class Tutorials {

  private static final Pattern TOKEN = Pattern.compile("@([A-Z][A-Z0-9_]*)@");

  private Tutorials() {
  }

  /** The folder of tutorial scripts, as the build passes it in. */
  static Path root() {
    String dir = System.getProperty("pipy.tutorials.dir");
    if (dir == null || dir.isEmpty() || dir.startsWith("${")) {
      throw new IllegalStateException("system property pipy.tutorials.dir is not set: run the tests with mvn verify");
    }
    return Paths.get(dir).normalize();
  }

  /** Copies tutorial {@code name} (a folder under {@link #root()}) to {@code parent/name}, with {@code tokens} filled in. */
  static Path copy(String name, Path parent, Map<String, ?> tokens) throws IOException {
    Path source = root().resolve(name);
    Path target = parent.resolve(name);
    try (Stream<Path> files = Files.walk(source)) {
      files.forEach(from -> {
        Path to = target.resolve(source.relativize(from).toString());
        try {
          if (Files.isDirectory(from)) {
            Files.createDirectories(to);
          } else {
            Files.writeString(to, fill(Files.readString(from, StandardCharsets.UTF_8), tokens, from), StandardCharsets.UTF_8);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return target;
  }

  private static String fill(String text, Map<String, ?> tokens, Path file) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Object value = tokens.get(m.group(1));
      if (value == null) throw new IllegalArgumentException(file + " needs a value for @" + m.group(1) + "@");
      m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(value)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * A distribution-shaped folder under {@code parent} whose bin/pipy is the binary named by
   * {@code -Dpipy.binary} (such as Pipy's own C++ build, to check that a test asserts what Pipy
   * does), or null to use ours.
   */
  static Path otherPipy(Path parent) throws IOException {
    String other = System.getProperty("pipy.binary", "");
    if (other.isEmpty() || other.startsWith("${")) return null;
    Path fake = parent.resolve("other-pipy");
    if (!Files.exists(fake.resolve("bin/pipy"))) {
      Files.createDirectories(fake.resolve("bin"));
      Files.createSymbolicLink(fake.resolve("bin/pipy"), Paths.get(other).toAbsolutePath());
    }
    return fake;
  }

  /** Waits until {@code condition} holds; false if it did not within {@code millis}. */
  static boolean await(BooleanSupplier condition, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) return false;
      Thread.sleep(20);
    }
    return true;
  }
}
