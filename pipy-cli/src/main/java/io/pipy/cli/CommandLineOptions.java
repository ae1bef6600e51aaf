package io.pipy.cli;

import io.pipy.api.Log;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Pipy's command line on picocli: the same option names ({@code -e}, {@code -eval},
 * {@code --eval} …), the same end-of-options markers and the same messages for bad values.
 *
 * <p>Picocli parses the options; this class first splits off the script arguments the way Pipy
 * does: {@code --}, {@code -args} or {@code --args} end the options, {@code --pipy-options}
 * starts them again, and after the end of options the first word not starting with a dash is the
 * script if none was given before it.
 *
 * <p>Pipy options that configure something this launcher does not have yet (most of the admin
 * service, log files, repo mode) are recognised and rejected with "not supported yet"; those that
 * only switch off something it does not have ({@code --no-reload} …) are accepted and do
 * nothing. Both are left out of the option list in the help and named in its footer.
 * {@code --admin-port} is taken: it serves {@code GET /metrics} ({@link AdminService}).
 */
final class CommandLineOptions {

  static final String SYNOPSIS = "pipy [options] [<expression | pathname>] [-- <script arguments>...]";

  private static final Set<String> END_OF_OPTIONS = Set.of("--", "-args", "--args");
  private static final String RESUME_OPTIONS = "--pipy-options";

  /** Options that switch off something that does not exist here yet: accepted, no effect. */
  private static final List<String> NO_EFFECT = List.of(
      "--no-reload", "--no-status", "--no-metrics", "--admin-port-off", "--log-local-only");

  /** Pipy options taking a value whose feature does not exist here yet. */
  private static final List<String> UNSUPPORTED_WITH_VALUE = List.of(
      "--log-file", "--log-file-max-size", "--log-file-max-count", "--log-file-rotate-interval",
      "--log-history-limit", "--init-repo", "--init-code", "--instance-uuid", "--instance-name",
      "--admin-gui", "--admin-tls-cert", "--admin-tls-key", "--admin-tls-trusted",
      "--admin-log-file", "--tls-cert", "--tls-key", "--tls-trusted", "--openssl-engine");

  /** Pipy flags whose feature does not exist here yet. */
  private static final List<String> UNSUPPORTED_FLAGS = List.of("--trace-objects", "--force-start");

  private static final List<String> IO_TRANSPORTS = List.of("auto", "epoll", "nio", "io_uring");

  private CommandLineOptions() {
  }

  /** Parses and validates {@code args}. */
  static Invocation parse(String[] args) throws UsageException {
    return parse(args, Runtime.getRuntime().availableProcessors());
  }

  /** Parses with a given processor count (the limit of {@code --threads}). */
  static Invocation parse(String[] args, int maxThreads) throws UsageException {
    CommandLine commandLine = newCommandLine();
    Split split = split(args, commandLine.getCommandSpec());
    ParseResult parsed;
    try {
      parsed = commandLine.parseArgs(split.options.toArray(new String[0]));
    } catch (UnmatchedArgumentException e) {
      String first = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0);
      if (first.startsWith("-")) throw new UsageException("unknown option: " + keyOf(first));
      throw new UsageException("redundant argument: " + first);
    } catch (ParameterException e) {
      throw new UsageException(e.getMessage());
    }
    for (OptionSpec o : parsed.matchedOptions()) {
      if (UNSUPPORTED_WITH_VALUE.contains(o.longestName()) || UNSUPPORTED_FLAGS.contains(o.longestName())) {
        throw new UsageException("option " + o.longestName() + " is not supported yet");
      }
    }

    List<String> positionals = parsed.matchedPositionalValue(0, List.<String>of());
    String target = split.lateTarget;
    if (!positionals.isEmpty()) {
      if (target != null) throw new UsageException("redundant argument: " + positionals.get(0));
      if (positionals.size() > 1) throw new UsageException("redundant argument: " + positionals.get(1));
      target = positionals.get(0);
    }
    boolean eval = parsed.hasMatchedOption("--eval");
    if (eval && target == null) throw new UsageException("missing script to evaluate");

    return new Invocation(
        parsed.hasMatchedOption("--help"),
        parsed.hasMatchedOption("--version"),
        eval,
        parsed.hasMatchedOption("--file"),
        threads(parsed.matchedOptionValue("--threads", (String) null), maxThreads),
        logLevel(parsed.matchedOptionValue("--log-level", "info")),
        logOutput(parsed.matchedOptionValue("--log-local", "stderr")),
        parsed.hasMatchedOption("--reuse-port"),
        !parsed.hasMatchedOption("--no-graph"),
        io(parsed.matchedOptionValue("--io", "auto")),
        adminAddress(parsed.matchedOptionValue("--admin-port", (String) null)),
        target,
        List.copyOf(split.scriptArguments));
  }

  /** The command line split at Pipy's end-of-options markers. */
  private static final class Split {
    final List<String> options = new ArrayList<>();
    final List<String> scriptArguments = new ArrayList<>();
    /** The script, when it was given after the end of options. */
    String lateTarget;
  }

  private static Split split(String[] args, CommandSpec spec) {
    Split split = new Split();
    boolean endOfOptions = false;
    boolean positionalSeen = false;
    boolean expectingValue = false;
    for (String term : args) {
      if (endOfOptions) {
        if (term.equals(RESUME_OPTIONS)) {
          endOfOptions = false;
        } else if (!term.startsWith("-") && !positionalSeen) {
          split.lateTarget = term;
          positionalSeen = true;
        } else {
          split.scriptArguments.add(term);
        }
        continue;
      }
      if (!expectingValue && END_OF_OPTIONS.contains(keyOf(term))) {
        endOfOptions = true;
        continue;
      }
      split.options.add(term);
      if (expectingValue) {
        expectingValue = false;
      } else if (term.startsWith("-")) {
        // A value option written "--threads 2" (Pipy wants "--threads=2"; picocli takes both):
        // the next word is its value, not the script.
        OptionSpec option = term.indexOf('=') < 0 ? spec.findOption(term) : null;
        expectingValue = option != null && option.arity().min() > 0;
      } else {
        positionalSeen = true;
      }
    }
    return split;
  }

  /** The option name without any "=value". */
  private static String keyOf(String term) {
    int eq = term.indexOf('=');
    return eq < 0 ? term : term.substring(0, eq);
  }

  private static int threads(String value, int max) throws UsageException {
    if (value == null) return 1;
    if (value.equals("max")) return max;
    if (!value.matches("[+-]?[0-9]{1,9}")) throw new UsageException("--threads expects a number");
    int n = Integer.parseInt(value);
    if (n <= 0) throw new UsageException("invalid number of threads");
    if (n > max) throw new UsageException("number of threads exceeds the maximum " + max);
    return n;
  }

  private static Log.Level logLevel(String value) throws UsageException {
    switch (value) {
      case "debug": return Log.Level.DEBUG;
      case "info": return Log.Level.INFO;
      case "warn": return Log.Level.WARN;
      case "error": return Log.Level.ERROR;
      default:
        if (value.startsWith("debug:")) throw new UsageException("log topics are not supported yet: --log-level=" + value);
        throw new UsageException("unknown log level: " + value);
    }
  }

  private static String logOutput(String value) throws UsageException {
    if (value.equals("stderr") || value.equals("stdout") || value.equals("null")) return value;
    throw new UsageException("unknown log output: " + value);
  }

  /**
   * {@code --admin-port=[[ip]:]port}: all interfaces when no IP is given, as in Pipy; an IPv6
   * address may be written in brackets.
   */
  static InetSocketAddress adminAddress(String value) throws UsageException {
    if (value == null) return null;
    String host = null;
    String port = value;
    int colon = value.lastIndexOf(':');
    if (colon >= 0) {
      host = value.substring(0, colon);
      port = value.substring(colon + 1);
      if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
    }
    if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
      throw new UsageException("invalid --admin-port: " + value);
    }
    int p = Integer.parseInt(port);
    if (host == null || host.isEmpty()) return new InetSocketAddress(p);
    if (!host.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
      throw new UsageException("invalid --admin-port: " + value + " (the address must be an IP)");
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), p);
    } catch (UnknownHostException e) {
      throw new UsageException("invalid --admin-port: " + value + " (the address must be an IP)");
    }
  }

  private static String io(String value) throws UsageException {
    if (IO_TRANSPORTS.contains(value)) return value;
    throw new UsageException("unknown I/O transport: " + value + " (expected: " + String.join(", ", IO_TRANSPORTS) + ")");
  }

  /** Prints the help text. */
  static void printUsage(PrintStream out) {
    newCommandLine().usage(out, CommandLine.Help.Ansi.OFF);
  }

  private static CommandLine newCommandLine() {
    CommandSpec spec = CommandSpec.create().name("pipy");
    spec.usageMessage()
        .customSynopsis(SYNOPSIS, "")
        .sortOptions(false)
        .description(
            "Runs a Pipy script: the file at <pathname>, or <expression> given as script text.",
            "Running without a script (repo mode) and remote codebases are not supported yet.",
            "")
        .optionListHeading("Options:%n")
        .footerHeading("")
        .footer(footer())
        .longOptionsMaxWidth(30)
        .width(100);
    flag(spec, false, "Show help information", "-h", "-help", "--help");
    flag(spec, false, "Show version information", "-v", "-version", "--version");
    flag(spec, false, "Evaluate the given string as script", "-e", "-eval", "--eval");
    flag(spec, false, "Interpret the given string as a pathname", "-f", "-file", "--file");
    value(spec, false, "<number|max>", "Number of worker threads (1, 2, ... max)", "--threads");
    value(spec, false, "<debug|info|warn|error>", "Set the level of log output", "--log-level");
    value(spec, false, "<stdout|stderr|null>", "Select where log lines go (default: stderr)", "--log-local");
    flag(spec, false, "Enable kernel load balancing for all listening ports", "--reuse-port");
    flag(spec, false, "Do not print pipeline graphs to the log", "--no-graph");
    value(spec, false, "<auto|epoll|nio|io_uring>", "I/O transport (default: auto, io_uring where available, else epoll)", "--io");
    value(spec, false, "<[[ip]:]port>", "Serve the metrics (GET /metrics) on this port; the rest of the admin service is not here yet", "--admin-port");
    for (String name : NO_EFFECT) flag(spec, true, "", name);
    for (String name : UNSUPPORTED_FLAGS) flag(spec, true, "", name);
    for (String name : UNSUPPORTED_WITH_VALUE) {
      spec.addOption(OptionSpec.builder(name).arity("0..1").type(String.class).hidden(true).build());
    }
    spec.addPositional(PositionalParamSpec.builder()
        .arity("0..*").type(List.class).auxiliaryTypes(String.class)
        .paramLabel("<expression | pathname>").hidden(true).build());

    CommandLine commandLine = new CommandLine(spec);
    commandLine.setExpandAtFiles(false);
    commandLine.setPosixClusteredShortOptionsAllowed(false);
    commandLine.setOverwrittenOptionsAllowed(true);
    return commandLine;
  }

  private static String[] footer() {
    List<String> lines = new ArrayList<>();
    lines.add("  --, -args, --args                    End of options: the words after them are script arguments");
    lines.add("  --pipy-options                       Options again, after script arguments");
    lines.add("");
    lines.add("Accepted with no effect (what they switch off does not exist here yet):");
    wrap(NO_EFFECT, lines);
    lines.add("Recognised but not supported yet:");
    List<String> unsupported = new ArrayList<>(UNSUPPORTED_FLAGS);
    unsupported.addAll(UNSUPPORTED_WITH_VALUE);
    wrap(unsupported, lines);
    return lines.toArray(new String[0]);
  }

  /** Lays out {@code words} as indented lines short enough that picocli does not re-wrap them. */
  private static void wrap(List<String> words, List<String> lines) {
    StringBuilder line = new StringBuilder("  ");
    for (String w : words) {
      if (line.length() > 2 && line.length() + 1 + w.length() > 90) {
        lines.add(line.toString());
        line.setLength(2);
      }
      if (line.length() > 2) line.append(' ');
      line.append(w);
    }
    lines.add(line.toString());
  }

  private static void flag(CommandSpec spec, boolean hidden, String description, String... names) {
    spec.addOption(OptionSpec.builder(names).arity("0").type(boolean.class).description(description).hidden(hidden).build());
  }

  private static void value(CommandSpec spec, boolean hidden, String label, String description, String name) {
    spec.addOption(OptionSpec.builder(name).arity("1").type(String.class).paramLabel(label).description(description).hidden(hidden).build());
  }
}
