package io.pipy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Log;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineOptionsTest {

  private static Invocation parse(String... args) throws UsageException {
    return CommandLineOptions.parse(args, 4);
  }

  private static String error(String... args) {
    return assertThrows(UsageException.class, () -> parse(args)).getMessage();
  }

  @Test
  void defaults() throws UsageException {
    Invocation i = parse("main.js");
    assertEquals("main.js", i.target());
    assertFalse(i.help());
    assertFalse(i.version());
    assertFalse(i.eval());
    assertFalse(i.file());
    assertEquals(1, i.threads());
    assertEquals(Log.Level.INFO, i.logLevel());
    assertEquals("stderr", i.logOutput());
    assertFalse(i.reusePort());
    assertTrue(i.printGraph());
    assertEquals("auto", i.io());
    assertEquals(List.of(), i.arguments());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-v", "-version", "--version"})
  void versionHasPipysThreeSpellings(String option) throws UsageException {
    assertTrue(parse(option).version());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-h", "-help", "--help"})
  void helpHasPipysThreeSpellings(String option) throws UsageException {
    assertTrue(parse(option).help());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-e", "-eval", "--eval"})
  void evalHasPipysThreeSpellings(String option) throws UsageException {
    Invocation i = parse(option, "println(1)");
    assertTrue(i.eval());
    assertEquals("println(1)", i.target());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-f", "-file", "--file"})
  void fileHasPipysThreeSpellings(String option) throws UsageException {
    assertTrue(parse(option, "x.js").file());
  }

  @Test
  void optionsMayFollowTheScript() throws UsageException {
    Invocation i = parse("main.js", "--threads=2", "--no-graph", "--reuse-port");
    assertEquals("main.js", i.target());
    assertEquals(2, i.threads());
    assertFalse(i.printGraph());
    assertTrue(i.reusePort());
  }

  @Test
  void threads() throws UsageException {
    assertEquals(3, parse("--threads=3", "a.js").threads());
    assertEquals(4, parse("--threads=max", "a.js").threads());
    assertEquals(2, parse("--threads", "2", "a.js").threads(), "picocli also takes the value as the next word");
    assertEquals("a.js", parse("--threads", "2", "a.js").target());
    assertEquals("--threads expects a number", error("--threads=two", "a.js"));
    assertEquals("--threads expects a number", error("--threads=2x", "a.js"));
    assertEquals("--threads expects a number", error("--threads=99999999999", "a.js"));
    assertEquals("invalid number of threads", error("--threads=0", "a.js"));
    assertEquals("invalid number of threads", error("--threads=-1", "a.js"));
    assertEquals("number of threads exceeds the maximum 4", error("--threads=5", "a.js"));
  }

  @Test
  void logLevel() throws UsageException {
    assertEquals(Log.Level.DEBUG, parse("--log-level=debug", "a.js").logLevel());
    assertEquals(Log.Level.INFO, parse("--log-level=info", "a.js").logLevel());
    assertEquals(Log.Level.WARN, parse("--log-level=warn", "a.js").logLevel());
    assertEquals(Log.Level.ERROR, parse("--log-level=error", "a.js").logLevel());
    assertEquals("unknown log level: loud", error("--log-level=loud", "a.js"));
    assertTrue(error("--log-level=debug:http2", "a.js").contains("not supported yet"));
  }

  @Test
  void logLocal() throws UsageException {
    assertEquals("stdout", parse("--log-local=stdout", "a.js").logOutput());
    assertEquals("null", parse("--log-local=null", "a.js").logOutput());
    assertEquals("unknown log output: file", error("--log-local=file", "a.js"));
  }

  @Test
  void io() throws UsageException {
    for (String io : List.of("auto", "epoll", "nio", "io_uring")) assertEquals(io, parse("--io=" + io, "a.js").io());
    assertEquals("unknown I/O transport: kqueue (expected: auto, epoll, nio, io_uring)", error("--io=kqueue", "a.js"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--", "-args", "--args"})
  void endOfOptionsMakesTheRestScriptArguments(String marker) throws UsageException {
    Invocation i = parse("main.js", marker, "--threads=2", "x", "-v");
    assertEquals("main.js", i.target());
    assertEquals(1, i.threads());
    assertFalse(i.version());
    assertEquals(List.of("--threads=2", "x", "-v"), i.arguments());
  }

  @Test
  void afterTheEndOfOptionsTheFirstWordIsTheScriptIfNoneWasGiven() throws UsageException {
    Invocation i = parse("--threads=2", "--", "-x", "main.js", "y");
    assertEquals("main.js", i.target());
    assertEquals(2, i.threads());
    assertEquals(List.of("-x", "y"), i.arguments());
  }

  @Test
  void pipyOptionsResumesOptions() throws UsageException {
    Invocation i = parse("main.js", "--", "a", "--pipy-options", "--threads=3", "--", "b");
    assertEquals(3, i.threads());
    assertEquals(List.of("a", "b"), i.arguments());
  }

  @Test
  void noScriptIsNotAnError() throws UsageException {
    assertNull(parse().target());
    assertNull(parse("--threads=2").target());
  }

  @Test
  void mistakesGetPipysMessages() {
    assertEquals("unknown option: --bogus", error("--bogus=1", "a.js"));
    assertEquals("unknown option: -x", error("-x", "a.js"));
    assertEquals("redundant argument: b.js", error("a.js", "b.js"));
    assertEquals("redundant argument: b.js", error("--", "a.js", "--pipy-options", "b.js"));
    assertEquals("missing script to evaluate", error("-e"));
  }

  @Test
  void optionsOfFeaturesNotHereYetAreRejected() {
    assertEquals("option --admin-gui is not supported yet", error("--admin-gui=/tmp/gui", "a.js"));
    assertEquals("option --log-file is not supported yet", error("--log-file=/tmp/x", "a.js"));
    assertEquals("option --force-start is not supported yet", error("--force-start", "a.js"));
    assertEquals("option --tls-cert is not supported yet", error("--tls-cert", "a.js"));
  }

  @Test
  void adminPortTakesPipysForms() throws UsageException {
    assertNull(parse("a.js").adminAddress());
    InetSocketAddress any = parse("--admin-port=6060", "a.js").adminAddress();
    assertEquals(6060, any.getPort());
    assertTrue(any.getAddress().isAnyLocalAddress(), "no IP: all interfaces, as in Pipy");
    assertEquals(new InetSocketAddress("127.0.0.1", 7070), parse("--admin-port=127.0.0.1:7070", "a.js").adminAddress());
    assertEquals(new InetSocketAddress("::1", 7070), parse("--admin-port=[::1]:7070", "a.js").adminAddress());
    assertEquals(new InetSocketAddress("::1", 7070), parse("--admin-port=::1:7070", "a.js").adminAddress());
    assertEquals(6060, parse("--admin-port=:6060", "a.js").adminAddress().getPort());
    assertEquals("invalid --admin-port: 0", error("--admin-port=0", "a.js"));
    assertEquals("invalid --admin-port: 70000", error("--admin-port=70000", "a.js"));
    assertEquals("invalid --admin-port: x", error("--admin-port=x", "a.js"));
    assertEquals("invalid --admin-port: localhost:6060 (the address must be an IP)", error("--admin-port=localhost:6060", "a.js"));
  }

  @Test
  void optionsThatSwitchOffAbsentFeaturesAreAccepted() throws UsageException {
    Invocation i = parse("--no-reload", "--no-status", "--no-metrics", "--admin-port-off", "--log-local-only", "a.js");
    assertEquals("a.js", i.target());
  }

  @Test
  void atFilesAreNotExpanded() throws UsageException {
    assertEquals("@args.txt", parse("-e", "@args.txt").target());
  }

  @Test
  void laterValuesWin() throws UsageException {
    assertEquals(3, parse("--threads=2", "--threads=3", "a.js").threads());
  }
}
