package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.FilterFactory;
import io.pipy.api.Registry;
import io.pipy.api.Transport;
import io.pipy.api.script.HostClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HttpGlobalsTest {

  private final Map<String, FilterFactory> filters = new LinkedHashMap<>();
  private final Map<String, Object> globals = new LinkedHashMap<>();
  private final List<HostClass<?>> hostClasses = new ArrayList<>();

  private void install() {
    new HttpModule().install(new Registry() {
      @Override
      public void filter(FilterFactory factory) {
        filters.put(factory.name(), factory);
      }

      @Override
      public void global(String name, Object value) {
        globals.put(name, value);
      }

      @Override
      public void hostClass(HostClass<?> hostClass) {
        hostClasses.add(hostClass);
      }

      @Override
      public void transport(Transport transport) {
      }
    });
  }

  @Test
  void registersTheFiltersOfTheSecondHalf() {
    install();
    assertInstanceOf(CompressHttp.class, filters.get("compressHTTP").create(config(null, "gzip")));
    assertInstanceOf(DecompressHttp.class, filters.get("decompressHTTP").create(config(null)));
    assertInstanceOf(DecodeMultipart.class, filters.get("decodeMultipart").create(config(null)));
    assertInstanceOf(DecodeWebSocket.class, filters.get("decodeWebSocket").create(config(null)));
    assertInstanceOf(EncodeWebSocket.class, filters.get("encodeWebSocket").create(config(null)));
  }

  @Test
  void registersUrlAndTheHttpNamespace() {
    install();
    assertSame(Url.CLASS, globals.get("URL"));
    assertSame(UrlSearchParams.CLASS, globals.get("URLSearchParams"));
    @SuppressWarnings("unchecked")
    Map<String, Object> http = (Map<String, Object>) globals.get("http");
    assertEquals(List.of("File", "Directory", "Agent"), List.copyOf(http.keySet()));
    assertSame(HttpFile.CLASS, http.get("File"));
    assertSame(HttpDirectory.CLASS, http.get("Directory"));
    assertSame(HttpAgent.CLASS, http.get("Agent"));
    assertTrue(hostClasses.containsAll(List.of(Url.CLASS, UrlSearchParams.CLASS, HttpFile.CLASS, HttpDirectory.CLASS, HttpAgent.CLASS)));
  }
}
