package io.pipy.tcp;

import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;

/** IP addresses as scripts see them, and IP literals as scripts write them. */
final class IpText {

  private IpText() {
  }

  /**
   * The textual form of {@code address}: dotted IPv4, or compressed IPv6 ({@code "::1"}, no
   * brackets). An IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}, which a dual-stack socket
   * reports for IPv4 peers) is shown as the plain IPv4 address it stands for, so a script sees
   * the same peer address whether the listener is bound to {@code 0.0.0.0} or to all addresses.
   */
  static String of(InetAddress address) {
    if (address == null) return "";
    if (address instanceof Inet6Address a6) {
      byte[] b = a6.getAddress();
      if (isV4Mapped(b)) return (b[12] & 255) + "." + (b[13] & 255) + "." + (b[14] & 255) + "." + (b[15] & 255);
      String text = NetUtil.toAddressString(a6);
      int scope = a6.getScopeId();
      if (scope != 0) {
        NetworkInterface nif = a6.getScopedInterface();
        text += "%" + (nif != null ? nif.getName() : Integer.toString(scope));
      }
      return text;
    }
    return address.getHostAddress();
  }

  private static boolean isV4Mapped(byte[] b) {
    if (b.length != 16) return false;
    for (int i = 0; i < 10; i++) if (b[i] != 0) return false;
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }

  /**
   * The address of an IP literal ({@code "127.0.0.1"}, {@code "::1"}, {@code "[::1]"}), without
   * any name lookup.
   *
   * @throws IllegalArgumentException if {@code text} is not an IP literal
   */
  static InetAddress parse(String text) {
    String t = text.strip();
    if (t.length() > 1 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']') t = t.substring(1, t.length() - 1);
    InetAddress a = NetUtil.createInetAddressFromIpAddressString(t);
    if (a == null) throw new IllegalArgumentException("address: '" + text + "' (expected: an IPv4 or IPv6 address)");
    return a;
  }
}
