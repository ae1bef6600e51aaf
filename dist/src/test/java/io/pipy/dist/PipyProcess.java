package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@code bin/pipy} process started for a test. Its standard output and error go to files (no
 * pipes to drain, so it can never block on a full pipe), read back whenever asked.
 *
 * <p>{@link #close()} ends it by its PID: {@code destroy()} (SIGTERM), then
 * {@code destroyForcibly()} (SIGKILL) if it has not gone within a few seconds. bin/pipy
 * {@code exec}s java, so that PID is the JVM itself.
 */
final class PipyProcess implements AutoCloseable {

  /** JVM options for every test run: Netty's leak detector at its strictest. */
  static final String TEST_JAVA_OPTS = "-Dio.netty.leakDetection.level=paranoid -Dio.netty.leakDetection.targetRecords=8";

  private final Process process;
  private final Path stdout;
  private final Path stderr;
  private final List<String> command;

  private PipyProcess(Process process, Path stdout, Path stderr, List<String> command) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    this.command = command;
  }

  /** Starts {@code <distDir>/bin/pipy args...} in {@code workDir}. */
  static PipyProcess start(Path distDir, Path workDir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(distDir.resolve("bin/pipy").toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "pipy-", ".out");
    Path err = Files.createTempFile(workDir, "pipy-", ".err");
    ProcessBuilder pb = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    Map<String, String> env = pb.environment();
    env.put("PIPY_JAVA_OPTS", TEST_JAVA_OPTS);
    env.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    return new PipyProcess(pb.start(), out, err, command);
  }

  private static java.io.File nullFile() {
    return new java.io.File("/dev/null");
  }

  /** What it has written to standard output so far. */
  String stdout() {
    return read(stdout);
  }

  /** What it has written to standard error (the log) so far. */
  String stderr() {
    return read(stderr);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }

  /** Waits for it to exit by itself and returns its status; fails the test after {@code timeout}. */
  int waitForExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      fail("pipy did not exit within " + timeout + ": " + describe());
    }
    return process.exitValue();
  }

  /**
   * Waits until something accepts connections on 127.0.0.1:{@code port}; fails the test if the
   * process exits first or {@code timeout} passes.
   */
  void awaitPort(int port, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (!process.isAlive()) fail("pipy exited with " + process.exitValue() + " before listening on " + port + ": " + describe());
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) fail("pipy did not listen on " + port + " within " + timeout + ": " + describe());
      Thread.sleep(50);
    }
  }

  /** Waits until standard error satisfies {@code condition}; fails the test after {@code timeout}. */
  String awaitStderr(Predicate<String> condition, Duration timeout, String what) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String text = stderr();
      if (condition.test(text)) return text;
      if (System.nanoTime() > deadline) fail("no " + what + " within " + timeout + ": " + describe());
      Thread.sleep(50);
    }
  }

  /** The process id. */
  long pid() {
    return process.pid();
  }

  /** The command, exit status (if any) and output, for failure messages. */
  String describe() {
    String status = process.isAlive() ? "running" : "exit status " + process.exitValue();
    return String.join(" ", command) + " (" + status + ")\n--- stdout ---\n" + stdout() + "--- stderr ---\n" + stderr();
  }

  /** Ends the process: SIGTERM, then SIGKILL after 5 seconds. */
  @Override
  public void close() {
    if (!process.isAlive()) return;
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
