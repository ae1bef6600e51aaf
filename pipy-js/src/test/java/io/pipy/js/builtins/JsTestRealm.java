package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.Inbound;
import io.pipy.api.KeepAlive;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.js.interp.Interp;
import io.pipy.js.interp.ModuleScope;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import io.pipy.js.syntax.Source;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledExecutorService;

/** A bare realm with the built-ins and a worker whose microtasks the test runs by hand. */
final class JsTestRealm {

  final Realm realm = new Realm();
  final ArrayDeque<Runnable> microtasks = new ArrayDeque<>();
  private int modules;

  JsTestRealm() {
    Builtins.install(realm);
    Worker worker = new Worker() {
      @Override
      public int index() {
        return 0;
      }

      @Override
      public ScheduledExecutorService executor() {
        throw new UnsupportedOperationException();
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
        throw new UnsupportedOperationException();
      }

      @Override
      public Context newContext(Inbound inbound) {
        return new Context(this, TEMPLATE, inbound);
      }

      @Override
      public KeepAlive keepAlive(String reason) {
        return () -> { };
      }

      @Override
      public void microtask(Runnable task) {
        microtasks.add(task);
      }
    };
    realm.defaultContext(() -> worker.newContext(null));
  }

  private static final ContextTemplate TEMPLATE = new ContextTemplate() {
    @Override
    public int moduleCount() {
      return 1;
    }

    @Override
    public Object[] initialVariables(int module) {
      return null;
    }
  };

  /** Runs a script (its jobs drain when it returns); returns the realm's global {@code name}. */
  Object eval(String source) {
    String file = "test" + (modules++) + ".js";
    JsFunction fn = Interp.moduleFunction(realm, Interp.compile(new Source(file, source), new ModuleScope(file, 0)));
    realm.callFromHost(fn, null, Ops.UNDEFINED, Ops.NO_ARGS);
    return null;
  }

  Object global(String name) {
    return realm.global.get(name);
  }

  /** Runs scheduled worker microtasks until none is left. */
  void runMicrotasks() {
    Runnable r;
    while ((r = microtasks.poll()) != null) r.run();
  }
}
