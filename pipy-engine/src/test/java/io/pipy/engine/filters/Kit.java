package io.pipy.engine.filters;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.LayoutRef;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedData;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.SimpleScriptRuntime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Stand-ins for script values and filter configuration, for the filter tests. */
final class Kit {

  private Kit() {
  }

  static final SimpleScriptRuntime RUNTIME = new SimpleScriptRuntime();
  static final SourceLocation WHERE = new SourceLocation("test.js", 3, 7, "  .filter()");

  /** A plain object from alternating keys and values. */
  static ScriptObject obj(Object... kv) {
    ScriptObject o = RUNTIME.newObject();
    for (int i = 0; i < kv.length; i += 2) o.set((String) kv[i], kv[i + 1]);
    return o;
  }

  /** A script array. */
  static ScriptArray arr(Object... elements) {
    return RUNTIME.newArray(Arrays.asList(elements));
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

  static MessageStart ms() {
    return MessageStart.of(null);
  }

  static MessageStart ms(Object head) {
    return MessageStart.of(head);
  }

  static MessageEnd me() {
    return MessageEnd.plain();
  }

  static StreamEnd se() {
    return StreamEnd.normal();
  }

  /** The configuration of a filter call with {@code args}. */
  static FilterConfig config(PipelineTester t, Object... args) {
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
        return WHERE;
      }

      @Override
      public Worker worker() {
        return t == null ? null : t.worker();
      }

      @Override
      public LayoutRef layoutNamed(String name) {
        throw new UnsupportedOperationException();
      }

      @Override
      public LayoutRef layoutOf(Object arg) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** A prototype made by {@code maker} from {@code args}. */
  static Filter make(PipelineTester t, Function<FilterConfig, ? extends Filter> maker, Object... args) {
    Filter f = maker.apply(config(t, args));
    f.configure(f.getClass().getSimpleName().substring(0, 1).toLowerCase() + f.getClass().getSimpleName().substring(1), WHERE);
    return f;
  }

  /** The body of a test function. */
  @FunctionalInterface
  interface Body {
    Object call(Context caller, Object[] args);
  }

  /** A script function backed by a lambda, remembering its calls. */
  static final class Fn implements ScriptFunction {
    private final Body body;
    final List<Context> callers = new ArrayList<>();
    final List<Object[]> calls = new ArrayList<>();

    Fn(Body body) {
      this.body = body;
    }

    /** A function returning {@code value} whatever it gets. */
    static Fn returning(Object value) {
      return new Fn((c, a) -> value);
    }

    @Override
    public Object call(Context caller, Object... args) {
      callers.add(caller);
      calls.add(args.clone());
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

    /** Argument {@code i} of call {@code n}. */
    Object arg(int n, int i) {
      Object[] a = calls.get(n);
      return i < a.length ? a[i] : Undefined.INSTANCE;
    }
  }

  /** A promise settled by the test; reactions run as microtasks of the worker. */
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

  /** A compact description of recorded output: {@code MS D(abc) ME SE}, text shown for Data. */
  static String shape(PipelineTester t, PipelineTester.Run run) {
    StringBuilder sb = new StringBuilder();
    for (PipelineTester.Recorded r : run.output()) {
      if (sb.length() > 0) sb.append(' ');
      if (r instanceof RecordedData d) {
        sb.append("D(").append(d.text()).append(')');
      } else {
        Event e = ((RecordedEvent) r).event();
        if (e instanceof MessageStart) sb.append("MS");
        else if (e instanceof MessageEnd) sb.append("ME");
        else if (e instanceof StreamEnd s) sb.append(s.hasError() ? "SE(" + s.error().scriptName() + ")" : "SE");
      }
    }
    return sb.toString();
  }

  /** Captures the log while {@code r} runs. */
  static String captureLog(Runnable r) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Log.setOutput(ps);
    try {
      r.run();
    } finally {
      Log.setOutput(System.err);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
