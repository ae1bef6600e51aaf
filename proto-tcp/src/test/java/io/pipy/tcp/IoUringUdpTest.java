package io.pipy.tcp;

import io.netty.channel.uring.IoUring;

/** UDP on io_uring event loops (--io=io_uring), where the kernel allows them. */
class IoUringUdpTest extends UdpSuite {

  @Override
  String io() {
    return "io_uring";
  }

  @Override
  boolean available() {
    return IoUring.isAvailable();
  }
}
