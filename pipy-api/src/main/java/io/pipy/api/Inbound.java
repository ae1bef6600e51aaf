package io.pipy.api;

/**
 * A connection a stream came in through, as scripts see it in {@code __inbound}. Addresses are
 * textual IPs ({@code "127.0.0.1"}, {@code "::1"}); ports are numbers.
 */
public interface Inbound {

  /** A number unique among the process's inbound connections. */
  long id();

  /** The local IP address the connection was accepted on. */
  String localAddress();

  /** The local port. */
  int localPort();

  /** The peer's IP address. */
  String remoteAddress();

  /** The peer's port. */
  int remotePort();

  /** The original destination address (transparent proxying), or the local address. */
  default String destinationAddress() {
    return localAddress();
  }

  /** The original destination port (transparent proxying), or the local port. */
  default int destinationPort() {
    return localPort();
  }
}
