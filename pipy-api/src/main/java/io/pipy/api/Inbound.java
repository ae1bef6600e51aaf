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

  /**
   * Asks for {@code action} to run, on the connection's worker, once the connection has closed (at
   * once if that has happened already): when the engine closes it, or when it is found gone. Its
   * pipeline gets no input by then but may still be winding down, and the action may run while one
   * of the pipeline's filters is on the stack: it should only give back what it holds, not call
   * into pipelines. Returns false if this kind of inbound cannot tell, and then never runs it;
   * callers fall back to noticing otherwise (such as by the inbound becoming unreachable). Things
   * lent to a connection for its lifetime, like a load balancer's target, go back through this as
   * soon as it closes, as in Pipy.
   */
  default boolean onClose(Runnable action) {
    return false;
  }
}
