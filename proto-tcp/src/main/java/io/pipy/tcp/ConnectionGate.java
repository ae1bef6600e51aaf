package io.pipy.tcp;

import io.netty.channel.Channel;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Enforces {@code maxConnections}. Connections beyond the limit are not refused: the acceptors
 * stop accepting, so new clients wait in the kernel's backlog, and the few that were accepted
 * in the same batch wait here, unregistered and unread, until a connection leaves.
 *
 * <p>Acceptors and connections live on different worker threads; the counters are changed under
 * this object's lock, which is taken once when a connection opens and once when it closes, never
 * per read or write. Without a limit only an atomic counter is touched.
 */
final class ConnectionGate {

  private final int max;
  private final Consumer<Channel> starter;
  private final List<Channel> acceptors = new CopyOnWriteArrayList<>();
  private final ArrayDeque<Channel> waiting = new ArrayDeque<>();
  private final AtomicInteger open = new AtomicInteger();
  private boolean accepting = true;
  private boolean closed;

  /**
   * @param max connections served at once, negative for no limit
   * @param starter starts serving an admitted connection (called outside the lock)
   */
  ConnectionGate(int max, Consumer<Channel> starter) {
    this.max = max;
    this.starter = starter;
  }

  /** Whether there is a limit at all. */
  boolean limited() {
    return max >= 0;
  }

  /** Connections being served now. */
  int openCount() {
    return open.get();
  }

  /** Connections accepted but waiting for a free slot. */
  synchronized int waitingCount() {
    return waiting.size();
  }

  /** Adds a server channel to pause and resume; returns whether it should accept from the start. */
  synchronized boolean addAcceptor(Channel acceptor) {
    acceptors.add(acceptor);
    return accepting = !limited() || open.get() < max;
  }

  /**
   * Called by an acceptor for each accepted connection: true if it may be served now; otherwise
   * it is queued (or closed, if the listener is closing) and the acceptors pause.
   */
  boolean enter(Channel child) {
    if (!limited()) {
      open.incrementAndGet();
      return true;
    }
    synchronized (this) {
      if (closed) {
        child.unsafe().closeForcibly();
        return false;
      }
      if (open.get() < max && waiting.isEmpty()) {
        if (open.incrementAndGet() >= max) setAccepting(false);
        return true;
      }
      waiting.add(child);
      setAccepting(false);
      return false;
    }
  }

  /** Called once for every connection {@link #enter entered} when it is over; admits a waiting one. */
  void leave() {
    if (!limited()) {
      open.decrementAndGet();
      return;
    }
    Channel next;
    synchronized (this) {
      open.decrementAndGet();
      next = closed ? null : waiting.poll();
      if (next != null) {
        open.incrementAndGet();
      } else if (!closed && open.get() < max) {
        setAccepting(true);
      }
    }
    if (next != null) starter.accept(next);
  }

  /** Re-enables accepting on {@code acceptor} after a pause for an accept error, if there is room. */
  synchronized void resume(Channel acceptor) {
    if (!closed && accepting && acceptor.isOpen()) acceptor.config().setAutoRead(true);
  }

  /** Stops admitting; connections still waiting are closed, as un-accepted ones would be. */
  void close() {
    List<Channel> drop;
    synchronized (this) {
      closed = true;
      drop = List.copyOf(waiting);
      waiting.clear();
    }
    for (Channel c : drop) c.unsafe().closeForcibly();
  }

  private void setAccepting(boolean on) {
    if (accepting == on) return;
    accepting = on;
    // setAutoRead may be called from any thread; turning it on schedules a read on the acceptor's loop.
    for (Channel a : acceptors) {
      if (a.isOpen()) a.config().setAutoRead(on);
    }
  }
}
