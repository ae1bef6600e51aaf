package io.pipy.js;

import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptHost;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRealm;
import io.pipy.api.script.SourceLocation;
import io.pipy.js.bridge.Bridge;
import io.pipy.js.builtins.Builtins;
import io.pipy.js.builtins.JsonBuiltins;
import io.pipy.js.interp.ModuleLoader;
import io.pipy.js.interp.ModuleScope;
import io.pipy.js.runtime.Display;
import io.pipy.js.runtime.HostClasses;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import io.pipy.js.syntax.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One worker's PipyJS: a realm with the installed modules' globals and the Pipy API bound in. */
final class PipyJsRealm implements ScriptRealm {

  private final ScriptHost host;
  private final Realm realm;
  private final Bridge bridge;
  private final List<ModuleScope> modules = new ArrayList<>();
  /** Templates by the identity of their keys array; see {@link #template}. */
  private final java.util.IdentityHashMap<String[], io.pipy.api.script.ObjectTemplate> templates =
      new java.util.IdentityHashMap<>();

  private final ModuleLoader loader;

  PipyJsRealm(ScriptHost host) {
    this(host, ModuleLoader.FILES);
  }

  /** A realm whose {@code import}s read files with {@code reader} (tests give a codebase of their own). */
  PipyJsRealm(ScriptHost host, ModuleLoader.Reader reader) {
    this.host = host;
    this.realm = new Realm();
    Builtins.install(realm);
    realm.defaultContext(() -> host.worker().newContext(null));
    for (HostClass<?> hc : host.hostClasses()) HostClasses.register(hc);
    for (Map.Entry<String, Object> g : host.globals().entrySet()) {
      // Dotted names ("pipy.inbound") are members of objects the bridge defines.
      if (g.getKey().indexOf('.') >= 0) continue;
      realm.global.defineOwn(g.getKey(), realm.fromHost(g.getValue()), Shape.HIDDEN);
    }
    this.bridge = new Bridge(realm, host, this::newModule);
    this.loader = new ModuleLoader(realm, this::newModule, reader, bridge::finishModule);
    realm.modules = loader;
    bridge.moduleLoader(loader);
  }

  /** Registers a new script file and gives it the next context-module index. */
  private ModuleScope newModule(String file) {
    ModuleScope m = new ModuleScope(file, modules.size());
    modules.add(m);
    return m;
  }

  Realm realm() {
    return realm;
  }

  @Override
  public void runMain(String file, String source) {
    JsFunction main = realm.function("(main)", 0, (ctx, self, args) -> loader.runMain(file, source));
    try {
      realm.callFromHost(main, null, Ops.UNDEFINED, Ops.NO_ARGS);
    } catch (SyntaxError e) {
      throw syntaxError(e);
    }
  }

  static ScriptException syntaxError(SyntaxError e) {
    SourceLocation loc = e.source().location(e.offset());
    return new ScriptException(null, "SyntaxError: " + e.getMessage(), loc, List.of());
  }

  @Override
  public ContextTemplate contextTemplate() {
    List<ModuleScope> snapshot = List.copyOf(modules);
    return new ContextTemplate() {
      @Override
      public int moduleCount() {
        return snapshot.size();
      }

      @Override
      public Object[] initialVariables(int module) {
        return module < snapshot.size() ? snapshot.get(module).initialValues() : null;
      }
    };
  }

  @Override
  public boolean hasPendingJobs() {
    return realm.hasPendingJobs();
  }

  @Override
  public ScriptObject newObject() {
    return realm.newObject();
  }

  /**
   * Objects of one shape, made straight from their slot values: the shape is found once, by
   * defining the keys on a first object, and kept per keys array (callers keep theirs in
   * constants, so a handful of templates per realm).
   */
  @Override
  public io.pipy.api.script.ObjectTemplate template(String... keys) {
    io.pipy.api.script.ObjectTemplate t = templates.get(keys);
    if (t != null) return t;
    io.pipy.js.runtime.JsObject first = realm.newObject();
    for (String k : keys) {
      if (io.pipy.js.runtime.Numbers.arrayIndex(k) >= 0 || first.hasOwnProperty(k)) {
        throw new IllegalArgumentException("template keys must be distinct names: " + java.util.Arrays.toString(keys));
      }
      first.defineOwn(k, io.pipy.api.script.Undefined.INSTANCE, io.pipy.js.runtime.Shape.DEFAULT);
    }
    t = ShapeTemplate.of(realm, first.shape);
    templates.put(keys, t);
    return t;
  }

  @Override
  public io.pipy.api.script.ObjectTemplate templateOf(ScriptObject sample) {
    return ShapeTemplate.ofSample(realm, sample);
  }

  @Override
  public ScriptArray newArray(List<?> elements) {
    return realm.newArray(elements);
  }

  @Override
  public String toStringValue(Context caller, Object v) {
    return Ops.toString(realm.fromHost(v), caller);
  }

  @Override
  public String toDisplayString(Object v) {
    return Display.format(realm.fromHost(v));
  }

  @Override
  public io.pipy.api.script.ScriptPromise.Deferred newPromise() {
    io.pipy.js.runtime.PromiseHandle h = io.pipy.js.runtime.PromiseHandle.create(realm);
    return new io.pipy.api.script.ScriptPromise.Deferred() {
      @Override
      public Object promise() {
        return h.promise();
      }

      @Override
      public void resolve(Object value) {
        h.resolve(realm.fromHost(value));
      }

      @Override
      public void reject(Object reason) {
        h.reject(realm.fromHost(reason));
      }
    };
  }

  @Override
  public Object newError(io.pipy.api.script.ScriptError.Kind kind, String message) {
    return realm.newError(kind, message);
  }

  @Override
  public String toJson(Object v) {
    return JsonBuiltins.stringify(realm, null, realm.fromHost(v), Ops.UNDEFINED, Ops.UNDEFINED);
  }
}
