package io.pipy.js.tools;

import io.pipy.js.ScriptRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs golden cases outside JUnit, for quick iteration: {@code RunCases <golden-root> <out-dir>
 * <case.js>...} writes what each case observably prints (as the golden suite renders it) to
 * {@code <out-dir>/<case relative to root>.actual}.
 */
public final class RunCases {

  private RunCases() {
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Path out = Path.of(args[1]);
    for (int i = 2; i < args.length; i++) {
      Path file = Path.of(args[i]).toAbsolutePath().normalize();
      String name = root.relativize(file).toString().replace('\\', '/');
      String src = Files.readString(file, StandardCharsets.UTF_8);
      String rendered;
      try {
        ScriptRunner.Result r = ScriptRunner.run(name, src);
        if (r.error() == null) rendered = r.output();
        else rendered = r.output() + "Uncaught " + r.error().lines().findFirst().orElse("") + "\n";
      } catch (Throwable t) {
        rendered = "JAVA EXCEPTION " + t + "\n";
        t.printStackTrace();
      }
      Path target = out.resolve(name + ".actual");
      Files.createDirectories(target.getParent());
      Files.writeString(target, rendered, StandardCharsets.UTF_8);
    }
  }
}
