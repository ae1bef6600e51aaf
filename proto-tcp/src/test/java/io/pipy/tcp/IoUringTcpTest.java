package io.pipy.tcp;

import io.netty.channel.uring.IoUring;

/** The TCP transport on io_uring event loops (--io=io_uring), where the kernel allows them. */
class IoUringTcpTest extends TcpTransportSuite {

  @Override
  String io() {
    return "io_uring";
  }

  @Override
  boolean available() {
    return IoUring.isAvailable();
  }
}
