package io.pipy.tcp;

import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.uring.IoUringDatagramChannel;
import io.netty.channel.uring.IoUringServerSocketChannel;
import io.netty.channel.uring.IoUringSocketChannel;
import io.netty.channel.unix.Socket;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.spi.SelectorProvider;

/**
 * Channels of the kind a worker's event loop drives: an epoll loop only registers Epoll
 * channels, an io_uring loop only IoUring ones, an NIO loop only NIO ones. Accepted connections come out of the server channel
 * already of the matching kind.
 */
final class IoChannels {

  private IoChannels() {
  }

  /** Whether {@code io} (a {@link io.pipy.api.Worker#ioTransport()}) can bind with SO_REUSEPORT. */
  static boolean supportsReusePort(String io) {
    return isNative(io);
  }

  /** Whether sockets of {@code io} take Netty's raw and generic Unix options (getsockopt/setsockopt by number). */
  static boolean supportsRawOptions(String io) {
    return isNative(io);
  }

  /** Whether {@code io} is one of the native Linux transports (sockets from netty's unix layer). */
  private static boolean isNative(String io) {
    return "epoll".equals(io) || "io_uring".equals(io);
  }

  /** An unregistered server channel for loops of type {@code io}, able to bind {@code address} (null: all). */
  static ServerChannel newServerChannel(String io, InetAddress address) {
    // A literal gets a socket of its own family; "all addresses" gets the platform's default
    // (IPv6 dual-stack where available).
    SocketProtocolFamily family = address instanceof Inet4Address ? SocketProtocolFamily.INET
        : address instanceof Inet6Address ? SocketProtocolFamily.INET6 : null;
    switch (io) {
      case "epoll":
        return family == null ? new EpollServerSocketChannel() : new EpollServerSocketChannel(family);
      case "io_uring":
        // Always the platform's default family (dual-stack where available): an IPv4 literal
        // binds as its IPv4-mapped form, which accepts IPv4 peers only.
        return new IoUringServerSocketChannel();
      case "nio":
        return family == null ? new NioServerSocketChannel() : new NioServerSocketChannel(SelectorProvider.provider(), family);
      default:
        throw new IllegalStateException("proto-tcp cannot listen on worker event loops of type '" + io + "' (expected: epoll, io_uring or nio)");
    }
  }

  /** An unregistered TCP client channel for loops of type {@code io}, of the family of {@code remote}. */
  static SocketChannel newSocketChannel(String io, InetAddress remote) {
    SocketProtocolFamily family = remote instanceof Inet6Address ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
    switch (io) {
      case "epoll":
        return new EpollSocketChannel(family);
      case "io_uring":
        return new IoUringSocketChannel(); // dual-stack: reaches IPv4 peers as IPv4-mapped addresses
      case "nio":
        return new NioSocketChannel(SelectorProvider.provider(), family);
      default:
        throw unsupported(io);
    }
  }

  /**
   * An unregistered UDP channel for loops of type {@code io}, for {@code address}'s family, or
   * for the platform's default (dual-stack where available) when null.
   */
  static DatagramChannel newDatagramChannel(String io, InetAddress address) {
    SocketProtocolFamily family = address instanceof Inet4Address ? SocketProtocolFamily.INET
        : address instanceof Inet6Address ? SocketProtocolFamily.INET6 : null;
    switch (io) {
      case "epoll":
        return family == null ? new EpollDatagramChannel() : new EpollDatagramChannel(family);
      case "io_uring":
        return family == null ? new IoUringDatagramChannel() : new IoUringDatagramChannel(family);
      case "nio":
        return family == null ? new NioDatagramChannel() : new NioDatagramChannel(SelectorProvider.provider(), family);
      default:
        throw unsupported(io);
    }
  }

  private static IllegalStateException unsupported(String io) {
    return new IllegalStateException("proto-tcp cannot use worker event loops of type '" + io + "' (expected: epoll, io_uring or nio)");
  }

  /**
   * The socket address to bind: {@code address}, or for null every address. For "every address"
   * an IPv6-capable socket binds {@code ::} (which takes IPv4 too, as IPv4-mapped addresses),
   * otherwise {@code 0.0.0.0}.
   */
  static InetSocketAddress bindAddress(String io, InetAddress address, int port) {
    if (address != null) return new InetSocketAddress(address, port);
    // NIO turns 0.0.0.0 into the IPv6 wildcard on a dual-stack socket by itself; a native
    // socket would take it literally as ::ffff:0.0.0.0 (IPv4 only), so ask for :: explicitly.
    if (isNative(io) && Socket.isIPv6Preferred()) return new InetSocketAddress(ipv6Any(), port);
    return new InetSocketAddress(port);
  }

  private static InetAddress ipv6Any() {
    try {
      return Inet6Address.getByAddress(null, new byte[16], 0);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
