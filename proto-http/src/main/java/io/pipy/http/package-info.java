/**
 * HTTP for Pipy scripts: the HTTP/1.x codec filters ({@code decodeHTTPRequest},
 * {@code decodeHTTPResponse}, {@code encodeHTTPRequest}, {@code encodeHTTPResponse}),
 * {@code serveHTTP}, {@code demuxHTTP} and {@code muxHTTP} (HTTP/1.x and HTTP/2), and the tunnel
 * filters {@code acceptHTTPTunnel} and {@code connectHTTPTunnel}.
 *
 * <p>HTTP/2 runs on {@link io.pipy.api.Data} events too: {@code H2Endpoint} uses Netty's frame
 * reader and HPACK as libraries on byte buffers, never a channel pipeline.
 *
 * <p>The HTTP/1.x codec is our own and works on {@link io.pipy.api.Data} events, so it runs in any
 * pipeline whatever carries the bytes. Decoding is a state machine ({@code Http1Decoder}) that
 * copies only head bytes and hands body bytes on as retained slices; encoding writes heads into
 * a reusable scratch array ({@code HeadWriter}) and sends one buffer per head.
 *
 * <p>Heads are plain script objects shaped as Pipy shapes them: requests have {@code protocol},
 * {@code headers}, {@code headerNames}, {@code method} and {@code path}; responses have
 * {@code protocol}, {@code headers}, {@code headerNames}, {@code status} and {@code statusText}.
 * Header names are lower case; {@code headerNames} maps a lower-case name to its original
 * spelling when they differ, and encoders write that spelling back.
 */
package io.pipy.http;
