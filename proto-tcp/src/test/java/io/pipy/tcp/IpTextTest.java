package io.pipy.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class IpTextTest {

  @Test
  void ipv4IsDotted() throws Exception {
    assertEquals("10.0.0.1", IpText.of(InetAddress.getByName("10.0.0.1")));
  }

  @Test
  void ipv6IsCompressedWithoutBrackets() throws Exception {
    assertEquals("::1", IpText.of(InetAddress.getByName("::1")));
    assertEquals("::", IpText.of(InetAddress.getByName("::")));
    assertEquals("2001:db8::1:0:0:1", IpText.of(InetAddress.getByName("2001:db8:0:0:1:0:0:1")));
  }

  @Test
  void ipv4MappedIpv6IsShownAsIpv4() throws Exception {
    byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, (byte) 168, 1, 2};
    assertEquals("192.168.1.2", IpText.of(Inet6Address.getByAddress(null, mapped, -1)));
  }

  @Test
  void parsesLiteralsOnly() {
    assertTrue(IpText.parse("127.0.0.1") instanceof Inet4Address);
    assertTrue(IpText.parse("::1") instanceof Inet6Address);
    assertTrue(IpText.parse("[::1]") instanceof Inet6Address);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpText.parse("localhost"));
    assertEquals("address: 'localhost' (expected: an IPv4 or IPv6 address)", e.getMessage());
  }
}
