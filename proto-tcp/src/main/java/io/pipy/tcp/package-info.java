/**
 * TCP and UDP ({@code proto-tcp}): listening sockets and {@code connect} on the workers' Netty
 * event loops (native epoll, io_uring when asked for, or NIO), one root pipeline per accepted connection or UDP peer,
 * Pipy's listen and connect options, half-close, timeouts, retries and back-pressure.
 *
 * <p>Entry points: {@link io.pipy.tcp.TcpModule} (found by {@link java.util.ServiceLoader}),
 * {@link io.pipy.tcp.TcpTransport}, {@link io.pipy.tcp.UdpTransport}, the script-visible
 * {@link io.pipy.tcp.Outbound} and {@link io.pipy.tcp.ConnectionList}, and
 * {@link io.pipy.tcp.Connections}. Everything else is package-private.
 */
package io.pipy.tcp;
