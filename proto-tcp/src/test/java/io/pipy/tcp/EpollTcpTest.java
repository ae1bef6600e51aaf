package io.pipy.tcp;

import io.netty.channel.epoll.Epoll;

/** The TCP transport on native epoll event loops, where the platform has them. */
class EpollTcpTest extends TcpTransportSuite {

  @Override
  String io() {
    return "epoll";
  }

  @Override
  boolean available() {
    return Epoll.isAvailable();
  }
}
