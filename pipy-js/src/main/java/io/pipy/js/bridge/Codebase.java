package io.pipy.js.bridge;

import io.pipy.js.runtime.Errors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a script may read by name ({@code pipy.load}, {@code pipy.list}): paths are relative
 * to the codebase root whether or not they start with '/', and may not climb out of it.
 */
final class Codebase {

  private final Path root;

  Codebase(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The file {@code name} denotes, or a TypeError if it leaves the codebase. */
  Path resolve(String name) {
    String n = name;
    while (n.startsWith("/")) n = n.substring(1);
    Path p = root.resolve(n).normalize();
    if (!p.startsWith(root)) throw Errors.typeError("path outside the codebase: " + name);
    return p;
  }

  /** The bytes of file {@code name}, or null if there is no such file. */
  byte[] load(String name) {
    Path p = resolve(name);
    if (!Files.isRegularFile(p)) return null;
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      return null;
    }
  }

  /** Every file under folder {@code name}, recursively, as paths relative to it with '/'. */
  List<String> list(String name) {
    Path dir = resolve(name);
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) return out;
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).sorted().forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw Errors.error("cannot list " + name + ": " + e.getMessage());
    }
    return out;
  }
}
