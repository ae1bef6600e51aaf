package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.FilterConfig;
import io.pipy.api.LayoutRef;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.SimpleScriptRuntime;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Small stand-ins for script values and configuration, for tests of the HTTP filters. */
final class TestSupport {

  private TestSupport() {
  }

  static final SimpleScriptRuntime RUNTIME = new SimpleScriptRuntime();

  /** A plain object from alternating keys and values. */
  static ScriptObject obj(Object... kv) {
    ScriptObject o = RUNTIME.newObject();
    for (int i = 0; i < kv.length; i += 2) o.set((String) kv[i], kv[i + 1]);
    return o;
  }

  /** Text as a {@code Data} in pooled direct memory, so the leak detector watches it. */
  static Data data(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Bytes as a {@code Data} in pooled direct memory, so the leak detector watches it. */
  static Data bytes(byte[] b) {
    ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(Math.max(1, b.length));
    buf.writeBytes(b);
    return Data.of(buf);
  }

  /** The configuration of a filter call with {@code args}. */
  static FilterConfig config(PipelineTester t, Object... args) {
    return configNamed(t, java.util.Map.of(), args);
  }

  /** The configuration of a filter call with {@code args}, in a module that has {@code layouts} by name. */
  static FilterConfig configNamed(PipelineTester t, java.util.Map<String, LayoutRef> layouts, Object... args) {
    return new FilterConfig() {
      @Override
      public int argCount() {
        return args.length;
      }

      @Override
      public Object arg(int index) {
        return index < args.length ? args[index] : Undefined.INSTANCE;
      }

      @Override
      public SourceLocation location() {
        return new SourceLocation("test.js", 1, 1, "");
      }

      @Override
      public Worker worker() {
        return t == null ? null : t.worker();
      }

      @Override
      public LayoutRef layoutNamed(String name) {
        LayoutRef r = layouts.get(name);
        if (r == null) throw new UnsupportedOperationException("no layout " + name);
        return r;
      }

      @Override
      public LayoutRef layoutOf(Object arg) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** The body of a test function. */
  @FunctionalInterface
  interface Body {
    Object call(Context caller, Object[] args);
  }

  /** A script function backed by a lambda, remembering the contexts it was called with. */
  static final class Fn implements ScriptFunction {
    private final Body body;
    final List<Context> callers = new ArrayList<>();
    final List<Object> firstArgs = new ArrayList<>();

    Fn(Body body) {
      this.body = body;
    }

    @Override
    public Object call(Context caller, Object... args) {
      callers.add(caller);
      firstArgs.add(args.length > 0 ? args[0] : Undefined.INSTANCE);
      return body.call(caller, args);
    }

    @Override
    public Object callWithThis(Context caller, Object thisValue, Object... args) {
      return call(caller, args);
    }

    @Override
    public String name() {
      return "fn";
    }
  }

  /** A promise settled by the test; reactions run as microtasks of the worker, never inside {@code then}. */
  static final class Promise implements ScriptPromise {
    private final Worker worker;
    private final List<Consumer<Object>> fulfilled = new ArrayList<>();
    private final List<Consumer<Object>> rejected = new ArrayList<>();
    private boolean settled;
    private boolean ok;
    private Object value;

    Promise(Worker worker) {
      this.worker = worker;
    }

    @Override
    public void then(Consumer<Object> onFulfilled, Consumer<Object> onRejected) {
      fulfilled.add(onFulfilled);
      rejected.add(onRejected);
      if (settled) schedule();
    }

    /** Fulfils the promise; call on the worker thread. */
    void resolve(Object v) {
      settle(true, v);
    }

    /** Rejects the promise; call on the worker thread. */
    void reject(Object v) {
      settle(false, v);
    }

    private void settle(boolean ok, Object v) {
      if (settled) return;
      settled = true;
      this.ok = ok;
      this.value = v;
      schedule();
    }

    private void schedule() {
      List<Consumer<Object>> list = new ArrayList<>(ok ? fulfilled : rejected);
      fulfilled.clear();
      rejected.clear();
      worker.microtask(() -> {
        for (Consumer<Object> c : list) c.accept(value);
      });
    }
  }
}
