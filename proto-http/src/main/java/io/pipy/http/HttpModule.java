package io.pipy.http;

import io.pipy.api.PipyModule;
import io.pipy.api.Registry;

/**
 * The {@code proto-http} module: registers the HTTP filters with the engine. Found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.pipy.api.PipyModule}).
 */
public final class HttpModule implements PipyModule {

  /** Used by {@link java.util.ServiceLoader}. */
  public HttpModule() {
  }

  @Override
  public String name() {
    return "proto-http";
  }

  @Override
  public void install(Registry registry) {
    registry.filter(new NamedFactory("decodeHTTPRequest", DecodeHttpRequest::create));
    registry.filter(new NamedFactory("decodeHTTPResponse", DecodeHttpResponse::create));
    registry.filter(new NamedFactory("encodeHTTPRequest", EncodeHttpRequest::create));
    registry.filter(new NamedFactory("encodeHTTPResponse", EncodeHttpResponse::create));
    registry.filter(new NamedFactory("serveHTTP", ServeHttp::create));
    registry.filter(new NamedFactory("demuxHTTP", DemuxHttp::create));
    registry.filter(new NamedFactory("muxHTTP", MuxHttp::create));
    registry.filter(new NamedFactory("acceptHTTPTunnel", AcceptHttpTunnel::create));
    registry.filter(new NamedFactory("connectHTTPTunnel", ConnectHttpTunnel::create));
  }
}
