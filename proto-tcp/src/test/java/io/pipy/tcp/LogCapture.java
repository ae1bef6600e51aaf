package io.pipy.tcp;

import io.pipy.api.Log;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Captures the process log (at debug level) for the length of a test. */
final class LogCapture implements AutoCloseable {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Log.Level oldLevel = Log.level();

  LogCapture() {
    Log.setOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Log.setLevel(Log.Level.DEBUG);
  }

  /** Everything logged so far. */
  String text() {
    synchronized (bytes) {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  /** Lines at warning or error level, and anything that looks like a stack trace. */
  List<String> complaints() {
    List<String> out = new ArrayList<>();
    for (String line : text().split("\n")) {
      if (line.contains("[WRN]") || line.contains("[ERR]") || line.contains("\tat ") || line.contains("Exception:")) out.add(line);
    }
    return out;
  }

  @Override
  public void close() {
    Log.setOutput(System.err);
    Log.setLevel(oldLevel);
  }
}
