package io.pipy.js.bridge;

import io.pipy.api.Filter;
import io.pipy.api.FilterFactory;
import io.pipy.api.LayoutRef;
import io.pipy.api.PipelineLayout;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptHost;
import io.pipy.api.script.SourceLocation;
import io.pipy.js.interp.Interp;
import io.pipy.js.interp.ModuleScope;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Binds Pipy's configuration API into a realm: the {@code pipy} global, Configuration objects,
 * and sub-pipeline builders, all turning script calls into pipeline layouts through the
 * engine's {@link ScriptHost}.
 */
public final class Bridge {

  private final Realm realm;
  private final ScriptHost host;
  private final Function<String, ModuleScope> newModule;
  private final BuilderPrototype builderProto;
  private final Map<ModuleScope, ModuleConfig> configs = new IdentityHashMap<>();

  public Bridge(Realm realm, ScriptHost host, Function<String, ModuleScope> newModule) {
    this.realm = realm;
    this.host = host;
    this.newModule = newModule;
    this.builderProto = new BuilderPrototype(realm.objectPrototype(), this);
    installBuilderMethods();
    NativeFunction pipy = realm.function("pipy", 1, (ctx, self, args) -> configuration(Arg.get(args, 0)));
    realm.global.defineOwn("pipy", pipy, Shape.HIDDEN);
    pipy.defineOwn("version", host.version(), Shape.HIDDEN);
    List<Object> argv = new ArrayList<>();
    argv.add("pipy");
    argv.addAll(host.arguments());
    pipy.defineOwn("argv", realm.newArray(argv), Shape.HIDDEN);
    for (Map.Entry<String, Object> g : host.globals().entrySet()) {
      if (g.getKey().startsWith("pipy.")) pipy.defineOwn(g.getKey().substring(5), realm.fromHost(g.getValue()), Shape.HIDDEN);
    }
    installPipelineStyle(pipy);
    Codebase codebase = new Codebase(host.codebase());
    realm.method(pipy, "exit", 1, (ctx, self, args) -> {
      Object code = Arg.get(args, 0);
      host.exit(code == Ops.UNDEFINED ? 0 : Ops.toInt32(code));
      return Ops.UNDEFINED;
    });
    realm.method(pipy, "now", 0, (ctx, self, args) -> Ops.num((double) System.currentTimeMillis()));
    realm.method(pipy, "load", 1, (ctx, self, args) -> {
      byte[] bytes = codebase.load(Ops.toString(Arg.get(args, 0)));
      return bytes == null ? null : io.pipy.api.Data.wrap(bytes);
    });
    realm.method(pipy, "list", 1, (ctx, self, args) ->
        realm.newArray(new ArrayList<Object>(codebase.list(Ops.toString(Arg.get(args, 0))))));
  }

  ScriptHost host() {
    return host;
  }

  private io.pipy.js.interp.ModuleLoader loader;

  /** The loader of script files, for use(), chain(), pipy.import() and pipy.solve(). */
  public void moduleLoader(io.pipy.js.interp.ModuleLoader loader) {
    this.loader = loader;
  }

  /** The file of the innermost running script, or null. */
  private String currentFile() {
    ModuleScope m = Interp.currentModule(realm);
    return m == null ? null : m.file();
  }

  /**
   * A layout of another script file for use()/chain(): its named layout, or its entrance
   * pipeline ({@code pipeline()} without a name) when {@code name} is null. Paths are relative
   * to the codebase root, as in Pipy. Null when the file defines no such layout.
   */
  LayoutRef moduleLayout(Builder from, String file, String name, SourceLocation where) {
    if (file.endsWith(".so") || file.endsWith(".dll") || file.endsWith(".dylib")) {
      throw new ScriptError("native modules are not supported: " + file);
    }
    Object[] loaded = loader.loadFile(file.startsWith("/") ? file : "/" + file, null);
    ModuleConfig c = configs.get((ModuleScope) loaded[0]);
    if (c == null) return null;
    PipelineLayout l = name == null ? c.entrance : c.named.get(name);
    return l == null ? null : LayoutRef.of(l);
  }

  private JsObject templateProto;

  /** A pipeline template for {@code layout} (pipeline style). */
  private PipelineTemplate template(PipelineLayout layout) {
    return new PipelineTemplate(templateProto, layout);
  }

  /** Builds an anonymous layout by calling a builder function {@code $=>$...}. */
  private PipelineLayout build(JsFunction fn) {
    ModuleScope m = Interp.currentModule(realm);
    String file = m == null ? "<unknown>" : m.file();
    PipelineLayout layout = host.newLayout(null, file);
    ModuleConfig c = configFor(m == null ? newModule.apply(file) : m);
    Builder sub = new Builder(builderProto, c, layout, false);
    fn.invoke(null, Ops.UNDEFINED, new Object[] {sub});
    return layout;
  }

  /**
   * Starts a pipeline of {@code layout}, feeding it {@code events}. When it ends the promise is
   * fulfilled with the pipeline's result (what its layout's onEnd handler returns), as Pipy's
   * spawn() and process() do. For {@code reading} (pipy.read), an end with an error rejects it
   * instead (with the thrown value, or an Error naming the end), and the process stays up while
   * the file is read, as pending I/O does in Pipy; a spawned pipeline alone does not hold it.
   */
  private Object start(io.pipy.api.Context ctx, PipelineLayout layout, Object[] args, Object events, boolean reading) {
    boolean rejectErrors = reading;
    io.pipy.api.script.ScriptPromise.Deferred done = host.worker().scripts().newPromise();
    io.pipy.api.Pipeline[] p = new io.pipy.api.Pipeline[1];
    io.pipy.api.StreamEnd[] end = new io.pipy.api.StreamEnd[1];
    io.pipy.api.KeepAlive alive = reading ? host.worker().keepAlive("pipy.read") : () -> { };
    io.pipy.api.EventTarget out = e -> {
      if (e instanceof io.pipy.api.Data d) {
        d.release();
      } else if (e instanceof io.pipy.api.StreamEnd se && end[0] == null) {
        end[0] = se;
        if (p[0] != null) p[0].release();
      }
    };
    java.util.function.Consumer<Object> settle = result -> {
      alive.close();
      io.pipy.api.StreamEnd se = end[0];
      if (rejectErrors && se != null && se.hasError()) {
        done.reject(se.value() != null ? se.value() : host.worker().scripts().newError(ScriptError.Kind.ERROR, se.error().scriptName()));
      } else {
        done.resolve(result);
      }
    };
    try {
      p[0] = layout.instantiate(host.worker().newContext(null), out, args);
      p[0].whenDone(settle);
      if (end[0] != null) p[0].release(); // ended while starting
      else if (events instanceof io.pipy.api.Event e) p[0].input(e);
      else if (events != null && !io.pipy.api.Events.emit(events, p[0])) {
        throw Errors.typeError("process(): expected events or messages");
      }
    } catch (RuntimeException e) {
      if (p[0] != null && end[0] == null) {
        end[0] = io.pipy.api.StreamEnd.normal();
        p[0].release();
      } else if (p[0] == null) {
        alive.close();
      }
      throw e;
    }
    return done.promise();
  }

  private void installPipelineStyle(NativeFunction pipy) {
    templateProto = new JsObject(realm.objectPrototype());
    realm.method(templateProto, "spawn", 0, (ctx, self, args) -> {
      if (!(self instanceof PipelineTemplate t)) throw Errors.typeError("spawn() must be called on a pipeline");
      return start(ctx, t.layout, args, null, false);
    });
    realm.method(templateProto, "process", 1, (ctx, self, args) -> {
      if (!(self instanceof PipelineTemplate t)) throw Errors.typeError("process() must be called on a pipeline");
      return start(ctx, t.layout, Ops.NO_ARGS, Arg.get(args, 0), false);
    });
    NativeFunction pipeline = realm.function("pipeline", 1, (ctx, self, args) -> {
      if (!(Arg.get(args, 0) instanceof JsFunction fn)) throw Errors.typeError("pipeline(): expected a function like $=>$...");
      return template(build(fn));
    });
    for (io.pipy.api.script.HostClass<?> hc : host.hostClasses()) {
      if (hc.name().equals("Hub")) pipeline.defineOwn("Hub", realm.hostConstructor(hc), Shape.HIDDEN);
    }
    realm.global.defineOwn("pipeline", pipeline, Shape.HIDDEN);
    realm.method(pipy, "listen", 4, (ctx, self, args) -> {
      int i = 0;
      Object where = Arg.get(args, i++);
      String protocol = "tcp";
      if (Arg.get(args, i) instanceof String ps && (ps.equals("tcp") || ps.equals("udp"))) {
        protocol = ps;
        i++;
      } else if (Arg.get(args, i) instanceof String ps) {
        throw Errors.error("unknown protocol '" + ps + "'");
      }
      Object options = Ops.UNDEFINED;
      if (!(Arg.get(args, i) instanceof JsFunction) && !(Arg.get(args, i) instanceof PipelineTemplate)) options = Arg.get(args, i++);
      Object target = Arg.get(args, i);
      PipelineLayout layout;
      if (target instanceof PipelineTemplate t) layout = t.layout;
      else if (target instanceof JsFunction fn) layout = build(fn);
      else throw Errors.typeError("pipy.listen(): expected a function like $=>$... or a pipeline");
      listen(where, options, protocol, layout);
      return Ops.UNDEFINED;
    });
    realm.method(pipy, "read", 3, (ctx, self, args) -> {
      String path = Ops.toString(Arg.get(args, 0));
      Object target = Arg.get(args, 1);
      PipelineLayout layout;
      if (target instanceof PipelineTemplate t) layout = t.layout;
      else if (target instanceof JsFunction fn) layout = build(fn);
      else throw Errors.typeError("pipy.read(): argument #2 expects a function like $=>$... or a pipeline");
      // A pipeline of read(path) feeding the given one, which starts with the optional third
      // argument, as in Pipy. Like Pipy, each call builds its layouts: call it at load time or rarely.
      io.pipy.js.runtime.JsArray startArgs = realm.newArray();
      if (args.length > 2) startArgs.push(args[2]);
      PipelineLayout reader = build(realm.function("", 1, (c, s2, a) -> {
        JsObject b = (JsObject) a[0];
        ((JsFunction) b.get("read")).invoke(c, b, new Object[] {path});
        ((JsFunction) b.get("pipe")).invoke(c, b, new Object[] {template(layout), startArgs});
        return b;
      }));
      // The read filter starts at its first input event (which it drops).
      return start(ctx, reader, Ops.NO_ARGS, io.pipy.api.StreamEnd.normal(), true);
    });
    realm.method(pipy, "import", 1, (ctx, self, args) -> loader.importModule(Ops.toString(Arg.get(args, 0)), currentFile()));
    realm.method(pipy, "solve", 1, (ctx, self, args) -> loader.solve(Ops.toString(Arg.get(args, 0))));
  }

  /** Called after a file has run: resolves its layout references by name. */
  public void finishModule(ModuleScope module, Object value) {
    ModuleConfig c = configs.get(module);
    if (c != null) c.resolve();
  }

  private ModuleConfig configFor(ModuleScope module) {
    return configs.computeIfAbsent(module, ModuleConfig::new);
  }

  private SourceLocation where() {
    return Interp.currentLocation(realm);
  }

  /** {@code pipy(contextPrototype)}: a Configuration for the calling file. */
  private Object configuration(Object contextPrototype) {
    ModuleScope module = Interp.currentModule(realm);
    if (module == null) module = newModule.apply("<unknown>");
    if (contextPrototype instanceof JsObject proto) {
      List<String> names = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      for (Object k : proto.ownKeys()) {
        if (!(k instanceof String name)) continue;
        PropertyDescriptor d = proto.getOwnProperty(name);
        if (d == null || !d.enumerable) continue;
        names.add(name);
        values.add(proto.get(name));
      }
      module.declareContextVariables(names, values);
    } else if (contextPrototype != Ops.UNDEFINED && contextPrototype != null) {
      throw Errors.typeError("pipy(): the context prototype must be an object");
    }
    return new Builder(builderProto, configFor(module), null, true);
  }

  /** The script method that appends filter {@code name} to a builder's layout. */
  JsObject filterMethod(String name) {
    return realm.function(name, 0, (ctx, self, args) -> appendFilter(builder(self, name), name, args));
  }

  private Builder appendFilter(Builder b, String name, Object[] args) {
    if (b.current == null) {
      throw Errors.error("filter '" + name + "' needs a pipeline to go into: call listen() or pipeline() first");
    }
    SourceLocation where = where();
    FilterFactory factory = host.filter(name);
    Filter proto = factory.create(new FilterConfigImpl(this, b, args, where));
    proto.configure(name, where);
    b.current.append(proto);
    b.lastFilter = proto;
    if (proto.subPipelineLimit() > 0) {
      b.config.joints.add(proto);
      b.config.jointsAt.add(where);
    }
    return b;
  }

  /**
   * {@code repeat}: with a count or an array first, Pipy's batch configuration (the configuration
   * style's {@code repeat(count, ($, i) => ...)} / {@code repeat(array, ($, value, i) => ...)},
   * calling the function at once for each); otherwise the pipeline style's {@code repeat} filter.
   */
  private Object repeat(Object self, Object[] args) {
    Builder b = builder(self, "repeat");
    Object first = Arg.get(args, 0);
    if (!(first instanceof Number) && !(first instanceof io.pipy.js.runtime.JsArray)) {
      return appendFilter(b, "repeat", args);
    }
    if (!(Arg.get(args, 1) instanceof JsFunction f)) throw Errors.typeError("repeat(): argument 2 must be a function");
    if (first instanceof io.pipy.js.runtime.JsArray arr) {
      for (int i = 0; i < arr.length(); i++) f.invoke(null, Ops.UNDEFINED, new Object[] {b, arr.get(i), i});
    } else {
      int n = Ops.toInt32(first);
      for (int i = 0; i < n; i++) f.invoke(null, Ops.UNDEFINED, new Object[] {b, i});
    }
    return b;
  }

  private static Builder builder(Object self, String method) {
    if (self instanceof Builder b) return b;
    throw Errors.typeError(method + "() must be called on a pipeline configuration");
  }

  /** A layout reference from a script value: a name, a builder function, or null if neither. */
  LayoutRef layoutOf(Builder from, Object arg, SourceLocation where) {
    if (arg instanceof PipelineTemplate t) return LayoutRef.of(t.layout);
    if (arg instanceof String name) {
      NamedLayoutRef ref = new NamedLayoutRef(name, where);
      from.config.pending.add(ref);
      return ref;
    }
    if (arg instanceof JsFunction fn) {
      PipelineLayout layout = host.newLayout(null, from.config.module.file());
      Builder sub = new Builder(builderProto, from.config, layout, false);
      fn.invoke(null, Ops.UNDEFINED, new Object[] {sub});
      return LayoutRef.of(layout);
    }
    return null;
  }

  private void installBuilderMethods() {
    realm.method(builderProto, "listen", 2, (ctx, self, args) -> {
      Builder b = builder(self, "listen");
      if (!b.topLevel) throw Errors.error("listen() is only available on the configuration returned by pipy()");
      Object options = Arg.get(args, 1);
      String protocol = "tcp";
      if (options instanceof JsObject o && o.get("protocol") instanceof String ps) protocol = ps;
      String label = listenLabel(Arg.get(args, 0));
      PipelineLayout layout = host.newLayout(label, b.config.module.file());
      listen(Arg.get(args, 0), options, protocol, layout);
      b.current = layout;
      b.lastFilter = null;
      return b;
    });
    realm.method(builderProto, "pipeline", 1, (ctx, self, args) -> {
      Builder b = builder(self, "pipeline");
      if (!b.topLevel) throw Errors.error("pipeline() is only available on the configuration returned by pipy()");
      Object n = Arg.get(args, 0);
      ModuleConfig c = b.config;
      if (n == Ops.UNDEFINED) {
        if (c.entrance != null) throw Errors.error("the module entrance pipeline is already defined");
        c.entrance = host.newLayout("(entrance)", c.module.file());
        b.current = c.entrance;
      } else {
        String name = Ops.toString(n);
        if (c.named.containsKey(name)) {
          throw Errors.error("pipeline layout '" + name + "' is already defined at " + c.namedAt.get(name));
        }
        PipelineLayout layout = host.newLayout(name, c.module.file());
        c.named.put(name, layout);
        c.namedAt.put(name, where());
        b.current = layout;
      }
      b.lastFilter = null;
      return b;
    });
    realm.method(builderProto, "to", 1, (ctx, self, args) -> {
      Builder b = builder(self, "to");
      if (b.lastFilter == null) throw Errors.error("to() must follow a joint filter such as demuxHTTP()");
      LayoutRef ref = layoutOf(b, Arg.get(args, 0), where());
      if (ref == null) throw Errors.typeError("to(): expected a pipeline layout name or a function like $=>$...");
      try {
        b.lastFilter.addSubPipeline(ref);
      } catch (IllegalStateException e) {
        throw new ScriptError(e.getMessage());
      }
      return b;
    });
    realm.method(builderProto, "export", 2, (ctx, self, args) -> {
      Builder b = builder(self, "export");
      String ns = Ops.toString(Arg.get(args, 0));
      if (!(Arg.get(args, 1) instanceof JsObject vars)) throw Errors.typeError("export(): expected an object of variables");
      ModuleScope m = b.config.module;
      Map<String, int[]> table = exported.computeIfAbsent(ns, k -> new LinkedHashMap<>());
      for (Object k : vars.ownKeys()) {
        if (!(k instanceof String name)) continue;
        int slot = m.addContextVariable(name, vars.get(name));
        table.put(name, new int[] {m.id(), slot});
      }
      return b;
    });
    realm.method(builderProto, "import", 1, (ctx, self, args) -> {
      Builder b = builder(self, "import");
      if (!(Arg.get(args, 0) instanceof JsObject vars)) throw Errors.typeError("import(): expected an object of variables");
      for (Object k : vars.ownKeys()) {
        if (!(k instanceof String name)) continue;
        String ns = Ops.toString(vars.get(name));
        Map<String, int[]> table = exported.get(ns);
        int[] at = table == null ? null : table.get(name);
        if (at == null) throw Errors.referenceError("import(): namespace '" + ns + "' exports no variable '" + name + "'");
        b.config.module.importContextVariable(name, at[0], at[1]);
      }
      return b;
    });
    realm.method(builderProto, "task", 2, (ctx, self, args) -> {
      Builder b = builder(self, "task");
      if (!b.topLevel) throw Errors.error("task() is only available on the configuration returned by pipy()");
      // task(interval?, startingEvents?): as in Pipy, a first argument that is not a string or a
      // number is the starting events.
      Object when = Arg.get(args, 0);
      Object events = Arg.get(args, 1);
      if (when != Ops.UNDEFINED && when != null && !(when instanceof String) && !(when instanceof Number)) {
        events = when;
        when = Ops.UNDEFINED;
      }
      String w = when == Ops.UNDEFINED || when == null ? "" : Ops.toString(when);
      String label = w.isEmpty() ? "Task #" + (++taskCount) : "Task #" + (++taskCount) + " (" + w + ")";
      PipelineLayout layout = host.newLayout(label, b.config.module.file());
      host.task(w, layout, where());
      if (events != Ops.UNDEFINED && events != null) layout.onStart(events);
      b.current = layout;
      b.lastFilter = null;
      return b;
    });
    realm.method(builderProto, "watch", 1, (ctx, self, args) -> {
      Builder b = builder(self, "watch");
      if (!b.topLevel) throw Errors.error("watch() is only available on the configuration returned by pipy()");
      if (!(Arg.get(args, 0) instanceof String file)) throw Errors.typeError("watch(): expected a file name");
      PipelineLayout layout = host.newLayout("Watch " + (file.startsWith("/") ? file : "/" + file), b.config.module.file());
      host.watch(file, layout, where());
      b.current = layout;
      b.lastFilter = null;
      return b;
    });
    realm.method(builderProto, "exit", 1, (ctx, self, args) -> {
      Builder b = builder(self, "exit");
      if (!b.topLevel) throw Errors.error("exit() is only available on the configuration returned by pipy()");
      PipelineLayout layout = host.newLayout("Exit", b.config.module.file());
      host.onExit(layout, where());
      Object events = Arg.get(args, 0);
      if (events != Ops.UNDEFINED && events != null) layout.onStart(events);
      b.current = layout;
      b.lastFilter = null;
      return b;
    });
    realm.method(builderProto, "onStart", 1, (ctx, self, args) -> {
      Builder b = builder(self, "onStart");
      if (b.current == null) throw Errors.error("onStart() needs a pipeline: call listen(), pipeline() or task() first");
      b.current.onStart(Arg.get(args, 0));
      return b;
    });
    realm.method(builderProto, "onEnd", 1, (ctx, self, args) -> {
      Builder b = builder(self, "onEnd");
      if (b.current == null) throw Errors.error("onEnd() needs a pipeline: call listen(), pipeline() or task() first");
      if (!(Arg.get(args, 0) instanceof JsFunction)) throw Errors.typeError("onEnd(): expected a function");
      b.current.onEnd(Arg.get(args, 0));
      return b;
    });
    realm.method(builderProto, "repeat", 2, (ctx, self, args) -> repeat(self, args));
    for (String unsupported : new String[] {"admin"}) {
      realm.method(builderProto, unsupported, 0, (ctx, self, args) -> {
        throw Errors.error(unsupported + "() is not supported yet");
      });
    }
  }

  /** "Listen on 8080 at 0.0.0.0": the label of a listening layout in the graph. */
  private static String listenLabel(Object port) {
    Object[] ap = parseListen(port);
    return "Listen on " + ap[1] + " at " + (ap[0] == null ? "0.0.0.0" : ap[0]);
  }

  /** {address (or null), port} from a port number, 'port', 'address:port' or '[v6]:port'. */
  private static Object[] parseListen(Object port) {
    String address = null;
    int p;
    if (port instanceof Integer || port instanceof Double) {
      p = (int) Ops.toNumber(port);
    } else if (port instanceof String s) {
      int colon = s.lastIndexOf(':');
      if (colon >= 0) {
        address = s.substring(0, colon);
        if (address.startsWith("[") && address.endsWith("]")) address = address.substring(1, address.length() - 1);
        s = s.substring(colon + 1);
      }
      try {
        p = Integer.parseInt(s.trim());
      } catch (NumberFormatException e) {
        throw Errors.typeError("listen(): invalid port '" + port + "'");
      }
    } else {
      throw Errors.typeError("listen(): port must be a number or 'address:port'");
    }
    return new Object[] {address, p};
  }

  /** Declares a listener for {@code layout}. */
  private void listen(Object port, Object options, String protocol, PipelineLayout layout) {
    Object[] ap = parseListen(port);
    Map<String, Object> opts = new LinkedHashMap<>();
    if (options instanceof JsObject o) {
      for (Object k : o.ownKeys()) {
        if (k instanceof String key && (o.getOwnFlags(key) & Shape.ENUMERABLE) != 0) opts.put(key, o.get(key));
      }
      opts.remove("protocol");
    } else if (options != Ops.UNDEFINED && options != null) {
      throw Errors.typeError("listen(): options must be an object");
    }
    host.listen(protocol, (String) ap[0], (Integer) ap[1], opts, layout, where());
  }

  /** Context variables exported under each namespace: name → {module, slot}. */
  private final Map<String, Map<String, int[]>> exported = new LinkedHashMap<>();
  private int taskCount;

  /** Argument access. */
  static final class Arg {
    private Arg() {
    }

    static Object get(Object[] args, int i) {
      return i < args.length ? args[i] : Ops.UNDEFINED;
    }
  }
}
