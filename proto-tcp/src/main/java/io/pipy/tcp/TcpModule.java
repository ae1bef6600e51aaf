package io.pipy.tcp;

import io.pipy.api.PipyModule;
import io.pipy.api.Registry;

/**
 * The {@code proto-tcp} module: the {@code "tcp"} and {@code "udp"} transports that
 * {@code listen} uses, the {@code connect} filter and the {@code Outbound} objects it makes, and
 * the per-worker connection lists behind {@code pipy.inbound} and {@code pipy.outbound}.
 *
 * <p>The lists are registered as the globals {@code "pipy.inbound"} and {@code "pipy.outbound"}:
 * a dotted name asks the script bridge to make the value a property of its {@code pipy} object.
 */
public final class TcpModule implements PipyModule {

  /** Made by {@link java.util.ServiceLoader}. */
  public TcpModule() {
  }

  @Override
  public String name() {
    return "proto-tcp";
  }

  @Override
  public void install(Registry registry) {
    registry.transport(new TcpTransport());
    registry.transport(new UdpTransport());
    registry.filter(new ConnectFactory());
    registry.hostClass(OutboundClass.CLASS);
    registry.hostClass(ConnectionList.CLASS);
    registry.global("pipy.inbound", ConnectionList.INBOUND);
    registry.global("pipy.outbound", ConnectionList.OUTBOUND);
  }
}
