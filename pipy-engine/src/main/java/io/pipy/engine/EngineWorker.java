package io.pipy.engine;

import io.netty.channel.EventLoop;
import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.Inbound;
import io.pipy.api.KeepAlive;
import io.pipy.api.Log;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptRealm;
import io.pipy.api.script.ScriptRuntime;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledExecutorService;

/** A worker: one event loop, one script realm, and the microtask queue that goes with them. */
final class EngineWorker implements Worker {

  private final int index;
  private final EventLoop loop;
  private final String ioTransport;
  private final Liveness liveness;
  private final ArrayDeque<Runnable> microtasks = new ArrayDeque<>();
  private boolean drainScheduled;
  private ScriptRealm realm;
  private ContextTemplate template = ContextTemplate.EMPTY;

  EngineWorker(int index, EventLoop loop, String ioTransport, Liveness liveness) {
    this.index = index;
    this.loop = loop;
    this.ioTransport = ioTransport;
    this.liveness = liveness;
  }

  private final java.util.List<Runnable> shutdownActions = new java.util.ArrayList<>();
  private InstalledModules modules;
  private java.nio.file.Path codebase = java.nio.file.Path.of("").toAbsolutePath();
  private int concurrency = 1;

  /** What the worker offers Java code beyond scripts: filters, the codebase root, the worker count. */
  void environment(InstalledModules modules, java.nio.file.Path codebase, int concurrency) {
    this.modules = modules;
    this.codebase = codebase;
    this.concurrency = concurrency;
  }

  @Override
  public void onShutdown(Runnable action) {
    shutdownActions.add(action);
  }

  /** Runs the shutdown actions; call on the worker thread. */
  void shutdown() {
    for (Runnable r : shutdownActions) {
      try {
        r.run();
      } catch (RuntimeException e) {
        Log.error("a shutdown action failed on worker " + index + ": " + e);
      }
    }
    shutdownActions.clear();
  }

  @Override
  public int concurrency() {
    return concurrency;
  }

  @Override
  public java.nio.file.Path codebase() {
    return codebase;
  }

  @Override
  public io.pipy.api.FilterFactory filter(String name) {
    return modules == null ? null : modules.filter(name);
  }

  @Override
  public io.pipy.api.PipelineLayout newLayout(String name) {
    return new DefaultPipelineLayout(name, "(java)", this);
  }

  void realm(ScriptRealm realm) {
    this.realm = realm;
  }

  ScriptRealm realm() {
    return realm;
  }

  /** Fixes the context template once scripts have loaded. */
  void contextTemplate(ContextTemplate template) {
    this.template = template;
  }

  EventLoop loop() {
    return loop;
  }

  @Override
  public int index() {
    return index;
  }

  @Override
  public ScheduledExecutorService executor() {
    return loop;
  }

  @Override
  public String ioTransport() {
    return ioTransport;
  }

  @Override
  public boolean inWorkerThread() {
    return loop.inEventLoop();
  }

  @Override
  public ScriptRuntime scripts() {
    return realm;
  }

  @Override
  public Context newContext(Inbound inbound) {
    return new Context(this, realm == null ? template : realm.contextTemplate(), inbound);
  }

  @Override
  public KeepAlive keepAlive(String reason) {
    return liveness.acquire(reason);
  }

  @Override
  public void microtask(Runnable task) {
    microtasks.add(task);
    if (!drainScheduled) {
      drainScheduled = true;
      loop.execute(this::drainMicrotasks);
    }
  }

  /** Whether anything is queued that has not run yet; call on the worker thread. */
  boolean hasPendingWork() {
    return !microtasks.isEmpty() || (realm != null && realm.hasPendingJobs());
  }

  private void drainMicrotasks() {
    drainScheduled = false;
    Runnable task;
    while ((task = microtasks.poll()) != null) {
      try {
        task.run();
      } catch (RuntimeException e) {
        Log.error("uncaught error in a microtask on worker " + index + ": " + e);
      }
    }
  }

  @Override
  public String toString() {
    return "Worker(" + index + ")";
  }
}
