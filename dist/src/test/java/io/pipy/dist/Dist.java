package io.pipy.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the assembled distribution and the examples are, as the build passes them in. */
final class Dist {

  private Dist() {
  }

  /** The assembled {@code target/pipy-<version>} folder. */
  static Path dir() {
    return Paths.get(property("pipy.dist.dir"));
  }

  /** The project version. */
  static String version() {
    return property("pipy.version");
  }

  /** The repository's {@code examples} folder. */
  static Path examples() {
    return Paths.get(property("pipy.examples.dir")).normalize();
  }

  /** The example plugin's jar ({@code examples/filter-plugin}). */
  static Path pluginJar() {
    return Paths.get(property("pipy.plugin.jar"));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isEmpty() || value.startsWith("${")) {
      throw new IllegalStateException("system property " + name + " is not set: run the tests with mvn verify");
    }
    return value;
  }

  /**
   * A copy of the distribution under {@code parent}, to change without touching the built one:
   * bin/ and plugins/ copied, lib/ copied file by file.
   */
  static Path copyTo(Path parent) throws IOException {
    Path copy = parent.resolve("pipy-copy");
    Path source = dir();
    try (Stream<Path> files = Files.walk(source)) {
      files.forEach(from -> {
        Path to = copy.resolve(source.relativize(from).toString());
        try {
          if (Files.isDirectory(from)) {
            Files.createDirectories(to);
          } else {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return copy;
  }

  /** A port nothing listens on right now (the OS picks it; a tiny race remains). */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  /** An example script with its fixed port numbers replaced, written to {@code dir/main.js}. */
  static Path exampleOnPorts(String example, Path dir, int... fromTo) throws IOException {
    String text = Files.readString(examples().resolve(example).resolve("main.js"), StandardCharsets.UTF_8);
    for (int i = 0; i < fromTo.length; i += 2) {
      String from = String.valueOf(fromTo[i]);
      if (!text.contains(from)) throw new IllegalStateException(example + "/main.js does not mention port " + from);
      text = text.replace(from, String.valueOf(fromTo[i + 1]));
    }
    return write(dir, "main.js", text);
  }

  /** Writes a script file. */
  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
