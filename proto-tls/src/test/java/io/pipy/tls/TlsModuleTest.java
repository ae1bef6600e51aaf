package io.pipy.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.FilterFactory;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import io.pipy.api.Transport;
import io.pipy.api.script.HostClass;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class TlsModuleTest {

  @Test
  void serviceLoaderFindsTheModule() {
    List<String> names = new ArrayList<>();
    for (PipyModule m : ServiceLoader.load(PipyModule.class, TlsModuleTest.class.getClassLoader())) {
      names.add(m.name());
      if (m.name().equals("proto-tls")) assertTrue(m instanceof TlsModule);
    }
    assertTrue(names.contains("proto-tls"), "modules found: " + names);
  }

  @Test
  void installRegistersNothingYet() {
    List<Object> registered = new ArrayList<>();
    new TlsModule().install(new Registry() {
      @Override
      public void filter(FilterFactory factory) {
        registered.add(factory);
      }

      @Override
      public void global(String name, Object value) {
        registered.add(name);
      }

      @Override
      public void hostClass(HostClass<?> hostClass) {
        registered.add(hostClass);
      }

      @Override
      public void transport(Transport transport) {
        registered.add(transport);
      }
    });
    assertEquals(List.of(), registered);
  }
}
