package io.pipy.js.runtime;

import io.pipy.api.Context;
import io.pipy.api.Log;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One instance of the language: the global object, the intrinsic prototypes and constructors,
 * the promise job queue, and the current script call stack. A realm belongs to one worker thread.
 */
public final class Realm {

  /** How deep script calls may nest before a RangeError. */
  public static final int MAX_DEPTH = 2000;

  private final JsObject objectPrototype;
  private final JsObject functionPrototype;
  public final JsObject arrayPrototype;
  public final JsObject stringPrototype;
  public final JsObject numberPrototype;
  public final JsObject booleanPrototype;
  public final JsObject symbolPrototype;
  public final JsObject iteratorPrototype;
  public final JsObject global;
  private final Map<ScriptError.Kind, JsObject> errorPrototypes = new EnumMap<>(ScriptError.Kind.class);
  private final Map<String, JsObject> intrinsics = new java.util.HashMap<>();
  /** Per host class, since members are shared between classes through HostClass.Builder.extend. */
  private final Map<HostClass<?>, Map<HostClass.MethodMember, JsFunction>> hostMethods = new IdentityHashMap<>();
  private final Map<HostClass<?>, HostConstructor> hostConstructors = new IdentityHashMap<>();
  private final Map<HostFunction, JsFunction> hostFunctions = new IdentityHashMap<>();
  private final ArrayDeque<Runnable> jobs = new ArrayDeque<>();
  private Supplier<Context> defaultContextSupplier;
  private Context defaultContext;

  /** The innermost running script frame, for backtraces. */
  public CallFrame current;
  /** The number of nested script calls. */
  public int depth;
  private int hostDepth;

  public Realm() {
    objectPrototype = new JsObject((JsObject) null);
    functionPrototype = new NativeFunction(this, objectPrototype, "", 0, (ctx, self, args) -> Undefined.INSTANCE);
    arrayPrototype = new JsArray(objectPrototype);
    stringPrototype = new PrimitiveWrapper(objectPrototype, "");
    numberPrototype = new PrimitiveWrapper(objectPrototype, 0);
    booleanPrototype = new PrimitiveWrapper(objectPrototype, false);
    symbolPrototype = new JsObject(objectPrototype);
    iteratorPrototype = new JsObject(objectPrototype);
    global = new JsObject(objectPrototype);
    JsObject errorProto = new JsObject(objectPrototype);
    errorPrototypes.put(ScriptError.Kind.ERROR, errorProto);
    for (ScriptError.Kind k : ScriptError.Kind.values()) {
      if (k != ScriptError.Kind.ERROR) errorPrototypes.put(k, new JsObject(errorProto));
    }
  }

  public JsObject objectPrototype() {
    return objectPrototype;
  }

  public JsObject functionPrototype() {
    return functionPrototype;
  }

  public JsObject errorPrototype(ScriptError.Kind kind) {
    return errorPrototypes.get(kind);
  }

  /** A named intrinsic (a prototype or constructor registered by a built-in). */
  public JsObject intrinsic(String name) {
    JsObject o = intrinsics.get(name);
    if (o == null) throw new IllegalStateException("no intrinsic " + name);
    return o;
  }

  public JsObject intrinsicOrNull(String name) {
    return intrinsics.get(name);
  }

  public void intrinsic(String name, JsObject value) {
    intrinsics.put(name, value);
  }

  // ------------------------------------------------------------------ contexts

  /** Where to get the context for calls made without one (module loading, Java callers). */
  public void defaultContext(Supplier<Context> supplier) {
    this.defaultContextSupplier = supplier;
    this.defaultContext = null;
  }

  public Context defaultContext() {
    Context c = defaultContext;
    if (c == null && defaultContextSupplier != null) defaultContext = c = defaultContextSupplier.get();
    return c;
  }

  private Fiber rootFiber;

  /**
   * The fiber variables of the loading context, from which every other context's start: created
   * on first use, owned by the {@link #defaultContext() default context}.
   */
  public Fiber rootFiber(Context forContext) {
    Fiber r = rootFiber;
    if (r == null) rootFiber = r = new Fiber(defaultContext(), 4);
    return r;
  }

  /** Loads ES modules for {@code pipy.import()} and the like; set by the language. */
  public ModuleHost modules;

  /** What built-ins may ask of the module loader. */
  public interface ModuleHost {
    /**
     * The namespace object of the module {@code specifier} names, loading and running it (and
     * what it imports) if not done yet. {@code referrer} is the importing file, or null for the
     * main script's directory.
     */
    JsObject importModule(String specifier, String referrer);
  }

  // ------------------------------------------------------------------ values

  public JsObject newObject() {
    return new JsObject(objectPrototype);
  }

  public JsArray newArray() {
    return new JsArray(arrayPrototype);
  }

  public JsArray newArray(Object[] elems) {
    return new JsArray(arrayPrototype, elems, elems.length);
  }

  public JsArray newArray(List<?> elems) {
    Object[] a = new Object[elems.size()];
    for (int i = 0; i < a.length; i++) a[i] = fromHost(elems.get(i));
    return newArray(a);
  }

  /** An Error object of {@code kind} with {@code message}. */
  public JsError newError(ScriptError.Kind kind, String message) {
    JsError e = new JsError(errorPrototypes.get(kind));
    e.defineOwn("message", message, Shape.HIDDEN);
    return e;
  }

  /** A wrapper object for a primitive. */
  public JsObject wrap(Object primitive) {
    JsObject proto;
    if (primitive instanceof Boolean) proto = booleanPrototype;
    else if (primitive instanceof Number) proto = numberPrototype;
    else if (primitive instanceof CharSequence) proto = stringPrototype;
    else proto = symbolPrototype;
    return new PrimitiveWrapper(proto, primitive instanceof CharSequence cs ? cs.toString() : primitive);
  }

  /** The prototype primitives of this value's type use, or null for undefined/null. */
  public JsObject primitivePrototype(Object v) {
    if (v instanceof String || v instanceof CharSequence) return stringPrototype;
    if (v instanceof Integer || v instanceof Double || v instanceof Number) return numberPrototype;
    if (v instanceof Boolean) return booleanPrototype;
    if (v instanceof JsSymbol) return symbolPrototype;
    return null;
  }

  /** A native function with this realm's Function.prototype. */
  public NativeFunction function(String name, int length, NativeFunction.Body body) {
    return new NativeFunction(this, name, length, body, null);
  }

  /** Defines a built-in method (non-enumerable) on {@code target}. */
  public NativeFunction method(JsObject target, String name, int length, NativeFunction.Body body) {
    NativeFunction f = function(name, length, body);
    target.defineOwn(name, f, Shape.HIDDEN);
    return f;
  }

  /** Converts a value coming from Java code (modules) to a script value. */
  public Object fromHost(Object v) {
    if (v == null || v instanceof String || v instanceof Integer || v instanceof Boolean || v instanceof JsObject
        || v == Undefined.INSTANCE) {
      return v;
    }
    if (v instanceof Double d) return Ops.num(d);
    if (v instanceof Number n) return Ops.num(n.doubleValue());
    if (v instanceof CharSequence cs) return cs.toString();
    if (v instanceof HostFunction hf) return hostFunctions.computeIfAbsent(hf, f -> new HostFunctionAdapter(this, f));
    if (v instanceof HostClass<?> hc) return hostConstructor(hc);
    if (v instanceof Map<?, ?> m) {
      JsObject o = newObject();
      for (Map.Entry<?, ?> e : m.entrySet()) o.defineOwn(String.valueOf(e.getKey()), fromHost(e.getValue()), Shape.DEFAULT);
      return o;
    }
    if (v instanceof List<?> l) return newArray(l);
    if (v instanceof io.pipy.api.script.ScriptPromise p && !(v instanceof JsPromise)) return PromiseHandle.adopt(this, p);
    return v;
  }

  public HostConstructor hostConstructor(HostClass<?> hc) {
    HostConstructor c = hostConstructors.get(hc);
    if (c == null) {
      c = new HostConstructor(this, hc);
      hostConstructors.put(hc, c);
    }
    return c;
  }

  /** The script function for a host class method (one per member, shared). */
  public JsFunction hostMethod(HostClass<?> owner, HostClass.MethodMember member) {
    Map<HostClass.MethodMember, JsFunction> methods = hostMethods.computeIfAbsent(owner, k -> new IdentityHashMap<>());
    JsFunction f = methods.get(member);
    if (f == null) {
      f = new HostMethodFunction(this, owner, member);
      methods.put(member, f);
    }
    return f;
  }

  // ------------------------------------------------------------------ jobs (microtasks)

  /** Queues a promise job; it runs after the current script entry returns to Java. */
  public void enqueueJob(Runnable job) {
    jobs.add(job);
  }

  public boolean hasPendingJobs() {
    return !jobs.isEmpty();
  }

  /** Runs queued jobs, including those they queue, until none is left. */
  public void drainJobs() {
    Runnable job;
    while ((job = jobs.poll()) != null) {
      try {
        job.run();
      } catch (JsThrow t) {
        reportUncaught(t);
      }
    }
  }

  /** Logs an exception nobody caught (in a job or a callback with no caller to report to). */
  public void reportUncaught(JsThrow t) {
    Log.error(toScriptException(t).report());
  }

  // ------------------------------------------------------------------ calls from Java

  /**
   * Calls {@code fn} on behalf of Java code: script exceptions become {@link ScriptException},
   * and when the outermost such call returns, queued promise jobs run.
   */
  public Object callFromHost(JsFunction fn, Context ctx, Object thisValue, Object[] args) {
    hostDepth++;
    try {
      Object[] converted = args;
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        Object c = fromHost(a);
        if (c != a) {
          if (converted == args) converted = args.clone();
          converted[i] = c;
        }
      }
      return fn.invoke(ctx, fromHost(thisValue), converted);
    } catch (JsThrow t) {
      throw toScriptException(t);
    } catch (StackOverflowError e) {
      throw toScriptException(Errors.rangeError("Maximum call stack size exceeded"));
    } finally {
      if (--hostDepth == 0 && !jobs.isEmpty()) {
        hostDepth++;
        try {
          drainJobs();
        } finally {
          hostDepth--;
        }
      }
    }
  }

  /** Converts a script exception for Java callers, with location, message and backtrace. */
  public ScriptException toScriptException(JsThrow t) {
    Object v = t.value(this);
    String message = describeThrown(v);
    SourceLocation loc = t.location();
    List<String> frames = t.backtrace();
    if (v instanceof JsError e && e.location() != null) {
      loc = e.location();
      frames = e.frames();
    }
    return new ScriptException(v, message, loc, frames);
  }

  /** "TypeError: message" for errors, the string form otherwise. */
  public String describeThrown(Object v) {
    if (v instanceof JsObject o && (o instanceof JsError || o.hasProperty("message"))) {
      Object name = o.get("name");
      Object msg = o.get("message");
      String n = name instanceof CharSequence ? name.toString() : "Error";
      String m = msg == Undefined.INSTANCE ? "" : safeToString(msg);
      return m.isEmpty() ? n : n + ": " + m;
    }
    return "Uncaught " + safeToString(v);
  }

  private String safeToString(Object v) {
    try {
      return Ops.toString(v);
    } catch (JsThrow e) {
      return String.valueOf(v);
    }
  }

  /** The current script backtrace, innermost first. */
  public List<String> backtrace() {
    return backtraceFrom(current);
  }

  /** The script backtrace starting at {@code from}, innermost first. */
  public List<String> backtraceFrom(CallFrame from) {
    List<String> out = new ArrayList<>();
    for (CallFrame f = from; f != null && out.size() < 64; f = f.caller()) {
      SourceLocation l = f.location();
      out.add(f.functionName() + (l == null ? "" : " (" + l + ")"));
    }
    return out;
  }
}
