package io.pipy.js;

import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.FilterFactory;
import io.pipy.api.Inbound;
import io.pipy.api.KeepAlive;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Worker;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ObjectTemplate;
import io.pipy.api.script.PropertyKey;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptHost;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs a script in a fresh realm without the engine and captures what it prints: the harness of
 * the golden-file suite. {@code print}/{@code println} append to the captured output.
 */
public final class ScriptRunner {

  /** The outcome of a run: printed output, and the error report if it failed. */
  public record Result(String output, String error) {
  }

  private ScriptRunner() {
  }

  public static Result run(String file, String source) {
    StringBuilder out = new StringBuilder();
    Map<String, Object> globals = new LinkedHashMap<>();
    globals.put("TestCat", TestHosts.SiblingClasses.CAT);
    globals.put("TestDog", TestHosts.SiblingClasses.DOG);
    globals.put("println", HostFunction.of("println", 0, (ctx, self, args) -> {
      print(ctx, out, args);
      out.append('\n');
      return Undefined.INSTANCE;
    }));
    globals.put("print", HostFunction.of("print", 0, (ctx, self, args) -> {
      print(ctx, out, args);
      return Undefined.INSTANCE;
    }));
    // Objects made by ScriptRuntime.template, as Java code (HTTP heads) makes them.
    String[] templateKeys = {"a", "b", "c"};
    globals.put("fromTemplate", HostFunction.of("fromTemplate", 3, (ctx, self, args) ->
        ctx.worker().scripts().template(templateKeys).make(args.length > 0 ? args[0] : Undefined.INSTANCE,
            args.length > 1 ? args[1] : Undefined.INSTANCE, args.length > 2 ? args[2] : Undefined.INSTANCE)));
    // ScriptRuntime.templateOf and ObjectTemplate.holds: remember(o) snapshots an object's
    // template and values (-1 if it has no template); holds(i, o) asks whether o still matches
    // snapshot i; keyGet(name, o) reads through one PropertyKey per name, so its note persists.
    List<Object[]> snapshots = new ArrayList<>();
    Map<String, PropertyKey> keys = new HashMap<>();
    globals.put("remember", HostFunction.of("remember", 1, (ctx, self, args) -> {
      ObjectTemplate t = args[0] instanceof ScriptObject o ? ctx.worker().scripts().templateOf(o) : null;
      if (t == null) return -1;
      snapshots.add(new Object[] {t, t.valuesOf((ScriptObject) args[0])});
      return snapshots.size() - 1;
    }));
    globals.put("holds", HostFunction.of("holds", 2, (ctx, self, args) -> {
      Object[] s = snapshots.get(((Number) args[0]).intValue());
      return ((ObjectTemplate) s[0]).holds((ScriptObject) args[1], (Object[]) s[1]);
    }));
    globals.put("keyGet", HostFunction.of("keyGet", 2, (ctx, self, args) ->
        ((ScriptObject) args[1]).get(keys.computeIfAbsent(args[0].toString(), PropertyKey::new))));
    TestHost host = new TestHost(globals);
    PipyJsRealm realm = new PipyJsRealm(host);
    host.worker.runtime = realm;
    try {
      realm.runMain(file, source);
      return new Result(out.toString(), null);
    } catch (ScriptException e) {
      return new Result(out.toString(), e.report());
    }
  }

  private static void print(Context ctx, StringBuilder out, Object[] args) {
    for (int i = 0; i < args.length; i++) {
      if (i > 0) out.append(' ');
      out.append(args[i] instanceof CharSequence s ? s : ctx.worker().scripts().toDisplayString(args[i]));
    }
  }

  private static final class TestWorker implements Worker {
    ScriptRuntime runtime;
    final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public int index() {
      return 0;
    }

    @Override
    public ScheduledExecutorService executor() {
      throw new UnsupportedOperationException("no event loop in the script runner");
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
      return runtime;
    }

    @Override
    public Context newContext(Inbound inbound) {
      return new Context(this, ((io.pipy.api.script.ScriptRealm) runtime).contextTemplate(), inbound);
    }

    @Override
    public KeepAlive keepAlive(String reason) {
      return () -> { };
    }

    @Override
    public void microtask(Runnable task) {
      tasks.add(task);
    }
  }

  private static final class TestHost implements ScriptHost {
    final TestWorker worker = new TestWorker();
    final Map<String, Object> globals;

    TestHost(Map<String, Object> globals) {
      this.globals = globals;
    }

    @Override
    public Worker worker() {
      return worker;
    }

    @Override
    public FilterFactory filter(String name) {
      throw new ScriptError("unknown filter '" + name + "'");
    }

    @Override
    public boolean hasFilter(String name) {
      return false;
    }

    @Override
    public String unavailableFilter(String filterName) {
      return null;
    }

    @Override
    public Map<String, Object> globals() {
      return globals;
    }

    @Override
    public Collection<HostClass<?>> hostClasses() {
      return List.of(TestHosts.SiblingClasses.CAT, TestHosts.SiblingClasses.DOG);
    }

    @Override
    public PipelineLayout newLayout(String name, String module) {
      throw new UnsupportedOperationException("no pipelines in the script runner");
    }

    @Override
    public void listen(String protocol, String address, int port, Map<String, Object> options, PipelineLayout layout, SourceLocation where) {
      throw new UnsupportedOperationException("no listeners in the script runner");
    }

    @Override
    public List<String> arguments() {
      return List.of();
    }

    @Override
    public String version() {
      return "test";
    }
  }
}
