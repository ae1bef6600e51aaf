package io.pipy.engine.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.FilterFactory;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import io.pipy.api.Transport;
import io.pipy.api.script.HostClass;
import io.pipy.engine.PipelineTester;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FiltersModuleTest {

  static final List<String> NAMES = List.of(
      "handle", "handleStreamStart", "handleMessageStart", "handleData", "handleMessageBody", "handleMessage",
      "handleMessageEnd", "handleStreamEnd", "replace", "replaceStreamStart", "replaceMessageStart", "replaceData",
      "replaceMessageBody", "replaceMessage", "replaceMessageEnd", "replaceStreamEnd", "insert", "produce", "wait",
      "dummy", "dump", "print", "split", "deframe", "pack", "compress", "decompress", "tee", "read", "exec");

  private static List<FilterFactory> install(PipyModule m) {
    List<FilterFactory> out = new ArrayList<>();
    m.install(new Registry() {
      @Override
      public void filter(FilterFactory factory) {
        out.add(factory);
      }

      @Override
      public void global(String name, Object value) {
        throw new AssertionError("no globals expected: " + name);
      }

      @Override
      public void hostClass(HostClass<?> hostClass) {
        throw new AssertionError("no host classes expected");
      }

      @Override
      public void transport(Transport transport) {
        throw new AssertionError("no transports expected");
      }
    });
    return out;
  }

  @Test
  void discoveredByServiceLoaderAndRegistersEveryFilter() {
    PipyModule found = null;
    for (PipyModule m : ServiceLoader.load(PipyModule.class)) {
      if (m instanceof FiltersModule) found = m;
    }
    assertTrue(found != null, "FiltersModule is listed in META-INF/services");
    assertEquals("pipy-engine-filters", found.name());
    List<String> names = install(found).stream().map(FilterFactory::name).toList();
    assertEquals(new TreeSet<>(NAMES), new TreeSet<>(names));
    assertEquals(NAMES.size(), names.size());
  }

  @Test
  void factoriesNameTheirPrototypes() {
    try (PipelineTester t = new PipelineTester()) {
      for (FilterFactory f : install(new FiltersModule())) {
        if (!f.name().equals("dummy") && !f.name().equals("print") && !f.name().equals("dump")) continue;
        var proto = f.create(Kit.config(t));
        assertEquals(f.name(), proto.name());
        assertEquals(Kit.WHERE, proto.location());
      }
    }
  }
}
