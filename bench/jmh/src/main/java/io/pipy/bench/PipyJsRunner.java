package io.pipy.bench;

import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.FilterFactory;
import io.pipy.api.Inbound;
import io.pipy.api.KeepAlive;
import io.pipy.api.PipelineLayout;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import io.pipy.api.Transport;
import io.pipy.api.Worker;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptHost;
import io.pipy.api.script.ScriptLanguage;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRealm;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ScheduledExecutorService;

/**
 * PipyJS through the public API only: the language found by ServiceLoader, the installed
 * modules' globals (Message …), and a {@code register} global the script hands its function to.
 */
final class PipyJsRunner implements Runner {

  private final ScriptFunction fn;
  private final Context ctx;
  private final Object arg;

  PipyJsRunner(String benchmark) {
    Map<String, Object> globals = new LinkedHashMap<>();
    List<HostClass<?>> hostClasses = new ArrayList<>();
    for (PipyModule m : ServiceLoader.load(PipyModule.class, PipyJsRunner.class.getClassLoader())) {
      m.install(new Registry() {
        @Override
        public void filter(FilterFactory factory) {
        }

        @Override
        public void global(String name, Object value) {
          globals.putIfAbsent(name, value);
        }

        @Override
        public void hostClass(HostClass<?> hostClass) {
          hostClasses.add(hostClass);
        }

        @Override
        public void transport(Transport transport) {
        }
      });
    }
    ScriptFunction[] registered = new ScriptFunction[1];
    globals.put("register", HostFunction.of("register", 1, (c, self, args) -> {
      registered[0] = (ScriptFunction) args[0];
      return Undefined.INSTANCE;
    }));
    BenchWorker worker = new BenchWorker();
    ScriptHost host = new BenchHost(worker, globals, hostClasses);
    ScriptLanguage language = ServiceLoader.load(ScriptLanguage.class, PipyJsRunner.class.getClassLoader()).findFirst().orElseThrow();
    ScriptRealm realm = language.newRealm(host);
    worker.realm = realm;
    realm.runMain(benchmark + ".js", BenchScripts.SCRIPTS.get(benchmark));
    this.fn = registered[0];
    this.ctx = worker.newContext(null);
    if (benchmark.equals("callback")) {
      ScriptObject head = realm.newObject();
      head.set("path", "/api/users/42");
      ScriptObject msg = realm.newObject();
      msg.set("head", head);
      this.arg = msg;
    } else {
      this.arg = null;
    }
  }

  @Override
  public Object run() {
    return arg == null ? fn.call(ctx) : fn.call1(ctx, arg);
  }

  /** A worker without an event loop: enough for running scripts. */
  static final class BenchWorker implements Worker {
    ScriptRealm realm;

    @Override
    public int index() {
      return 0;
    }

    @Override
    public ScheduledExecutorService executor() {
      throw new UnsupportedOperationException("no event loop in benchmarks");
    }

    @Override
    public String ioTransport() {
      return "none";
    }

    @Override
    public boolean inWorkerThread() {
      return true;
    }

    @Override
    public ScriptRuntime scripts() {
      return realm;
    }

    @Override
    public Context newContext(Inbound inbound) {
      return new Context(this, realm == null ? ContextTemplate.EMPTY : realm.contextTemplate(), inbound);
    }

    @Override
    public KeepAlive keepAlive(String reason) {
      return () -> { };
    }

    @Override
    public void microtask(Runnable task) {
      task.run();
    }
  }

  /** Globals and host classes for the realm; no pipelines. */
  record BenchHost(Worker worker, Map<String, Object> globals, Collection<HostClass<?>> hostClasses) implements ScriptHost {
    @Override
    public FilterFactory filter(String name) {
      throw new ScriptError("no filters in benchmarks");
    }

    @Override
    public boolean hasFilter(String name) {
      return false;
    }

    @Override
    public PipelineLayout newLayout(String name, String module) {
      throw new ScriptError("no pipelines in benchmarks");
    }

    @Override
    public void listen(String protocol, String address, int port, Map<String, Object> options, PipelineLayout layout,
        SourceLocation where) {
      throw new ScriptError("no listeners in benchmarks");
    }

    @Override
    public List<String> arguments() {
      return List.of();
    }

    @Override
    public String version() {
      return "bench";
    }
  }
}
