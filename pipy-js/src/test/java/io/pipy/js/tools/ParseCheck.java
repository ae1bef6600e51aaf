package io.pipy.js.tools;

import io.pipy.js.interp.Interp;
import io.pipy.js.interp.ModuleScope;
import io.pipy.js.syntax.Source;
import io.pipy.js.syntax.SyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses and resolves (compiles, without running) every {@code .js} file under the given
 * directories and prints each file that fails with its error:
 * {@code java -cp <test classpath> io.pipy.js.tools.ParseCheck <dir>...}. Exits with status 1
 * when a file fails. Imports are not followed: each file is checked on its own.
 */
public final class ParseCheck {

  private ParseCheck() {
  }

  public static void main(String[] args) throws IOException {
    int files = 0;
    int failed = 0;
    for (String dir : args) {
      List<Path> list;
      try (Stream<Path> s = Files.walk(Path.of(dir))) {
        list = s.filter(p -> p.toString().endsWith(".js") && Files.isRegularFile(p)).sorted().toList();
      }
      for (Path p : list) {
        files++;
        String error = check(p);
        if (error != null) {
          failed++;
          System.out.println("FAIL " + error);
        }
      }
    }
    System.out.println(files + " files, " + (files - failed) + " ok, " + failed + " failed");
    if (failed > 0) System.exit(1);
  }

  /** Null when the file parses and resolves; else its error report. */
  static String check(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    Source source = new Source(file.toString(), text);
    try {
      Interp.compile(source, new ModuleScope(file.toString(), 0));
      return null;
    } catch (SyntaxError e) {
      return source.location(e.offset()) + ": SyntaxError: " + e.getMessage() + "\n"
          + source.location(e.offset()).excerpt("    ");
    } catch (StackOverflowError e) {
      return file + ": SyntaxError: the script is nested too deeply";
    }
  }
}
