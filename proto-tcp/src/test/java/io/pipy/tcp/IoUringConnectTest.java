package io.pipy.tcp;

import io.netty.channel.uring.IoUring;

/** The connect filter on io_uring event loops (--io=io_uring), where the kernel allows them. */
class IoUringConnectTest extends ConnectSuite {

  @Override
  String io() {
    return "io_uring";
  }

  @Override
  boolean available() {
    return IoUring.isAvailable();
  }
}
