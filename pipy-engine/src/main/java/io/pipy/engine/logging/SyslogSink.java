package io.pipy.engine.logging;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Log lines to the local syslog daemon as RFC 3164 datagrams to UDP port 514 of the loopback
 * address (the JDK cannot open the {@code /dev/log} datagram socket), facility {@code user}.
 */
final class SyslogSink extends LogSink {

  static final List<String> PRIORITIES = List.of("EMERG", "ALERT", "CRIT", "ERR", "WARNING", "NOTICE", "INFO", "DEBUG");

  private final int priority;
  private final InetSocketAddress target;
  private DatagramSocket socket;

  SyslogSink(String priority, InetSocketAddress target) {
    super("syslog:" + priority, 100_000, 16L << 20);
    this.priority = 8 + PRIORITIES.indexOf(priority);
    this.target = target;
  }

  static SyslogSink local(String priority) {
    return new SyslogSink(priority, new InetSocketAddress(InetAddress.getLoopbackAddress(), 514));
  }

  @Override
  protected void write(List<Record> batch) throws Exception {
    if (socket == null) socket = new DatagramSocket();
    for (Record r : batch) {
      byte[] head = ("<" + priority + ">" + r.logger() + ": ").getBytes(StandardCharsets.UTF_8);
      byte[] msg = new byte[Math.min(head.length + r.bytes().length, 8192)];
      System.arraycopy(head, 0, msg, 0, head.length);
      System.arraycopy(r.bytes(), 0, msg, head.length, msg.length - head.length);
      socket.send(new DatagramPacket(msg, msg.length, target));
    }
  }

  @Override
  protected long idleNanos() {
    return 0;
  }
}
