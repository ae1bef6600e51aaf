package io.pipy.tcp;

/** The TCP transport on NIO event loops. */
class NioTcpTest extends TcpTransportSuite {

  @Override
  String io() {
    return "nio";
  }

  @Override
  boolean available() {
    return true;
  }
}
