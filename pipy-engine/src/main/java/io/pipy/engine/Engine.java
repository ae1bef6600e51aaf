package io.pipy.engine;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import io.pipy.api.Listener;
import io.pipy.api.ListenSpec;
import io.pipy.api.Log;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Transport;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptLanguage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts Pipy: discovers modules, makes the workers, loads the script on each, opens the
 * listeners, and runs until nothing is left to do (or it is told to stop).
 *
 * <p>Start-up order follows Pipy: the script loads on worker 0 first, so a broken script is
 * reported once; then on the other workers. Listeners open only after every worker has loaded.
 */
public final class Engine {

  private final EngineOptions options;
  private final LinkedBlockingQueue<Integer> exitRequests = new LinkedBlockingQueue<>();
  private final Map<Listener, String> listeners = new LinkedHashMap<>();
  private IoTransports.Choice io;
  private List<EngineWorker> workers = List.of();
  private Liveness liveness;
  private volatile boolean started;
  private List<WorkerScriptHost> hosts = List.of();
  private final java.util.concurrent.atomic.AtomicInteger signals = new java.util.concurrent.atomic.AtomicInteger();

  /** An engine for the given options; nothing starts until {@link #run()}. */
  public Engine(EngineOptions options) {
    this.options = options;
  }

  /** The product version. */
  public static String version() {
    return Version.VALUE;
  }

  /**
   * Runs to completion and returns the process exit status: 0 when the script finished (nothing
   * left running), non-zero when it failed to load or asked for it.
   *
   * @throws EngineException for start-up failures the user must fix
   */
  public int run() {
    InstalledModules modules = ModuleLoader.load(options.classLoader());
    ScriptLanguage language = chooseLanguage(modules);
    liveness = new Liveness(this::checkIdleSoon);
    io = IoTransports.newGroup(options.threads(), options.ioTransport(), new WorkerThreads());
    try {
      workers = makeWorkers(io);
      Log.debug("modules: " + String.join(", ", modules.moduleNames()) + "; I/O: " + io.name());
      List<WorkerScriptHost> hosts = loadScripts(modules, language);
      if (hosts == null) return 1;
      if (options.printGraph()) GraphPrinter.print(hosts.get(0).layouts());
      openListeners(modules, hosts);
      this.hosts = hosts;
      if (options.handleSignals()) Signals.install(this, taskSignals(hosts));
      startTasks(hosts);
      started = true;
      checkIdleSoon();
      return awaitExit();
    } finally {
      shutdown();
    }
  }

  /** Asks the engine to stop with {@code status}; safe from any thread. */
  public void exit(int status) {
    exitRequests.add(status);
  }

  /**
   * {@code pipy.exit(status)}: shut down as on a signal (listeners stop, exit pipelines run), then
   * exit with {@code status}. During start-up it simply ends the run with that status.
   */
  void requestExit(int status) {
    exitStatus = status;
    if (!started) {
      exitRequests.add(status);
      return;
    }
    if (signals.incrementAndGet() > 1) {
      exit(status);
      return;
    }
    exitRequests.add(STOP_LISTENING);
  }

  private volatile int exitStatus;

  /**
   * A termination signal: the first stops the listeners and lets open streams finish (the
   * process exits once nothing is left running); the second exits at once.
   */
  void signal(String name) {
    if (signals.incrementAndGet() > 1) {
      Log.info("[shutdown] Forced to shut down");
      exit(0);
      return;
    }
    Log.info("[shutdown] Shutting down...");
    exitRequests.add(STOP_LISTENING);
  }

  private static ScriptLanguage chooseLanguage(InstalledModules modules) {
    List<ScriptLanguage> languages = modules.languages();
    if (languages.isEmpty()) throw new EngineException("no script language is installed (module pipy-js is missing)");
    if (languages.size() > 1) {
      List<String> names = new ArrayList<>();
      for (ScriptLanguage l : languages) names.add(l.name() + " in " + ModuleLoader.jarOf(l.getClass()));
      throw new EngineException("more than one script language is installed: " + String.join(", ", names));
    }
    return languages.get(0);
  }

  private List<EngineWorker> makeWorkers(IoTransports.Choice io) {
    List<EngineWorker> list = new ArrayList<>();
    int i = 0;
    for (EventExecutor e : io.group()) {
      list.add(new EngineWorker(i++, (EventLoop) e, io.name(), liveness));
    }
    return List.copyOf(list);
  }

  /** Loads the script on every worker; returns null (after reporting) if it fails to load. */
  private List<WorkerScriptHost> loadScripts(InstalledModules modules, ScriptLanguage language) {
    List<WorkerScriptHost> hosts = new ArrayList<>();
    java.nio.file.Path script = java.nio.file.Path.of(options.scriptName()).toAbsolutePath();
    java.nio.file.Path codebase = java.nio.file.Files.isRegularFile(script) ? script.getParent()
        : java.nio.file.Path.of("").toAbsolutePath();
    for (EngineWorker w : workers) {
      w.environment(modules, codebase, workers.size());
      hosts.add(new WorkerScriptHost(w, modules, options.arguments(), version(), this, codebase));
    }
    if (!loadOn(workers.get(0), hosts.get(0), language)) return null;
    List<Future<Boolean>> rest = new ArrayList<>();
    for (int i = 1; i < workers.size(); i++) {
      EngineWorker w = workers.get(i);
      WorkerScriptHost h = hosts.get(i);
      rest.add(w.loop().submit(() -> load(w, h, language)));
    }
    for (Future<Boolean> f : rest) {
      if (!Boolean.TRUE.equals(await(f))) return null;
    }
    return hosts;
  }

  private boolean loadOn(EngineWorker w, WorkerScriptHost h, ScriptLanguage language) {
    return Boolean.TRUE.equals(await(w.loop().submit(() -> load(w, h, language))));
  }

  private boolean load(EngineWorker w, WorkerScriptHost host, ScriptLanguage language) {
    try {
      var realm = language.newRealm(host);
      w.realm(realm);
      realm.runMain(options.scriptName(), options.scriptSource());
      w.contextTemplate(realm.contextTemplate());
      return true;
    } catch (ScriptException e) {
      if (w.index() == 0) Log.error(e.report());
      return false;
    }
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while starting");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    }
  }

  private void openListeners(InstalledModules modules, List<WorkerScriptHost> hosts) {
    List<ListenDeclaration> first = hosts.get(0).listens();
    Map<String, List<PipelineLayout>> layoutsByKey = new LinkedHashMap<>();
    for (WorkerScriptHost h : hosts) {
      if (h.listens().size() != first.size()) {
        throw new EngineException("workers disagree on listeners: the script must declare the same ports on every worker");
      }
      for (ListenDeclaration d : h.listens()) layoutsByKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d.layout());
    }
    if (!first.isEmpty()) {
      // Said once, and only by a process that serves: the transport decides what --reuse-port
      // and the socket options can do, so whoever reads the log of a server should see it.
      Log.info("[listener] I/O transport: " + io.name() + ", " + workers.size() + (workers.size() == 1 ? " worker" : " workers"));
    }
    for (ListenDeclaration d : first) {
      Transport t = modules.transport(d.protocol());
      ListenSpec spec = new ListenSpec(d.address(), d.port(), d.options(), layoutsByKey.get(d.key()), options.reusePort());
      try {
        Listener l = t.listen(spec);
        String what = d.protocol().toUpperCase() + " port " + l.port() + " at " + (d.address() == null ? "0.0.0.0" : d.address());
        listeners.put(l, what);
        Log.info("[listener] Listening on " + what);
      } catch (IOException | IllegalArgumentException e) {
        throw new EngineException(d.where() + ": cannot listen on " + d.protocol().toUpperCase() + " " + spec.describe() + ": " + e.getMessage());
      }
    }
  }

  private static java.util.Set<String> taskSignals(List<WorkerScriptHost> hosts) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (WorkerScriptHost h : hosts) {
      for (TaskRunner t : h.tasks()) if (t.signal != null) names.add(t.signal);
    }
    return names;
  }

  private void startTasks(List<WorkerScriptHost> hosts) {
    for (WorkerScriptHost h : hosts) {
      EngineWorker w = (EngineWorker) h.worker();
      for (TaskRunner t : h.tasks()) w.loop().execute(t::start);
      for (FileWatch f : h.watches()) w.loop().execute(f::start);
    }
  }

  /** Runs the tasks waiting for signal {@code name} (without the SIG prefix) on every worker. */
  void runSignalTasks(String name) {
    for (WorkerScriptHost h : hosts) {
      EngineWorker w = (EngineWorker) h.worker();
      for (TaskRunner t : h.tasks()) {
        if (name.equals(t.signal)) w.loop().execute(t::run);
      }
    }
  }

  /** Stops periodic tasks and runs the exit() pipelines; shutdown then waits for them. */
  private void beginExit() {
    for (WorkerScriptHost h : hosts) {
      EngineWorker w = (EngineWorker) h.worker();
      w.loop().execute(() -> {
        w.shutdown();
        for (TaskRunner t : h.tasks()) t.stop();
        for (FileWatch f : h.watches()) f.stop();
        for (io.pipy.api.PipelineLayout exit : h.exits()) {
          new TaskRunner(w, exit, TaskRunner.Kind.ONCE, 0, null).start();
        }
      });
    }
  }

  /** Called when the keep-alive count reaches zero; must not block. */
  private void checkIdleSoon() {
    exitRequests.add(IDLE_CHECK);
  }

  private static final int IDLE_CHECK = Integer.MIN_VALUE;
  private static final int STOP_LISTENING = Integer.MIN_VALUE + 1;

  private int awaitExit() {
    while (true) {
      int request;
      try {
        request = exitRequests.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 130;
      }
      if (request == STOP_LISTENING) {
        closeListeners();
        beginExit();
        Log.info("[shutdown] Waiting for workers to drain...");
        checkIdleSoon();
        continue;
      }
      if (request != IDLE_CHECK) return request;
      if (started && isIdle()) return exitStatus;
    }
  }

  /** Whether no keep-alive is held and no worker has queued work; asks each worker on its thread. */
  private boolean isIdle() {
    if (liveness.count() > 0) return false;
    for (EngineWorker w : workers) {
      Callable<Boolean> pending = w::hasPendingWork;
      Boolean busy = await(w.loop().submit(pending));
      if (Boolean.TRUE.equals(busy)) {
        // Work is queued; it will either take a keep-alive or finish, so look again shortly.
        w.loop().schedule(this::checkIdleSoon, 10, TimeUnit.MILLISECONDS);
        return false;
      }
    }
    return liveness.count() == 0;
  }

  private void closeListeners() {
    for (Map.Entry<Listener, String> e : listeners.entrySet()) {
      try {
        e.getKey().close();
        Log.info("[listener] Stopped listening on " + e.getValue());
      } catch (RuntimeException x) {
        Log.warn("closing a listener failed: " + x);
      }
    }
    listeners.clear();
  }

  private void shutdown() {
    closeListeners();
    if (io != null) io.group().shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
