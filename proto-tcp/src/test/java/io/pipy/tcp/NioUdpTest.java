package io.pipy.tcp;

/** UDP on NIO event loops. */
class NioUdpTest extends UdpSuite {

  @Override
  String io() {
    return "nio";
  }

  @Override
  boolean available() {
    return true;
  }
}
