package io.pipy.tcp;

import io.netty.channel.epoll.Epoll;

/** UDP on native epoll event loops, where the platform has them. */
class EpollUdpTest extends UdpSuite {

  @Override
  String io() {
    return "epoll";
  }

  @Override
  boolean available() {
    return Epoll.isAvailable();
  }
}
