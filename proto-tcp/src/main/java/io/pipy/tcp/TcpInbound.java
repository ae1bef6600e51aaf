package io.pipy.tcp;

import io.pipy.api.Inbound;
import io.pipy.api.Log;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An accepted TCP connection as scripts see it ({@code __inbound}). Addresses are captured when
 * the connection opens (they stay readable after it closes) and turned into text on first use.
 */
final class TcpInbound implements Inbound {

  /** Ids count from 1 across the process, like Pipy's. */
  private static final AtomicLong IDS = new AtomicLong();

  private final long id = nextId();
  private final InetSocketAddress local;
  private final InetSocketAddress remote;
  /** The original destination of a transparent listener's connection; null: not transparent. */
  private final InetSocketAddress destination;
  private String localText;
  private String remoteText;
  private String destinationText;
  /** Actions waiting for the close; null when none (the common case) or once closed. */
  private List<Runnable> onClose;
  private boolean closed;

  /** The next inbound id, shared by every kind of inbound. */
  static long nextId() {
    return IDS.incrementAndGet();
  }

  TcpInbound(InetSocketAddress local, InetSocketAddress remote) {
    this(local, remote, null);
  }

  /**
   * An inbound of a transparent listener: {@code destination} is where the peer sent the
   * connection before a redirect, or null if nothing redirected it (then, as for any listener,
   * the local address is the destination: with TPROXY rules the two are the same).
   */
  TcpInbound(InetSocketAddress local, InetSocketAddress remote, InetSocketAddress destination) {
    this.local = local;
    this.remote = remote;
    this.destination = destination;
  }

  @Override
  public long id() {
    return id;
  }

  @Override
  public String localAddress() {
    if (localText == null) localText = local == null ? "" : IpText.of(local.getAddress());
    return localText;
  }

  @Override
  public int localPort() {
    return local == null ? 0 : local.getPort();
  }

  @Override
  public String remoteAddress() {
    if (remoteText == null) remoteText = remote == null ? "" : IpText.of(remote.getAddress());
    return remoteText;
  }

  @Override
  public int remotePort() {
    return remote == null ? 0 : remote.getPort();
  }

  @Override
  public String destinationAddress() {
    if (destination == null) return localAddress();
    if (destinationText == null) destinationText = IpText.of(destination.getAddress());
    return destinationText;
  }

  @Override
  public int destinationPort() {
    return destination == null ? localPort() : destination.getPort();
  }

  @Override
  public boolean onClose(Runnable action) {
    if (closed) {
      action.run();
    } else {
      if (onClose == null) onClose = new ArrayList<>(2);
      onClose.add(action);
    }
    return true;
  }

  /** The connection has closed (its pipeline may still be winding down): runs the close actions, once. */
  void closed() {
    if (closed) return;
    closed = true;
    List<Runnable> actions = onClose;
    onClose = null;
    if (actions == null) return;
    for (Runnable a : actions) {
      try {
        a.run();
      } catch (RuntimeException e) {
        Log.error(this + " close action failed: " + e);
      }
    }
  }

  /**
   * {@code [remote]:port -> [local]:port}, Pipy's way of naming an inbound in logs, followed by
   * {@code -> [destination]:port} for a redirected connection.
   */
  @Override
  public String toString() {
    String s = "[inbound] [" + remoteAddress() + "]:" + remotePort() + " -> [" + localAddress() + "]:" + localPort();
    return destination == null ? s : s + " -> [" + destinationAddress() + "]:" + destinationPort();
  }
}
