package io.pipy.js;

import io.pipy.api.Context;
import io.pipy.api.FilterFactory;
import io.pipy.api.Inbound;
import io.pipy.api.KeepAlive;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Worker;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptHost;
import io.pipy.api.script.ScriptRealm;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import io.pipy.js.interp.ModuleLoader;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A realm without the engine for language tests: {@code print}/{@code println} append to a
 * buffer, {@code newContext()} makes a fresh pipeline context (for fiber-variable tests), and
 * imports read files through a given reader.
 */
final class TestHosts {

  private TestHosts() {
  }

  /** A realm and what it printed. */
  static final class Run {
    final StringBuilder out = new StringBuilder();
    final PipyJsRealm realm;
    final Worker worker;

    Run(ModuleLoader.Reader reader) {
      Map<String, Object> globals = new LinkedHashMap<>();
      globals.put("println", HostFunction.of("println", 0, (ctx, self, args) -> {
        print(ctx, args);
        out.append('\n');
        return Undefined.INSTANCE;
      }));
      globals.put("print", HostFunction.of("print", 0, (ctx, self, args) -> {
        print(ctx, args);
        return Undefined.INSTANCE;
      }));
      Host host = new Host(globals);
      worker = host.worker;
      // newContext(f, ...args): calls f with a new pipeline context, as a pipeline would.
      globals.put("withNewContext", HostFunction.of("withNewContext", 1, (ctx, self, args) -> {
        Context fresh = host.worker.newContext(null);
        return ((io.pipy.api.script.ScriptFunction) args[0]).call(fresh);
      }));
      // withClonedContext(f): calls f with a shallow clone of the caller's context, as demux does.
      globals.put("withClonedContext", HostFunction.of("withClonedContext", 1, (ctx, self, args) ->
          ((io.pipy.api.script.ScriptFunction) args[0]).call(ctx.cloneShallow())));
      realm = new PipyJsRealm(host, reader);
      host.worker.runtime = realm;
    }

    private void print(Context ctx, Object[] args) {
      for (int i = 0; i < args.length; i++) {
        if (i > 0) out.append(' ');
        out.append(args[i] instanceof CharSequence s ? s : ctx.worker().scripts().toDisplayString(args[i]));
      }
    }

    /** Runs a main script; returns the output, ending with {@code Uncaught <first report line>} if it failed. */
    String main(String file, String source) {
      try {
        realm.runMain(file, source);
        return out.toString();
      } catch (ScriptException e) {
        return out + "Uncaught " + e.report().lines().findFirst().orElse("") + "\n";
      }
    }
  }

  private static final class TestWorker implements Worker {
    ScriptRuntime runtime;

    @Override
    public int index() {
      return 0;
    }

    @Override
    public ScheduledExecutorService executor() {
      throw new UnsupportedOperationException("no event loop in language tests");
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
      return new Context(this, ((ScriptRealm) runtime).contextTemplate(), inbound);
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

  private static final class Host implements ScriptHost {
    final TestWorker worker = new TestWorker();
    final Map<String, Object> globals;

    Host(Map<String, Object> globals) {
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
    public String missingModuleFor(String filterName) {
      return null;
    }

    @Override
    public Map<String, Object> globals() {
      return globals;
    }

    @Override
    public Collection<HostClass<?>> hostClasses() {
      return List.of();
    }

    @Override
    public PipelineLayout newLayout(String name, String module) {
      throw new UnsupportedOperationException("no pipelines in language tests");
    }

    @Override
    public void listen(String protocol, String address, int port, Map<String, Object> options, PipelineLayout layout, SourceLocation where) {
      throw new UnsupportedOperationException("no listeners in language tests");
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

  /** Two host classes extending one parent, sharing its members; for host-method binding tests. */
  static final class SiblingClasses {
    static class Animal {
      final String sound;

      Animal(String sound) {
        this.sound = sound;
      }
    }

    static final class Cat extends Animal {
      Cat() {
        super("meow");
      }
    }

    static final class Dog extends Animal {
      Dog() {
        super("woof");
      }
    }

    static final HostClass<Animal> ANIMAL = HostClass.builder("Animal", Animal.class)
        .method("speak", 0, (ctx, self, args) -> self.sound)
        .build();
    static final HostClass<Cat> CAT = HostClass.builder("TestCat", Cat.class).extend(ANIMAL)
        .constructor((ctx, args) -> new Cat()).build();
    static final HostClass<Dog> DOG = HostClass.builder("TestDog", Dog.class).extend(ANIMAL)
        .constructor((ctx, args) -> new Dog()).build();
  }
}
