/**
 * The TCP listen transport ({@code proto-tcp}): listening sockets on the workers' Netty event
 * loops (native epoll, or NIO), one root pipeline per accepted connection, Pipy's listen options,
 * half-close, timeouts and back-pressure.
 *
 * <p>Entry points: {@link io.pipy.tcp.TcpModule} (found by {@link java.util.ServiceLoader}) and
 * {@link io.pipy.tcp.TcpTransport}. Everything else is package-private.
 */
package io.pipy.tcp;
