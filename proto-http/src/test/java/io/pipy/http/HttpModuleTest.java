package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.FilterFactory;
import io.pipy.api.Message;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import io.pipy.api.Transport;
import io.pipy.api.script.HostClass;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HttpModuleTest {

  private static Map<String, FilterFactory> install() {
    Map<String, FilterFactory> filters = new LinkedHashMap<>();
    new HttpModule().install(new Registry() {
      @Override
      public void filter(FilterFactory factory) {
        filters.put(factory.name(), factory);
      }

      @Override
      public void global(String name, Object value) {
      }

      @Override
      public void hostClass(HostClass<?> hostClass) {
      }

      @Override
      public void transport(Transport transport) {
      }
    });
    return filters;
  }

  @Test
  void registersTheHttpFilters() {
    Map<String, FilterFactory> filters = install();
    assertEquals(java.util.List.of("decodeHTTPRequest", "decodeHTTPResponse", "encodeHTTPRequest",
        "encodeHTTPResponse", "serveHTTP", "demuxHTTP", "muxHTTP", "acceptHTTPTunnel", "connectHTTPTunnel",
        "compressHTTP", "decompressHTTP", "decodeMultipart", "decodeWebSocket", "encodeWebSocket"),
        java.util.List.copyOf(filters.keySet()));
    assertEquals("proto-http", new HttpModule().name());
  }

  @Test
  void factoriesMakeTheirFilters() {
    Map<String, FilterFactory> f = install();
    assertInstanceOf(DecodeHttpRequest.class, f.get("decodeHTTPRequest").create(config(null)));
    assertInstanceOf(DecodeHttpResponse.class, f.get("decodeHTTPResponse").create(config(null)));
    assertInstanceOf(EncodeHttpRequest.class, f.get("encodeHTTPRequest").create(config(null, obj("bufferSize", "4k"))));
    assertInstanceOf(EncodeHttpResponse.class, f.get("encodeHTTPResponse").create(config(null)));
    Message hello = new Message(null, Data.fromString("Hi, there!\n"), null);
    assertInstanceOf(ServeHttp.class, f.get("serveHTTP").create(config(null, hello)));
    assertInstanceOf(DemuxHttp.class, f.get("demuxHTTP").create(config(null, obj("maxMessages", 10))));
    assertInstanceOf(MuxHttp.class, f.get("muxHTTP").create(config(null, obj("version", 2, "maxIdle", "10s"))));
  }

  @Test
  void isFoundByServiceLoader() {
    boolean found = false;
    for (PipyModule m : ServiceLoader.load(PipyModule.class, HttpModuleTest.class.getClassLoader())) {
      if (m instanceof HttpModule) found = true;
    }
    assertTrue(found);
  }
}
