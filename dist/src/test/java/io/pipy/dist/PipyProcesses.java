package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every end-to-end test needs: a temp folder, pipy processes that are always ended after
 * the test (and checked for Netty leak reports), loopback clients.
 */
abstract class PipyProcesses {

  static final Duration START = Duration.ofSeconds(30);
  static final Duration EXIT = Duration.ofSeconds(30);

  /** The hello example's exact answer. */
  static final String HELLO_RESPONSE = "HTTP/1.1 200 OK\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\nHi, there!\n";

  @TempDir
  Path dir;

  private final List<PipyProcess> processes = new ArrayList<>();

  /** Starts the built distribution's bin/pipy with {@code args}. */
  PipyProcess pipy(String... args) throws IOException {
    return pipyFrom(Dist.dir(), args);
  }

  /** Starts {@code distDir}/bin/pipy (a modified copy) with {@code args}. */
  PipyProcess pipyFrom(Path distDir, String... args) throws IOException {
    PipyProcess p = PipyProcess.start(distDir, dir, args);
    processes.add(p);
    return p;
  }

  @AfterEach
  void endProcesses() {
    for (PipyProcess p : processes) p.close();
    for (PipyProcess p : processes) {
      assertFalse(p.stderr().contains("LEAK:"), "Netty reported a buffer leak: " + p.describe());
    }
  }

  /** Sends {@code request} on a fresh connection and reads exactly {@code length} bytes back. */
  static String exchange(int port, String request, int length) throws IOException {
    try (Socket s = connect(port)) {
      send(s, request);
      return receive(s, length);
    }
  }

  static Socket connect(int port) throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
    s.setSoTimeout(10_000);
    return s;
  }

  static void send(Socket s, String text) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Reads until the peer closes (fails after the socket's timeout). */
  static String receiveAll(Socket s) throws IOException {
    return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
  }

  /** Reads exactly {@code length} bytes (fails on end of stream or after the socket's timeout). */
  static String receive(Socket s, int length) throws IOException {
    InputStream in = s.getInputStream();
    byte[] buf = new byte[length];
    int n = 0;
    while (n < length) {
      int r = in.read(buf, n, length - n);
      if (r < 0) {
        throw new IOException("connection closed after " + n + " of " + length + " bytes: "
            + new String(Arrays.copyOf(buf, n), StandardCharsets.ISO_8859_1));
      }
      n += r;
    }
    return new String(buf, StandardCharsets.ISO_8859_1);
  }

  /** A GET request for {@code path}, HTTP/1.1 with keep-alive. */
  static String get(String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  }

  /** Skips the test unless curl is installed. */
  static void assumeCurl() {
    boolean found = false;
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "curl"))) found = true;
    }
    Assumptions.assumeTrue(found, "curl is not installed");
  }

  /** Runs curl with {@code args} and returns its standard output; fails unless it exits 0. */
  String curl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("curl", "--silent", "--show-error", "--max-time", "10"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "curl-", ".out");
    Path err = Files.createTempFile(dir, "curl-", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!p.waitFor(20, TimeUnit.SECONDS)) throw new AssertionError("curl did not finish: " + command);
      assertEquals(0, p.exitValue(), () -> "curl failed: " + command + ": " + read(err));
      return read(out);
    } finally {
      p.destroyForcibly();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }
}
