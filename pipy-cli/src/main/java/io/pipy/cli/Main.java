package io.pipy.cli;

import io.pipy.api.Log;
import io.pipy.engine.Engine;
import io.pipy.engine.EngineException;
import io.pipy.engine.EngineOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.ToIntFunction;

/**
 * {@code pipy [options] [<expression | pathname>] [-- <script arguments>...]}: parses Pipy's
 * options, loads the script and runs the engine; the process exits with the engine's status.
 *
 * <p>Exit status: 0 when the script finished, 1 for a bad command line, a missing script, a
 * start-up failure or a script that failed to load, or whatever the script asked for.
 *
 * <p>Nothing is initialised before it is needed: {@code --version} and {@code --help} never
 * touch the engine's I/O, and the engine's classes load only when a script runs.
 */
public final class Main {

  private final PrintStream out;
  private final PrintStream err;
  private final ToIntFunction<EngineOptions> engine;

  Main(PrintStream out, PrintStream err, ToIntFunction<EngineOptions> engine) {
    this.out = out;
    this.err = err;
    this.engine = engine;
  }

  /** The launcher's entry point. */
  public static void main(String[] args) {
    int status = new Main(System.out, System.err, options -> new Engine(options).run()).execute(args);
    System.out.flush();
    System.exit(status);
  }

  /** Runs the command line {@code args} and returns the exit status. */
  int execute(String[] args) {
    Invocation invocation;
    ScriptSource script;
    try {
      invocation = CommandLineOptions.parse(args);
      if (invocation.version()) {
        VersionInfo.print(out);
        return 0;
      }
      if (invocation.help()) {
        CommandLineOptions.printUsage(out);
        return 0;
      }
      if (invocation.target() == null) {
        err.println("no script given: running without one (repo mode) is not supported yet");
        err.println();
        CommandLineOptions.printUsage(err);
        return 1;
      }
      script = ScriptSource.of(invocation);
    } catch (UsageException e) {
      err.println(e.getMessage());
      return 1;
    }

    Log.setLevel(invocation.logLevel());
    switch (invocation.logOutput()) {
      case "stdout" -> Log.setOutput(out);
      case "null" -> Log.setOutput(new PrintStream(OutputStream.nullOutputStream()));
      default -> Log.setOutput(err);
    }

    EngineOptions options = new EngineOptions(script.name(), script.text(), invocation.threads(),
        invocation.reusePort(), invocation.printGraph(), invocation.io(), invocation.arguments(),
        Main.class.getClassLoader(), true);
    AdminService admin = null;
    if (invocation.adminAddress() != null) {
      try {
        admin = AdminService.start(invocation.adminAddress());
      } catch (IOException e) {
        Log.error("cannot start the admin service on port " + invocation.adminAddress().getPort() + ": " + e.getMessage());
        return 1;
      }
    }
    int status;
    try {
      status = engine.applyAsInt(options);
    } catch (EngineException e) {
      Log.error(e.getMessage());
      return 1;
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      Log.error("unexpected error: " + stackTrace(e));
      return 1;
    } finally {
      if (admin != null) admin.close();
    }
    if (status != 0 && script.evaluatedForMissingPath()) {
      err.println("file or directory does not exist either with the input string as a pathname: " + invocation.target());
    }
    return status;
  }

  private static String stackTrace(Throwable e) {
    StringWriter sw = new StringWriter();
    e.printStackTrace(new PrintWriter(sw));
    return sw.toString().stripTrailing();
  }
}
