package io.pipy.tcp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelException;
import io.netty.channel.unix.RawUnixChannelOption;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The address a connection was sent to before a netfilter {@code REDIRECT} (or {@code DNAT})
 * rule turned it to our listener: {@code getsockopt(SO_ORIGINAL_DST)}, as Pipy reads it for
 * listeners with {@code transparent: true}. Needs a native transport (the option is read through
 * Netty's raw socket options) and Linux connection tracking.
 */
final class OriginalDestination {

  /** {@code SOL_IP} and {@code SOL_IPV6}. */
  private static final int SOL_IP = 0;
  private static final int SOL_IPV6 = 41;
  /** {@code SO_ORIGINAL_DST}, and its IPv6 twin {@code IP6T_SO_ORIGINAL_DST}: the same number. */
  private static final int SO_ORIGINAL_DST = 80;

  private static final RawUnixChannelOption IPV4 = new RawUnixChannelOption("SO_ORIGINAL_DST", SOL_IP, SO_ORIGINAL_DST, 16);
  private static final RawUnixChannelOption IPV6 = new RawUnixChannelOption("IP6T_SO_ORIGINAL_DST", SOL_IPV6, SO_ORIGINAL_DST, 28);

  private OriginalDestination() {
  }

  /**
   * The original destination of accepted connection {@code ch}, or null when there is none to
   * read (no connection-tracking entry, as for a connection that no rule redirected, or a
   * transport without raw socket options).
   */
  static InetSocketAddress of(Channel ch) {
    InetSocketAddress remote = (InetSocketAddress) ch.remoteAddress();
    // An IPv4 peer on a dual-stack socket shows as a plain Inet4Address here (the JDK unmaps
    // it); its connection is tracked as IPv4.
    boolean v6 = remote != null && remote.getAddress() instanceof Inet6Address;
    ByteBuffer raw;
    try {
      raw = ch.config().getOption(v6 ? IPV6 : IPV4);
    } catch (ChannelException | UnsupportedOperationException e) {
      return null;
    }
    if (raw == null) return null;
    return v6 ? parseIpv6(raw) : parseIpv4(raw);
  }

  /** A {@code struct sockaddr_in}: family (host order), port (network order), 4 address bytes. */
  static InetSocketAddress parseIpv4(ByteBuffer raw) {
    return parse(raw, 4, 4);
  }

  /** A {@code struct sockaddr_in6}: family, port (network order), flow info, 16 address bytes. */
  static InetSocketAddress parseIpv6(ByteBuffer raw) {
    return parse(raw, 8, 16);
  }

  /** The port at offset 2 and the {@code length} address bytes at {@code offset} of a sockaddr. */
  private static InetSocketAddress parse(ByteBuffer raw, int offset, int length) {
    if (raw.remaining() < offset + length) return null;
    int port = raw.order(ByteOrder.BIG_ENDIAN).getShort(raw.position() + 2) & 0xffff;
    byte[] addr = new byte[length];
    raw.get(raw.position() + offset, addr);
    return address(addr, port);
  }

  private static InetSocketAddress address(byte[] addr, int port) {
    try {
      return new InetSocketAddress(InetAddress.getByAddress(addr), port);
    } catch (UnknownHostException e) {
      return null; // only for a wrong length, which the callers rule out
    }
  }
}
