package io.pipy.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.Undefined;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ListenOptionsTest {

  @Test
  void defaultsArePipys() {
    ListenOptions o = ListenOptions.parse(Map.of());
    assertEquals(-1, o.maxConnections());
    assertEquals(0, o.readTimeoutNanos());
    assertEquals(0, o.writeTimeoutNanos());
    assertEquals(60_000_000_000L, o.idleTimeoutNanos());
    assertEquals(1 << 20, o.congestionLimit());
    assertEquals(0, o.bufferLimit());
    assertTrue(o.keepAlive());
    assertTrue(o.noDelay());
    assertEquals(o, ListenOptions.parse(null));
  }

  @Test
  void readsEveryOption() {
    ListenOptions o = ListenOptions.parse(Map.of(
        "maxConnections", 10, "readTimeout", "5s", "writeTimeout", 2, "idleTimeout", "1m",
        "congestionLimit", "256k", "bufferLimit", "4m", "keepAlive", false, "noDelay", "false",
        "protocol", "tcp"));
    assertEquals(new ListenOptions(10, 5_000_000_000L, 2_000_000_000L, 60_000_000_000L, 256 << 10, 4 << 20, false, false, false), o);
  }

  @Test
  void nullOrUndefinedKeepTheDefault() {
    Map<String, Object> m = new HashMap<>();
    m.put("idleTimeout", null);
    m.put("maxConnections", Undefined.INSTANCE);
    assertEquals(ListenOptions.DEFAULTS, ListenOptions.parse(m));
  }

  @Test
  void zeroIdleTimeoutTurnsTimersOff() {
    assertFalse(ListenOptions.parse(Map.of("idleTimeout", 0)).hasTimeouts());
  }

  @Test
  void theSmallerOfTheTwoConnectionLimitsApplies() {
    assertEquals(3, ListenOptions.parse(Map.of("maxConnections", 5, "maxPortConnections", 3)).maxConnections());
    assertEquals(3, ListenOptions.parse(Map.of("maxPortConnections", 3)).maxConnections());
    assertEquals(5, ListenOptions.parse(Map.of("maxConnections", 5, "maxPortConnections", -1)).maxConnections());
  }

  @Test
  void unknownNamesAreRejectedWithTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ListenOptions.parse(Map.of("idleTimout", "5s")));
    assertTrue(e.getMessage().startsWith("idleTimout: '5s' (expected: a TCP listen option, one of bufferLimit, congestionLimit, idleTimeout"), e.getMessage());
  }

  @Test
  void optionsWithoutEffectOnTcpAreCheckedButAccepted() {
    ListenOptions.parse(Map.of("masquerade", true, "peerStats", true, "maxPacketSize", "16k", "transparent", false));
    assertThrows(IllegalArgumentException.class, () -> ListenOptions.parse(Map.of("peerStats", 3)));
  }

  @Test
  void transparentIsAFlag() {
    assertTrue(ListenOptions.parse(Map.of("transparent", true)).transparent());
    assertFalse(ListenOptions.parse(Map.of("transparent", false)).transparent());
    assertFalse(ListenOptions.DEFAULTS.transparent());
    assertThrows(IllegalArgumentException.class, () -> ListenOptions.parse(Map.of("transparent", "yes please")));
  }

  @Test
  void otherProtocolsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ListenOptions.parse(Map.of("protocol", "udp")));
    assertEquals("protocol: 'udp' (expected: 'tcp')", e.getMessage());
  }
}
