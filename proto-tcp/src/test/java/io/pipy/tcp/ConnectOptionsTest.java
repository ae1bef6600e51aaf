package io.pipy.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Undefined;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ConnectOptionsTest {

  @Test
  void defaultsArePipys() {
    ConnectOptions o = ConnectOptions.parse(Undefined.INSTANCE);
    assertFalse(o.udp());
    assertEquals(1 << 20, o.congestionLimit());
    assertEquals(0, o.bufferLimit());
    assertEquals(0, o.retryCount());
    assertEquals(0, o.retryDelayNanos());
    assertEquals(0, o.connectTimeoutNanos());
    assertEquals(0, o.readTimeoutNanos());
    assertEquals(0, o.writeTimeoutNanos());
    assertEquals(60_000_000_000L, o.idleTimeoutNanos());
    assertTrue(o.keepAlive());
    assertTrue(o.noDelay());
    assertEquals(16384, o.maxPacketSize());
    assertSame(ConnectOptions.DEFAULTS, ConnectOptions.parse(null));
  }

  @Test
  void readsPipysFormats() {
    Map<String, Object> m = new HashMap<>();
    m.put("protocol", "udp");
    m.put("bind", "127.0.0.1:0");
    m.put("congestionLimit", "64k");
    m.put("bufferLimit", 1_000_000);
    m.put("retryCount", -1);
    m.put("retryDelay", "500ms");
    m.put("connectTimeout", 2);
    m.put("readTimeout", "1m");
    m.put("writeTimeout", "2s");
    m.put("idleTimeout", 0);
    m.put("keepAlive", false);
    m.put("noDelay", "false");
    m.put("maxPacketSize", "1k");
    m.put("onState", null);
    ConnectOptions o = ConnectOptions.parse(m);
    assertTrue(o.udp());
    assertEquals("127.0.0.1:0", o.bind());
    assertEquals(64 << 10, o.congestionLimit());
    assertEquals(1_000_000, o.bufferLimit());
    assertEquals(-1, o.retryCount());
    assertEquals(500_000_000L, o.retryDelayNanos());
    assertEquals(2_000_000_000L, o.connectTimeoutNanos());
    assertEquals(60_000_000_000L, o.readTimeoutNanos());
    assertEquals(2_000_000_000L, o.writeTimeoutNanos());
    assertEquals(0, o.idleTimeoutNanos());
    assertFalse(o.keepAlive());
    assertFalse(o.noDelay());
    assertEquals(1024, o.maxPacketSize());
    assertNull(o.onState());
  }

  @Test
  void functionsAreKeptForEachStream() {
    ScriptFunction f = ScriptFunctions.of((ctx, arg) -> "127.0.0.1");
    ConnectOptions o = ConnectOptions.parse(Map.of("bind", f, "onState", f));
    assertSame(f, o.bindFunction());
    assertSame(f, o.onState());
  }

  @Test
  void rejectsUnknownNamesAndBadValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectOptions.parse(Map.of("retrycount", 3)));
    assertTrue(e.getMessage().startsWith("retrycount: 3 (expected: a connect option, one of bind, "), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ConnectOptions.parse(Map.of("protocol", "sctp")));
    assertEquals("protocol: 'sctp' (expected: 'tcp' or 'udp')", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ConnectOptions.parse(Map.of("connectTimeout", "soon")));
    assertTrue(e.getMessage().startsWith("connectTimeout: 'soon' (expected: "), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ConnectOptions.parse(Map.of("onState", "yes")));
    assertEquals("onState: 'yes' (expected: a function)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConnectOptions.parse(Map.of("bind", "somewhere")));
    assertThrows(IllegalArgumentException.class, () -> ConnectOptions.parse("fast"));
  }

  @Test
  void parsesTargets() throws Exception {
    Target t = Target.parse("example.com:443");
    assertEquals("example.com", t.host());
    assertEquals(443, t.port());
    assertNull(t.ip());
    assertEquals(InetAddress.getByName("127.0.0.1"), Target.parse("localhost:80").ip());
    assertEquals(InetAddress.getByName("10.0.0.1"), Target.parse("10.0.0.1:8080").ip());
    Target v6 = Target.parse("[::1]:8080");
    assertEquals("::1", v6.host());
    assertEquals(InetAddress.getByName("::1"), v6.ip());
    for (String bad : new String[] {"nohost", ":80", "host:", "host:x", "host:70000", "::1:80", "[::1:80", "[]:80"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("invalid address format: " + bad), e.getMessage());
    }
  }

  @Test
  void parsesBindAddresses() throws Exception {
    assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), BindAddress.parse("127.0.0.1"));
    assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 5000), BindAddress.parse("127.0.0.1:5000"));
    assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 0), BindAddress.parse("::1"));
    assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 7), BindAddress.parse("[::1]:7"));
    assertThrows(IllegalArgumentException.class, () -> BindAddress.parse("example.com:80"));
  }

  @Test
  void theFilterChecksConstantArgumentsWhenTheScriptLoads() {
    ScriptError e = assertThrows(ScriptError.class, () -> new Connect("nowhere", null));
    assertTrue(e.getMessage().startsWith("invalid address format: nowhere"), e.getMessage());
    e = assertThrows(ScriptError.class, () -> new Connect("127.0.0.1:80", Map.of("idleTimout", 1)));
    assertTrue(e.getMessage().startsWith("connect: idleTimout: 1 (expected: "), e.getMessage());
    e = assertThrows(ScriptError.class, () -> new Connect(42, null));
    assertEquals(ScriptError.Kind.TYPE_ERROR, e.kind());
  }
}
