package io.pipy.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The socket addresses {@code getsockopt(SO_ORIGINAL_DST)} fills in, as the kernel lays them out. */
@Timeout(10)
class OriginalDestinationTest {

  @Test
  void readsASockaddrIn() {
    // AF_INET = 2 in host (little-endian) order, port 8080 = 0x1f90 big-endian, 10.1.2.3, padding.
    ByteBuffer raw = ByteBuffer.wrap(new byte[] {2, 0, 0x1f, (byte) 0x90, 10, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0});
    InetSocketAddress a = OriginalDestination.parseIpv4(raw);
    assertEquals("10.1.2.3", a.getAddress().getHostAddress());
    assertEquals(8080, a.getPort());
  }

  @Test
  void readsASockaddrIn6() {
    byte[] b = new byte[28];
    b[0] = 10; // AF_INET6
    b[2] = (byte) 0xc3; // port 50000 = 0xc350
    b[3] = 0x50;
    b[8] = 0x20; // 2001:db8::7
    b[9] = 0x01;
    b[10] = 0x0d;
    b[11] = (byte) 0xb8;
    b[23] = 7;
    InetSocketAddress a = OriginalDestination.parseIpv6(ByteBuffer.wrap(b));
    assertEquals("2001:db8:0:0:0:0:0:7", a.getAddress().getHostAddress());
    assertEquals(50000, a.getPort());
  }

  @Test
  void shortBuffersGiveNothing() {
    assertNull(OriginalDestination.parseIpv4(ByteBuffer.allocate(4)));
    assertNull(OriginalDestination.parseIpv6(ByteBuffer.allocate(20)));
  }
}
