package io.pipy.engine.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.FilterFactory;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import io.pipy.api.Transport;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class AlgoModuleTest {

  private final List<String> filters = new ArrayList<>();
  private final Map<String, Object> globals = new LinkedHashMap<>();
  private final List<HostClass<?>> classes = new ArrayList<>();

  private void install(PipyModule m) {
    m.install(new Registry() {
      @Override
      public void filter(FilterFactory factory) {
        filters.add(factory.name());
      }

      @Override
      public void global(String name, Object value) {
        if (globals.put(name, value) != null) throw new AssertionError("global twice: " + name);
      }

      @Override
      public void hostClass(HostClass<?> hostClass) {
        classes.add(hostClass);
      }

      @Override
      public void transport(Transport transport) {
        throw new AssertionError("no transports expected");
      }
    });
  }

  @Test
  void discoveredAndRegistersEverything() {
    PipyModule found = null;
    for (PipyModule m : ServiceLoader.load(PipyModule.class)) {
      if (m instanceof AlgoModule) found = m;
    }
    assertNotNull(found, "listed in META-INF/services");
    assertEquals("pipy-engine-algo", found.name());
    install(found);
    assertEquals(List.of("throttleConcurrency", "throttleDataRate", "throttleMessageRate"), filters);
    assertEquals(Set.of("algo", "stats", "logging", "os", "YAML", "XML", "IP", "IPMask", "Netmask", "IPEndpoint"),
        globals.keySet());
    @SuppressWarnings("unchecked")
    Map<String, Object> algo = (Map<String, Object>) globals.get("algo");
    assertEquals(Set.of("Cache", "Quota", "SharedMap", "URLRouter", "LoadBalancer", "HashingLoadBalancer",
        "RoundRobinLoadBalancer", "LeastWorkLoadBalancer", "ResourcePool", "Percentile", "hash", "uuid"), algo.keySet());
    assertTrue(algo.get("hash") instanceof HostFunction);
    Set<Class<?>> types = new HashSet<>();
    for (HostClass<?> hc : classes) assertTrue(types.add(hc.type()), "one host class per type: " + hc);
    for (Object v : algo.values()) {
      if (v instanceof HostClass<?> hc) assertTrue(types.contains(hc.type()), hc + " is registered");
    }
    assertTrue(types.contains(io.pipy.engine.stats.Counter.class));
    assertTrue(types.contains(io.pipy.engine.logging.Logger.Json.class));
    assertTrue(types.contains(io.pipy.engine.formats.XmlNode.class));
    assertTrue(types.contains(io.pipy.engine.os.FileStats.class));
    assertTrue(types.contains(LoadBalancer.Resource.class));
  }
}
