package io.pipy.engine;

import io.pipy.api.FilterFactory;
import io.pipy.api.Transport;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the installed modules registered, merged and checked for clashes. */
final class InstalledModules {

  /** Where a registration came from, for messages. */
  record Origin(String module, String jar) {
    @Override
    public String toString() {
      return jar + " (module " + module + ")";
    }
  }

  private final Map<String, FilterFactory> filters = new LinkedHashMap<>();
  private final Map<String, Origin> filterOrigins = new LinkedHashMap<>();
  private final Map<String, Object> globals = new LinkedHashMap<>();
  private final Map<String, Origin> globalOrigins = new LinkedHashMap<>();
  private final List<HostClass<?>> hostClasses = new ArrayList<>();
  private final Map<String, Transport> transports = new LinkedHashMap<>();
  private final List<String> moduleNames = new ArrayList<>();
  private final List<ScriptLanguage> languages = new ArrayList<>();

  void addFilter(FilterFactory f, Origin origin) {
    Origin prev = filterOrigins.get(f.name());
    if (prev != null) {
      throw new EngineException("filter '" + f.name() + "' is provided twice: by " + prev + " and by " + origin);
    }
    filters.put(f.name(), f);
    filterOrigins.put(f.name(), origin);
  }

  void addGlobal(String name, Object value, Origin origin) {
    Origin prev = globalOrigins.get(name);
    if (prev != null) {
      throw new EngineException("global '" + name + "' is provided twice: by " + prev + " and by " + origin);
    }
    globals.put(name, value);
    globalOrigins.put(name, origin);
  }

  void addHostClass(HostClass<?> hc) {
    hostClasses.add(hc);
  }

  void addTransport(Transport t, Origin origin) {
    if (transports.putIfAbsent(t.protocol(), t) != null) {
      throw new EngineException("transport '" + t.protocol() + "' is provided twice, the second time by " + origin);
    }
  }

  void addModuleName(String name) {
    moduleNames.add(name);
  }

  void addLanguage(ScriptLanguage language) {
    languages.add(language);
  }

  FilterFactory filter(String name) {
    return filters.get(name);
  }

  Map<String, Object> globals() {
    return Collections.unmodifiableMap(globals);
  }

  List<HostClass<?>> hostClasses() {
    return Collections.unmodifiableList(hostClasses);
  }

  Transport transport(String protocol) {
    return transports.get(protocol);
  }

  List<String> moduleNames() {
    return Collections.unmodifiableList(moduleNames);
  }

  List<ScriptLanguage> languages() {
    return Collections.unmodifiableList(languages);
  }
}
