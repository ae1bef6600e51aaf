package io.pipy.tcp;

import io.pipy.api.PipyModule;
import io.pipy.api.Registry;

/**
 * The {@code proto-tcp} module: contributes the {@code "tcp"} transport that {@code listen}
 * uses to accept TCP connections.
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
  }
}
