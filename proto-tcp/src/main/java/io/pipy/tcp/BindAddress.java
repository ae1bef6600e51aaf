package io.pipy.tcp;

import java.net.InetSocketAddress;

/** The local address a {@code connect} binds: {@code 'ip'}, {@code 'ip:port'} or {@code '[ipv6]:port'}. */
final class BindAddress {

  private BindAddress() {
  }

  /**
   * The socket address for {@code text}; port 0 when none is given.
   *
   * @throws IllegalArgumentException if it is not an IP with an optional port
   */
  static InetSocketAddress parse(String text) {
    String t = text.strip();
    try {
      return new InetSocketAddress(IpText.parse(t), 0);
    } catch (IllegalArgumentException notJustAnIp) {
      Target target = Target.parse(t);
      if (target.ip() == null) throw new IllegalArgumentException("bind: '" + text + "' (expected: an IP address with an optional port)");
      return new InetSocketAddress(target.ip(), target.port());
    }
  }
}
