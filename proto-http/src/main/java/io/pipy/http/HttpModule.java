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
    // Content codings, multipart, WebSocket, URL and the http namespace.
    registry.filter(new NamedFactory("compressHTTP", CompressHttp::create));
    registry.filter(new NamedFactory("decompressHTTP", DecompressHttp::create));
    registry.filter(new NamedFactory("decodeMultipart", DecodeMultipart::create));
    registry.filter(new NamedFactory("decodeWebSocket", DecodeWebSocket::create));
    registry.filter(new NamedFactory("encodeWebSocket", EncodeWebSocket::create));
    HttpGlobals.install(registry);
  }
}
