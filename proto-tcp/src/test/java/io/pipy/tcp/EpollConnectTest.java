package io.pipy.tcp;

import io.netty.channel.epoll.Epoll;

/** The connect filter on native epoll event loops, where the platform has them. */
class EpollConnectTest extends ConnectSuite {

  @Override
  String io() {
    return "epoll";
  }

  @Override
  boolean available() {
    return Epoll.isAvailable();
  }
}
