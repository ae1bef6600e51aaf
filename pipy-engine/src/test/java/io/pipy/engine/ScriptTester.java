package io.pipy.engine;

import io.netty.channel.DefaultEventLoop;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptLanguage;
import io.pipy.api.script.ScriptRealm;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * A test kit that loads a real script with the installed modules (found on the test class path,
 * script language included) on one worker, and runs its pipeline layouts in-process: feed events,
 * assert the events out. No sockets: listen() declarations are recorded, not opened.
 *
 * <pre>{@code
 * try (ScriptTester t = ScriptTester.load("test.js", "pipy().pipeline('p').replaceData(d => new Data('x'))")) {
 *   ScriptTester.Run run = t.run("p");
 *   run.input(Data.fromString("abc"), StreamEnd.normal());
 *   assertEquals("x", run.outputText());
 * }
 * }</pre>
 *
 * <p>Lives in pipy-engine's test-jar so it can use the engine's internals; modules that have the
 * script language on their test class path (pipy-tests) use it.
 */
public final class ScriptTester implements AutoCloseable {

  private final DefaultEventLoop loop = new DefaultEventLoop();
  private final Liveness liveness = new Liveness(() -> { });
  private final EngineWorker worker;
  private final WorkerScriptHost host;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream previousLog;

  private ScriptTester(String file, String source, Path codebase) {
    previousLog = null;
    InstalledModules modules = ModuleLoader.load(ScriptTester.class.getClassLoader());
    if (modules.languages().isEmpty()) throw new IllegalStateException("no script language on the class path");
    ScriptLanguage language = modules.languages().get(0);
    worker = new EngineWorker(0, loop, "none", liveness);
    worker.environment(modules, codebase, 1);
    host = new WorkerScriptHost(worker, modules, List.of(), "test", null, codebase);
    Log.setOutput(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      call(() -> {
        ScriptRealm realm = language.newRealm(host);
        worker.realm(realm);
        realm.runMain(file, source);
        worker.contextTemplate(realm.contextTemplate());
        return null;
      });
    } catch (RuntimeException | Error e) {
      close(); // a script that fails to load must not leave the worker thread behind
      throw e;
    }
  }

  /** Loads {@code source} as the main script named {@code file}; a load failure throws {@link ScriptException}. */
  public static ScriptTester load(String file, String source) {
    return new ScriptTester(file, source, Path.of("").toAbsolutePath());
  }

  /** Loads the script file {@code path}, its folder being the codebase root. */
  public static ScriptTester loadFile(Path path) throws java.io.IOException {
    return new ScriptTester(path.toString(), Files.readString(path), path.toAbsolutePath().getParent());
  }

  /** What the log received so far. */
  public String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  /** The layout named {@code name} (a pipeline('name'), or the label of a listen/task layout such as "Listen on 8080 at 0.0.0.0"). */
  public PipelineLayout layout(String name) {
    for (DefaultPipelineLayout l : host.layouts()) {
      if (name.equals(l.name())) return l;
    }
    throw new IllegalArgumentException("no pipeline layout named '" + name + "'");
  }

  /** The layout serving listen declaration number {@code index} (in script order). */
  public PipelineLayout listenLayout(int index) {
    return host.listens().get(index).layout();
  }

  /** A running pipeline of layout {@code name}, with a fresh context. */
  public Run run(String name) {
    return run(layout(name));
  }

  /** A running pipeline of {@code layout}, with a fresh context. */
  public Run run(PipelineLayout layout) {
    Run r = new Run();
    r.pipeline = call(() -> layout.instantiate(worker.newContext(null), r::record));
    return r;
  }

  /** Starts every task() declaration as the engine does at startup: once-tasks run now, periodic ones begin ticking. */
  public void startTasks() {
    call(() -> {
      for (TaskRunner r : host.tasks()) r.start();
      return null;
    });
  }

  /** Runs the tasks waiting for signal {@code name} (such as {@code "SIGHUP"}), as the engine does when it arrives. */
  public void signal(String name) {
    String bare = name.startsWith("SIG") ? name.substring(3) : name;
    call(() -> {
      for (TaskRunner r : host.tasks()) {
        if (bare.equals(r.signal)) r.run();
      }
      return null;
    });
  }

  /** Starts every watch() declaration as the engine does at startup: the current files are the baseline. */
  public void startWatches() {
    call(() -> {
      for (FileWatch w : host.watches()) w.start();
      return null;
    });
  }

  /** Makes every watch() look for changes now, instead of at its next periodic check. */
  public void pollWatches() {
    call(() -> {
      for (FileWatch w : host.watches()) w.poll();
      return null;
    });
  }

  /** Begins shutting down as the engine does: periodic tasks stop and the exit() pipelines run. */
  public void exit() {
    call(() -> {
      worker.shutdown();
      for (TaskRunner r : host.tasks()) r.stop();
      for (FileWatch w : host.watches()) w.stop();
      for (PipelineLayout l : host.exits()) new TaskRunner(worker, l, TaskRunner.Kind.ONCE, 0, null).start();
      return null;
    });
  }

  /** Runs {@code task} on the worker thread and returns its result. */
  public <T> T call(Callable<T> task) {
    try {
      return loop.submit(task).get(20, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lets queued work and timers due within {@code millis} run. */
  public void settle(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    call(() -> null);
  }

  @Override
  public void close() {
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    Log.setOutput(System.err);
  }

  /** One pipeline under test and what came out of it (Data copied, then released). */
  public final class Run {
    private Pipeline pipeline;
    private final List<Object> output = new ArrayList<>();

    private void record(Event e) {
      if (e instanceof Data d) {
        output.add(d.toString());
        d.release();
      } else {
        output.add(e);
      }
    }

    /** Feeds events in order on the worker thread. */
    public Run input(Event... events) {
      call(() -> {
        for (Event e : events) pipeline.input(e);
        return null;
      });
      return this;
    }

    /** The output as a compact string, Data shown as text: {@code MS D(abc) ME SE}. */
    public String shape() {
      return call(() -> {
        StringBuilder sb = new StringBuilder();
        for (Object o : output) {
          if (sb.length() > 0) sb.append(' ');
          if (o instanceof String s) sb.append("D(").append(s).append(')');
          else if (o instanceof MessageStart) sb.append("MS");
          else if (o instanceof MessageEnd) sb.append("ME");
          else if (o instanceof StreamEnd se) sb.append(se.hasError() ? "SE(" + se.error().scriptName() + ")" : "SE");
        }
        return sb.toString();
      });
    }

    /** All output Data as text. */
    public String outputText() {
      return call(() -> {
        StringBuilder sb = new StringBuilder();
        for (Object o : output) if (o instanceof String s) sb.append(s);
        return sb.toString();
      });
    }

    /** The output events, Data as strings. */
    public List<Object> output() {
      return call(() -> List.copyOf(output));
    }

    /** Releases the pipeline. */
    public void release() {
      call(() -> {
        pipeline.release();
        return null;
      });
    }
  }
}
