package io.pipy.tcp;

import io.netty.util.concurrent.FastThreadLocal;
import io.pipy.api.Inbound;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The inbound and outbound connections open on one worker, in the order they opened: what
 * {@code pipy.inbound} and {@code pipy.outbound} list ({@code count}, {@code forEach}). As in
 * Pipy, each worker sees only its own connections.
 *
 * <p>One instance per worker thread (a worker is one thread); changed and read on that thread only.
 */
public final class Connections {

  private static final FastThreadLocal<Connections> PER_WORKER = new FastThreadLocal<>() {
    @Override
    protected Connections initialValue() {
      return new Connections();
    }
  };

  private final Set<Inbound> inbounds = new LinkedHashSet<>();
  private final Set<Outbound> outbounds = new LinkedHashSet<>();

  private Connections() {
  }

  /** The connections of the worker whose thread calls. */
  public static Connections ofThisWorker() {
    return PER_WORKER.get();
  }

  /** The number of open inbound connections (TCP connections and UDP peers). */
  public int inboundCount() {
    return inbounds.size();
  }

  /** The number of outbound connections of {@code connect} filters not yet reset. */
  public int outboundCount() {
    return outbounds.size();
  }

  /**
   * Calls {@code each} for every open inbound until it returns false. Connections that open or
   * close meanwhile do not disturb the walk: it goes over a snapshot.
   */
  public void forEachInbound(Predicate<? super Inbound> each) {
    for (Inbound i : new ArrayList<>(inbounds)) if (!each.test(i)) return;
  }

  /** Calls {@code each} for every outbound until it returns false; walks a snapshot. */
  public void forEachOutbound(Predicate<? super Outbound> each) {
    for (Outbound o : new ArrayList<>(outbounds)) if (!each.test(o)) return;
  }

  /** The open inbounds, oldest first. */
  public List<Inbound> inbounds() {
    return List.copyOf(inbounds);
  }

  /** The open outbounds, oldest first. */
  public List<Outbound> outbounds() {
    return List.copyOf(outbounds);
  }

  void opened(Inbound in) {
    inbounds.add(in);
  }

  void closed(Inbound in) {
    inbounds.remove(in);
  }

  void opened(Outbound out) {
    outbounds.add(out);
  }

  void closed(Outbound out) {
    outbounds.remove(out);
  }
}
