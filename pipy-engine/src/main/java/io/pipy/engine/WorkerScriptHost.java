package io.pipy.engine;

import io.pipy.api.FilterFactory;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Worker;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptHost;
import io.pipy.api.script.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** What one worker's script realm sees of the engine while its scripts load. */
final class WorkerScriptHost implements ScriptHost {

  private final EngineWorker worker;
  private final InstalledModules modules;
  private final List<String> arguments;
  private final String version;
  private final List<DefaultPipelineLayout> layouts = new ArrayList<>();
  private final List<ListenDeclaration> listens = new ArrayList<>();
  private final List<TaskRunner> tasks = new ArrayList<>();
  private final List<FileWatch> watches = new ArrayList<>();
  private final List<PipelineLayout> exits = new ArrayList<>();

  private final Engine engine;
  private final java.nio.file.Path codebase;

  WorkerScriptHost(EngineWorker worker, InstalledModules modules, List<String> arguments, String version,
      Engine engine, java.nio.file.Path codebase) {
    this.worker = worker;
    this.modules = modules;
    this.arguments = arguments;
    this.version = version;
    this.engine = engine;
    this.codebase = codebase;
  }

  @Override
  public void exit(int status) {
    if (engine == null) throw new ScriptError("pipy.exit() is not available here");
    engine.requestExit(status);
  }

  @Override
  public java.nio.file.Path codebase() {
    return codebase;
  }

  @Override
  public Worker worker() {
    return worker;
  }

  @Override
  public FilterFactory filter(String name) {
    FilterFactory f = modules.filter(name);
    if (f == null) throw new ScriptError(unknownFilterMessage(name));
    return f;
  }

  @Override
  public boolean hasFilter(String name) {
    return modules.filter(name) != null;
  }

  @Override
  public String unavailableFilter(String filterName) {
    if (modules.filter(filterName) != null || FilterCatalog.moduleOf(filterName) == null) return null;
    return unknownFilterMessage(filterName);
  }

  private String unknownFilterMessage(String name) {
    String module = FilterCatalog.moduleOf(name);
    if (module != null && modules.moduleNames().contains(module)) {
      return "filter '" + name + "' is not supported yet (module " + module + " does not provide it)";
    }
    return FilterCatalog.unknownFilterMessage(name);
  }

  @Override
  public Map<String, Object> globals() {
    return modules.globals();
  }

  @Override
  public Collection<HostClass<?>> hostClasses() {
    return modules.hostClasses();
  }

  @Override
  public PipelineLayout newLayout(String name, String module) {
    DefaultPipelineLayout layout = new DefaultPipelineLayout(name, module, worker);
    layouts.add(layout);
    return layout;
  }

  @Override
  public void listen(String protocol, String address, int port, Map<String, Object> options,
      PipelineLayout layout, SourceLocation where) {
    if (port < 0 || port > 65535) {
      throw ScriptError.rangeError("port: " + port + " (expected: 0-65535)");
    }
    io.pipy.api.Transport transport = modules.transport(protocol);
    if (transport == null) {
      String hint = "tcp".equals(protocol) || "udp".equals(protocol) ? " (module proto-tcp is not installed)" : "";
      throw new ScriptError("no transport for protocol '" + protocol + "'" + hint);
    }
    try {
      transport.checkOptions(options);
    } catch (IllegalArgumentException e) {
      throw ScriptError.typeError("listen(): " + e.getMessage());
    }
    for (ListenDeclaration l : listens) {
      if (l.port() == port && port != 0 && l.protocol().equals(protocol) && java.util.Objects.equals(l.address(), address)) {
        throw new ScriptError("port " + port + " is already listened on at " + l.where());
      }
    }
    listens.add(new ListenDeclaration(protocol, address, port,
        Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options)), layout, where));
  }

  @Override
  public void task(String when, PipelineLayout layout, SourceLocation where) {
    String w = when == null ? "" : when.trim();
    if (w.isEmpty()) {
      tasks.add(new TaskRunner(worker, layout, TaskRunner.Kind.ONCE, 0, null));
    } else if (Character.isDigit(w.charAt(0))) {
      long nanos = Durations.parseNanos(w);
      if (nanos < 10_000_000L || nanos > 86_400_000_000_000L) {
        throw ScriptError.rangeError("task interval out of range: " + when + " (expected: 10ms to 1d, like '5s')");
      }
      tasks.add(new TaskRunner(worker, layout, TaskRunner.Kind.PERIODIC, nanos, null));
    } else if (w.startsWith("SIG") && w.length() > 3 && w.chars().skip(3).allMatch(Character::isUpperCase)) {
      tasks.add(new TaskRunner(worker, layout, TaskRunner.Kind.SIGNAL, 0, w.substring(3)));
    } else {
      throw new ScriptError("invalid task trigger: " + when + " (expected: nothing, an interval like '5s', or a signal like 'SIGHUP')");
    }
  }

  @Override
  public void watch(String path, PipelineLayout layout, SourceLocation where) {
    String name = path == null ? "" : path.trim();
    if (name.isEmpty()) throw new ScriptError("watch(): the file name cannot be empty");
    String relative = name;
    while (relative.startsWith("/")) relative = relative.substring(1);
    java.nio.file.Path root = codebase.toAbsolutePath().normalize();
    java.nio.file.Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) throw new ScriptError("watch(): path outside the codebase: " + path);
    watches.add(new FileWatch(worker, target, name.endsWith("/"), layout));
  }

  List<FileWatch> watches() {
    return Collections.unmodifiableList(watches);
  }

  @Override
  public void onExit(PipelineLayout layout, SourceLocation where) {
    exits.add(layout);
  }

  List<TaskRunner> tasks() {
    return Collections.unmodifiableList(tasks);
  }

  List<PipelineLayout> exits() {
    return Collections.unmodifiableList(exits);
  }

  @Override
  public List<String> arguments() {
    return arguments;
  }

  @Override
  public String version() {
    return version;
  }

  List<DefaultPipelineLayout> layouts() {
    return Collections.unmodifiableList(layouts);
  }

  List<ListenDeclaration> listens() {
    return Collections.unmodifiableList(listens);
  }
}
