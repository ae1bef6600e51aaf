package io.pipy.cli;

import io.pipy.engine.Engine;
import java.io.PrintStream;

/** What {@code pipy --version} prints, laid out as Pipy lays it out. */
final class VersionInfo {

  private VersionInfo() {
  }

  static void print(PrintStream out) {
    line(out, "Version", Engine.version());
    line(out, "Java", System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ", " + System.getProperty("java.vendor") + ")");
    line(out, "OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    line(out, "Builtin GUI", "No");
    line(out, "Builtin Codebases", "No");
    out.flush();
  }

  private static void line(PrintStream out, String key, String value) {
    StringBuilder sb = new StringBuilder(key);
    while (sb.length() < 17) sb.append(' ');
    out.println(sb.append(": ").append(value));
  }
}
