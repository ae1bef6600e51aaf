package io.pipy.engine.joint;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.LayoutRef;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Test stand-ins for the joint filter tests: script values, configuration, small filters. */
final class J {

  private J() {
  }

  static final SimpleScriptRuntime RUNTIME = new SimpleScriptRuntime();

  /** Context variables: one module with {@code n} slots, all initially 0. */
  static ContextTemplate template(int n) {
    Object[] init = new Object[n];
    java.util.Arrays.fill(init, 0);
    return new ContextTemplate() {
      @Override
      public int moduleCount() {
        return 1;
      }

      @Override
      public Object[] initialVariables(int module) {
        return init;
      }
    };
  }

  static ScriptObject obj(Object... kv) {
    ScriptObject o = RUNTIME.newObject();
    for (int i = 0; i < kv.length; i += 2) o.set((String) kv[i], kv[i + 1]);
    return o;
  }

  static Object array(Object... elements) {
    return RUNTIME.newArray(List.of(elements));
  }

  /** Text as Data in pooled direct memory, so the leak detector watches it. */
  static Data data(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(Math.max(1, b.length));
    buf.writeBytes(b);
    return Data.of(buf);
  }

  /** A whole message: MessageStart(head), the body as pooled Data, MessageEnd. */
  static Event[] msg(Object head, String body) {
    return new Event[] {MessageStart.of(head), data(body), MessageEnd.plain()};
  }

  static Event[] concat(Event[]... parts) {
    List<Event> all = new ArrayList<>();
    for (Event[] p : parts) all.addAll(List.of(p));
    return all.toArray(new Event[0]);
  }

  /** A configuration of a filter call: arguments, named layouts and module layouts. */
  static final class Config implements FilterConfig {
    final PipelineTester tester;
    final Object[] args;
    final Map<String, PipelineLayout> named = new HashMap<>();
    final Map<String, PipelineLayout> modules = new HashMap<>();

    Config(PipelineTester tester, Object... args) {
      this.tester = tester;
      this.args = args;
    }

    Config named(String name, PipelineLayout layout) {
      named.put(name, layout);
      return this;
    }

    /** Layout {@code name} (null: entrance) of module {@code file}. */
    Config module(String file, String name, PipelineLayout layout) {
      modules.put(file + "#" + name, layout);
      return this;
    }

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
      return tester.worker();
    }

    @Override
    public LayoutRef layoutNamed(String name) {
      return new LayoutRef() {
        @Override
        public PipelineLayout layout() {
          PipelineLayout l = named.get(name);
          if (l == null) throw new IllegalStateException("unknown layout " + name);
          return l;
        }

        @Override
        public String describe() {
          return name;
        }
      };
    }

    @Override
    public LayoutRef layoutOf(Object arg) {
      if (arg instanceof String s) return layoutNamed(s);
      if (arg instanceof PipelineLayout l) return LayoutRef.of(l);
      if (arg instanceof Builder b) return LayoutRef.of(b.layout);
      throw new IllegalArgumentException("not a layout: " + arg);
    }

    @Override
    public LayoutRef moduleLayout(String file, String name) {
      PipelineLayout l = modules.get(file + "#" + name);
      return l == null ? null : LayoutRef.of(l);
    }

    @Override
    public java.util.function.Function<String, PipelineLayout> layoutLookup() {
      return named::get;
    }
  }

  /** Stands for a builder function {@code $=>$...} whose layout is already made. */
  static final class Builder implements ScriptFunction {
    final PipelineLayout layout;

    Builder(PipelineLayout layout) {
      this.layout = layout;
    }

    @Override
    public Object call(Context caller, Object... args) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object callWithThis(Context caller, Object thisValue, Object... args) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String name() {
      return "builder";
    }
  }

  @FunctionalInterface
  interface Body {
    Object call(Context caller, Object[] args);
  }

  /** A script function backed by a lambda, remembering its callers and arguments. */
  static final class Fn implements ScriptFunction {
    private final Body body;
    final List<Context> callers = new ArrayList<>();
    final List<Object[]> args = new ArrayList<>();

    Fn(Body body) {
      this.body = body;
    }

    static Fn of(Object constant) {
      return new Fn((c, a) -> constant);
    }

    @Override
    public Object call(Context caller, Object... a) {
      callers.add(caller);
      args.add(a);
      return body.call(caller, a);
    }

    @Override
    public Object callWithThis(Context caller, Object thisValue, Object... a) {
      return call(caller, a);
    }

    @Override
    public String name() {
      return "fn";
    }

    int calls() {
      return callers.size();
    }
  }

  /** A promise settled by the test; reactions run as microtasks, never inside {@code then}. */
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

    void resolve(Object v) {
      settle(true, v);
    }

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

  // ---- Small filters for sub-pipelines ----

  /** Base for the test filters: duplicate() by a copy constructor taking the prototype. */
  abstract static class TestFilter extends Filter {
    TestFilter() {
    }

    TestFilter(TestFilter p) {
      super(p);
    }

    Context ctx() {
      return context();
    }
  }

  /** Passes everything through and records, per instance, the context and the events seen. */
  static final class Probe extends TestFilter {
    final List<Context> contexts;
    final List<String> seen;
    final String tag;

    Probe(String tag) {
      this.tag = tag;
      this.contexts = new ArrayList<>();
      this.seen = new ArrayList<>();
    }

    Probe(Probe p) {
      super(p);
      this.tag = p.tag;
      this.contexts = p.contexts;
      this.seen = p.seen;
    }

    @Override
    protected Filter duplicate() {
      return new Probe(this);
    }

    private boolean first = true;

    @Override
    protected void process(Event event) {
      if (first) {
        first = false;
        contexts.add(context());
      }
      seen.add(tag + ":" + J.describe(event));
      output(event);
    }

    @Override
    protected void reset() {
      first = true;
    }
  }

  static String describe(Event e) {
    if (e instanceof Data d) return "D(" + d + ")";
    if (e instanceof MessageStart) return "MS";
    if (e instanceof MessageEnd) return "ME";
    if (e instanceof StreamEnd se) return se.hasError() ? "SE(" + se.error().scriptName() + ")" : "SE";
    return String.valueOf(e);
  }

  /** At its first event, sets variable {@code slot} of module 0 to {@code value.apply(ctx)}. */
  static final class SetVar extends TestFilter {
    final int slot;
    final java.util.function.Function<Context, Object> value;
    boolean done;

    SetVar(int slot, java.util.function.Function<Context, Object> value) {
      this.slot = slot;
      this.value = value;
    }

    SetVar(SetVar p) {
      super(p);
      this.slot = p.slot;
      this.value = p.value;
    }

    @Override
    protected Filter duplicate() {
      return new SetVar(this);
    }

    @Override
    protected void process(Event event) {
      if (!done) {
        done = true;
        context().variables(0)[slot] = value.apply(context());
      }
      output(event);
    }

    @Override
    protected void reset() {
      done = false;
    }
  }

  /**
   * Answers each message with {@code prefix + body}: MessageStart, Data, MessageEnd. Passes a
   * StreamEnd on.
   */
  static final class Reply extends TestFilter {
    final String prefix;
    Data body;
    boolean inMessage;

    Reply(String prefix) {
      this.prefix = prefix;
    }

    Reply(Reply p) {
      super(p);
      this.prefix = p.prefix;
    }

    @Override
    protected Filter duplicate() {
      return new Reply(this);
    }

    @Override
    protected void process(Event event) {
      if (event instanceof MessageStart) {
        inMessage = true;
        body = new Data();
      } else if (event instanceof Data d) {
        if (inMessage) body.push(d); else d.release();
      } else if (event instanceof MessageEnd) {
        if (!inMessage) return;
        inMessage = false;
        String text = body.toString();
        body.release();
        body = null;
        output(MessageStart.of(null));
        output(data(prefix + text));
        output(MessageEnd.plain());
      } else if (event instanceof StreamEnd) {
        output(event);
      }
    }

    @Override
    protected void reset() {
      inMessage = false;
      if (body != null) {
        body.release();
        body = null;
      }
    }
  }

  /** Ends its output with {@code end} at the first event and drops everything. */
  static final class EndNow extends TestFilter {
    final StreamEnd end;
    boolean ended;

    EndNow(StreamEnd end) {
      this.end = end;
    }

    EndNow(EndNow p) {
      super(p);
      this.end = p.end;
    }

    @Override
    protected Filter duplicate() {
      return new EndNow(this);
    }

    @Override
    protected void process(Event event) {
      if (event instanceof Data d) d.release();
      if (!ended) {
        ended = true;
        output(end);
      }
    }

    @Override
    protected void reset() {
      ended = false;
    }
  }

  /** Drops everything; outputs nothing. */
  static final class Swallow extends TestFilter {
    Swallow() {
    }

    Swallow(Swallow p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Swallow(this);
    }

    @Override
    protected void process(Event event) {
      if (event instanceof Data d) d.release();
    }
  }

  /** Message boundaries. */
  static final class MessageParts {
    private MessageParts() {
    }

    static MessageStart start() {
      return MessageStart.of(null);
    }

    static MessageEnd end() {
      return MessageEnd.plain();
    }
  }

  /** Appends {@code "|" + tag} to every Data. */
  static final class Tag extends TestFilter {
    final String tag;

    Tag(String tag) {
      this.tag = tag;
    }

    Tag(Tag p) {
      super(p);
      this.tag = p.tag;
    }

    @Override
    protected Filter duplicate() {
      return new Tag(this);
    }

    @Override
    protected void process(Event e) {
      if (e instanceof Data d) {
        String text = d.toString();
        d.release();
        output(data(text + "|" + tag));
      } else {
        output(e);
      }
    }
  }

  /** Answers each message with {@code prefix + body} and then ends its output. */
  static final class AnswerAndEnd extends TestFilter {
    final String prefix;
    final java.util.concurrent.atomic.AtomicInteger streams;
    StringBuilder body;

    AnswerAndEnd(String prefix) {
      this.prefix = prefix;
      this.streams = new java.util.concurrent.atomic.AtomicInteger();
    }

    AnswerAndEnd(AnswerAndEnd p) {
      super(p);
      this.prefix = p.prefix;
      this.streams = p.streams;
    }

    @Override
    protected Filter duplicate() {
      return new AnswerAndEnd(this);
    }

    @Override
    protected void process(Event e) {
      if (e instanceof MessageStart) {
        body = new StringBuilder();
      } else if (e instanceof Data d) {
        if (body != null) body.append(d);
        d.release();
      } else if (e instanceof MessageEnd && body != null) {
        String text = body.toString();
        body = null;
        streams.incrementAndGet();
        output(MessageStart.of(null));
        output(data(prefix + text));
        output(MessageEnd.plain());
        output(StreamEnd.normal());
      }
    }

    @Override
    protected void reset() {
      body = null;
    }
  }
}
