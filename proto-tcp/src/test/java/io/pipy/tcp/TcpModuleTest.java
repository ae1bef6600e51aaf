package io.pipy.tcp;

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
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TcpModuleTest {

  @Test
  void isFoundByServiceLoaderAndRegistersTheTcpTransport() {
    List<PipyModule> found = new ArrayList<>();
    for (PipyModule m : ServiceLoader.load(PipyModule.class)) if (m instanceof TcpModule) found.add(m);
    assertEquals(1, found.size());
    assertEquals("proto-tcp", found.get(0).name());

    List<Transport> transports = new ArrayList<>();
    List<Object> others = new ArrayList<>();
    found.get(0).install(new Registry() {
      @Override
      public void filter(FilterFactory factory) {
        others.add(factory);
      }

      @Override
      public void global(String name, Object value) {
        others.add(name);
      }

      @Override
      public void hostClass(HostClass<?> hostClass) {
        others.add(hostClass);
      }

      @Override
      public void transport(Transport transport) {
        transports.add(transport);
      }
    });
    assertEquals(1, transports.size());
    assertEquals("tcp", transports.get(0).protocol());
    assertTrue(others.isEmpty());
  }
}
