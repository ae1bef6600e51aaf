package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.Inbound;
import io.pipy.api.Worker;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.SimpleScriptRuntime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;

/**
 * Calling host classes the way a script would, without a script language: constructors,
 * methods and getters by member name, plain objects and arrays of {@link SimpleScriptRuntime},
 * and script functions backed by lambdas.
 */
public final class HostKit {

  private HostKit() {
  }

  public static final SimpleScriptRuntime RT = new SimpleScriptRuntime();

  /** A plain object from alternating keys and values. */
  public static ScriptObject obj(Object... kv) {
    ScriptObject o = RT.newObject();
    for (int i = 0; i < kv.length; i += 2) o.set((String) kv[i], kv[i + 1]);
    return o;
  }

  /** A script array. */
  public static ScriptArray arr(Object... elements) {
    return RT.newArray(Arrays.asList(elements));
  }

  /** The elements of a script array. */
  public static List<Object> list(Object array) {
    ScriptArray a = (ScriptArray) array;
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < a.length(); i++) out.add(a.get(i));
    return out;
  }

  /** {@code new C(args)}. */
  public static <T> T make(HostClass<T> c, Context ctx, Object... args) {
    return c.constructor().construct(ctx, args);
  }

  /** {@code self.name(args)}. */
  public static <T> Object call(HostClass<T> c, T self, String name, Context ctx, Object... args) {
    int i = c.memberIndex(name);
    if (i < 0) throw new AssertionError("no member " + name + " in " + c.name());
    HostClass.Member m = c.members().get(i);
    if (!(m instanceof HostClass.MethodMember mm)) throw new AssertionError(name + " is not a method");
    return mm.method().call(ctx, self, args);
  }

  /** {@code self.name}. */
  public static <T> Object get(HostClass<T> c, T self, String name) {
    int i = c.memberIndex(name);
    if (i < 0) throw new AssertionError("no member " + name + " in " + c.name());
    HostClass.Member m = c.members().get(i);
    if (!(m instanceof HostClass.Property p)) throw new AssertionError(name + " is not a property");
    return p.getter().get(self);
  }

  /** {@code self.name = v}. */
  public static <T> void set(HostClass<T> c, T self, String name, Object v) {
    HostClass.Property p = (HostClass.Property) c.members().get(c.memberIndex(name));
    p.setter().set(self, v);
  }

  /** Asserts that {@code run} raises a script error whose message contains {@code text}. */
  public static ScriptError error(String text, Executable run) {
    ScriptError e = Assertions.assertThrows(ScriptError.class, run);
    Assertions.assertTrue(e.getMessage().contains(text), "message '" + e.getMessage() + "' lacks '" + text + "'");
    return e;
  }

  /** A root context on {@code worker} for a stream from {@code inbound} (may be null). */
  public static Context context(Worker worker, Inbound inbound) {
    return new Context(worker, ContextTemplate.EMPTY, inbound);
  }

  private static final AtomicLong IDS = new AtomicLong();

  /** A made-up inbound connection. */
  public static Inbound inbound(String remote) {
    long id = IDS.incrementAndGet();
    return new Inbound() {
      @Override
      public long id() {
        return id;
      }

      @Override
      public String localAddress() {
        return "127.0.0.1";
      }

      @Override
      public int localPort() {
        return 8080;
      }

      @Override
      public String remoteAddress() {
        return remote;
      }

      @Override
      public int remotePort() {
        return 40000;
      }
    };
  }

  /** The configuration of a filter call with {@code args}. */
  public static io.pipy.api.FilterConfig config(io.pipy.engine.PipelineTester t, Object... args) {
    return new io.pipy.api.FilterConfig() {
      @Override
      public int argCount() {
        return args.length;
      }

      @Override
      public Object arg(int index) {
        return index < args.length ? args[index] : Undefined.INSTANCE;
      }

      @Override
      public io.pipy.api.script.SourceLocation location() {
        return new io.pipy.api.script.SourceLocation("test.js", 1, 1, "");
      }

      @Override
      public Worker worker() {
        return t == null ? null : t.worker();
      }

      @Override
      public io.pipy.api.LayoutRef layoutNamed(String name) {
        throw new UnsupportedOperationException();
      }

      @Override
      public io.pipy.api.LayoutRef layoutOf(Object arg) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** Text as a {@code Data} in pooled direct memory, so the leak detector watches it. */
  public static io.pipy.api.Data data(String text) {
    byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    io.netty.buffer.ByteBuf buf = io.netty.buffer.PooledByteBufAllocator.DEFAULT.directBuffer(Math.max(1, b.length));
    buf.writeBytes(b);
    return io.pipy.api.Data.of(buf);
  }

  /** The body of a test function. */
  @FunctionalInterface
  public interface Body {
    Object call(Context caller, Object[] args);
  }

  /** A script function backed by a lambda, remembering its calls. */
  public static final class Fn implements ScriptFunction {
    private final Body body;
    public final List<Object[]> calls = new ArrayList<>();
    public final List<Context> callers = new ArrayList<>();

    public Fn(Body body) {
      this.body = body;
    }

    /** A function returning {@code v} whatever it gets. */
    public static Fn returning(Object v) {
      return new Fn((c, a) -> v);
    }

    @Override
    public Object call(Context caller, Object... args) {
      calls.add(args.clone());
      callers.add(caller);
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
    public Object arg(int n, int i) {
      Object[] a = calls.get(n);
      return i < a.length ? a[i] : Undefined.INSTANCE;
    }
  }

  /** A clock moved by hand. */
  public static final class ManualClock implements Clock {
    public long now = 1_000_000;

    @Override
    public long millis() {
      return now;
    }
  }
}
