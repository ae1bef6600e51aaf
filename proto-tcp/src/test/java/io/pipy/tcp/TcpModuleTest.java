package io.pipy.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void isFoundByServiceLoaderAndRegistersItsTransportsFilterAndClasses() {
    List<PipyModule> found = new ArrayList<>();
    for (PipyModule m : ServiceLoader.load(PipyModule.class)) if (m instanceof TcpModule) found.add(m);
    assertEquals(1, found.size());
    assertEquals("proto-tcp", found.get(0).name());

    List<Transport> transports = new ArrayList<>();
    List<String> filters = new ArrayList<>();
    List<String> globals = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    found.get(0).install(new Registry() {
      @Override
      public void filter(FilterFactory factory) {
        filters.add(factory.name());
      }

      @Override
      public void global(String name, Object value) {
        globals.add(name);
      }

      @Override
      public void hostClass(HostClass<?> hostClass) {
        classes.add(hostClass.name());
      }

      @Override
      public void transport(Transport transport) {
        transports.add(transport);
      }
    });
    assertEquals(List.of("tcp", "udp"), transports.stream().map(Transport::protocol).toList());
    assertEquals(List.of("connect"), filters);
    assertEquals(List.of("Outbound", "ConnectionList"), classes);
    assertEquals(List.of("pipy.inbound", "pipy.outbound"), globals);
  }
}
