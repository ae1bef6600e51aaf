package io.pipy.tls;

import io.pipy.api.PipyModule;
import io.pipy.api.Registry;

/**
 * The {@code proto-tls} module: TLS filters ({@code acceptTLS}, {@code connectTLS},
 * {@code handleTLSClientHello}) and the {@code crypto} namespace, on BouncyCastle.
 *
 * <p>For now it only makes itself known, so the engine lists it among the installed modules; its
 * filters and globals are registered here as they are written.
 */
public final class TlsModule implements PipyModule {

  /** The name used in messages, such as "module proto-tls is not installed". */
  public static final String NAME = "proto-tls";

  /** Called by {@link java.util.ServiceLoader}. */
  public TlsModule() {
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void install(Registry registry) {
    // Nothing yet: acceptTLS, connectTLS, handleTLSClientHello and crypto.* come next.
  }
}
