package io.pipy.tcp;

import io.netty.util.NetUtil;
import java.net.InetAddress;

/**
 * Where a {@code connect} goes: {@code 'host:port'} or {@code '[ipv6]:port'}. An IP literal needs
 * no name lookup; so does {@code localhost}, which means {@code 127.0.0.1} as in Pipy.
 *
 * @param host the host as written (brackets removed)
 * @param port the port
 * @param ip the address when {@code host} is an IP literal or {@code localhost}, else null
 */
record Target(String host, int port, InetAddress ip) {

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException {@code invalid address format: …} when it is not host:port
   */
  static Target parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) throw bad(text);
    String host = text.substring(0, colon);
    String portText = text.substring(colon + 1);
    if (host.startsWith("[")) {
      if (!host.endsWith("]") || host.length() < 3) throw bad(text);
      host = host.substring(1, host.length() - 1);
    } else if (host.indexOf(':') >= 0) {
      throw bad(text); // an IPv6 address needs brackets
    }
    int port;
    try {
      port = Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      throw bad(text);
    }
    if (port < 0 || port > 65535 || host.isEmpty()) throw bad(text);
    InetAddress ip = host.equals("localhost") ? NetUtil.LOCALHOST4 : NetUtil.createInetAddressFromIpAddressString(host);
    return new Target(host, port, ip);
  }

  private static IllegalArgumentException bad(String text) {
    return new IllegalArgumentException("invalid address format: " + text + " (expected: 'host:port' or '[ipv6]:port')");
  }
}
