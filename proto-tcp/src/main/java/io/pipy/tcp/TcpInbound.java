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
  private String localText;
  private String remoteText;
  /** Actions waiting for the close; null when none (the common case) or once closed. */
  private List<Runnable> onClose;
  private boolean closed;

  /** The next inbound id, shared by every kind of inbound. */
  static long nextId() {
    return IDS.incrementAndGet();
  }

  TcpInbound(InetSocketAddress local, InetSocketAddress remote) {
    this.local = local;
    this.remote = remote;
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
  public boolean onClose(Runnable action) {
    if (closed) {
      action.run();
    } else {
      if (onClose == null) onClose = new ArrayList<>(2);
      onClose.add(action);
    }
    return true;
  }

  /** The connection has closed and its pipeline is released: runs the close actions, once. */
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

  /** {@code [remote]:port -> [local]:port}, Pipy's way of naming an inbound in logs. */
  @Override
  public String toString() {
    return "[inbound] [" + remoteAddress() + "]:" + remotePort() + " -> [" + localAddress() + "]:" + localPort();
  }
}
