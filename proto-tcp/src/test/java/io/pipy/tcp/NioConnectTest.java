package io.pipy.tcp;

/** The connect filter on NIO event loops. */
class NioConnectTest extends ConnectSuite {

  @Override
  String io() {
    return "nio";
  }

  @Override
  boolean available() {
    return true;
  }
}
