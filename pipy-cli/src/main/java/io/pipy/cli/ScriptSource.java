package io.pipy.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The script to run: its name (for error locations) and its text.
 *
 * <p>Which it is follows Pipy: with {@code -e} the target is script text, named
 * {@code <eval>}; otherwise it is a file if one exists at that path; with {@code -f} a missing
 * file is an error; without it, a target that does not exist is run as script text, unless it
 * looks like a path (a word of path characters with a slash or ending in {@code .js}), when
 * the user surely meant a file and is told it is missing.
 *
 * @param name the path as the user gave it, or {@code "<eval>"}
 * @param text the script text
 * @param evaluatedForMissingPath whether the target named no file and was run as text, so a
 *     failure to run it should also say that no such file exists
 */
record ScriptSource(String name, String text, boolean evaluatedForMissingPath) {

  /** The name scripts given as text get. */
  static final String EVAL_NAME = "<eval>";

  private static final Pattern PATH_LIKE = Pattern.compile("[\\w.~+@%,:/\\\\-]+");

  /** Finds and reads the script {@code invocation} names. */
  static ScriptSource of(Invocation invocation) throws UsageException {
    String target = invocation.target();
    if (invocation.eval()) return new ScriptSource(EVAL_NAME, target, false);
    if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("repo://")) {
      throw new UsageException("running a remote or builtin codebase is not supported yet: " + target);
    }
    Path path;
    try {
      path = Path.of(target);
    } catch (InvalidPathException e) {
      path = null;
    }
    if (path != null && Files.exists(path)) {
      if (Files.isDirectory(path)) {
        throw new UsageException("running a directory (repo mode) is not supported yet: " + path.toAbsolutePath().normalize());
      }
      return new ScriptSource(target, read(path), false);
    }
    boolean pathLike = PATH_LIKE.matcher(target).matches();
    if (invocation.file() || path != null && pathLike && (target.endsWith(".js") || target.contains("/"))) {
      throw new UsageException("file or directory does not exist: " + (path == null ? target : path.toAbsolutePath().normalize()));
    }
    return new ScriptSource(EVAL_NAME, target, pathLike);
  }

  private static String read(Path path) throws UsageException {
    try {
      // Decoding replaces malformed UTF-8 rather than failing, as Pipy reads bytes as they are.
      return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read file " + path.toAbsolutePath().normalize() + ": " + e.getMessage());
    }
  }
}
