package io.pipy.engine;

import io.pipy.api.FilterFactory;
import io.pipy.api.Log;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import io.pipy.api.Transport;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptLanguage;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds modules and the script language with {@link ServiceLoader} on an explicit class loader.
 * A provider that cannot be loaded or whose {@code install} throws is reported and skipped as a
 * whole; two modules providing one filter name stop start-up, naming both jars.
 */
final class ModuleLoader {

  private ModuleLoader() {
  }

  static InstalledModules load(ClassLoader classLoader) {
    InstalledModules installed = new InstalledModules();
    for (PipyModule module : providers(PipyModule.class, classLoader)) {
      install(module, installed);
    }
    for (ScriptLanguage language : providers(ScriptLanguage.class, classLoader)) {
      installed.addLanguage(language);
    }
    return installed;
  }

  /** Instantiates every provider it can; reports and skips those it cannot. */
  private static <S> List<S> providers(Class<S> service, ClassLoader classLoader) {
    List<S> found = new ArrayList<>();
    Iterator<S> it = ServiceLoader.load(service, classLoader).iterator();
    // A broken entry throws from hasNext()/next(); the iterator then moves on to the next entry,
    // so the loop is bounded by the number of entries. The guard stops a misbehaving iterator.
    for (int guard = 0; guard < 10_000; guard++) {
      try {
        if (!it.hasNext()) break;
        found.add(it.next());
      } catch (ServiceConfigurationError | LinkageError e) {
        Log.warn("skipped a " + service.getSimpleName() + " provider that failed to load: " + describe(e));
      }
    }
    return found;
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) sb.append(": ").append(c);
    return sb.toString();
  }

  private static void install(PipyModule module, InstalledModules installed) {
    String jar = jarOf(module.getClass());
    String name;
    try {
      name = module.name();
    } catch (RuntimeException | LinkageError e) {
      Log.warn("skipped module " + module.getClass().getName() + " in " + jar + ": " + describe(e));
      return;
    }
    InstalledModules.Origin origin = new InstalledModules.Origin(name, jar);
    Staging staging = new Staging();
    try {
      module.install(staging);
    } catch (RuntimeException | LinkageError e) {
      Log.warn("skipped module " + origin + ": install failed: " + e);
      return;
    }
    // Commit only after install() finished, so a module that fails half-way adds nothing.
    for (FilterFactory f : staging.filters) installed.addFilter(f, origin);
    for (Map.Entry<String, Object> g : staging.globals.entrySet()) installed.addGlobal(g.getKey(), g.getValue(), origin);
    for (HostClass<?> hc : staging.hostClasses) installed.addHostClass(hc);
    for (Transport t : staging.transports) installed.addTransport(t, origin);
    installed.addModuleName(name);
  }

  /** The file name of the jar (or class folder) a class came from. */
  static String jarOf(Class<?> type) {
    CodeSource cs = type.getProtectionDomain().getCodeSource();
    URL url = cs == null ? null : cs.getLocation();
    if (url == null) return "(unknown location)";
    try {
      Path p = Path.of(url.toURI());
      Path file = p.getFileName();
      return file == null ? p.toString() : file.toString();
    } catch (Exception e) {
      return url.toString();
    }
  }

  /** Collects one module's registrations until its install() has returned. */
  private static final class Staging implements Registry {
    final List<FilterFactory> filters = new ArrayList<>();
    final Map<String, Object> globals = new LinkedHashMap<>();
    final List<HostClass<?>> hostClasses = new ArrayList<>();
    final List<Transport> transports = new ArrayList<>();

    @Override
    public void filter(FilterFactory factory) {
      for (FilterFactory f : filters) {
        if (f.name().equals(factory.name())) throw new IllegalArgumentException("filter '" + f.name() + "' registered twice");
      }
      filters.add(factory);
    }

    @Override
    public void global(String name, Object value) {
      if (globals.putIfAbsent(name, value) != null) throw new IllegalArgumentException("global '" + name + "' registered twice");
    }

    @Override
    public void hostClass(HostClass<?> hostClass) {
      hostClasses.add(hostClass);
    }

    @Override
    public void transport(Transport transport) {
      transports.add(transport);
    }
  }
}
