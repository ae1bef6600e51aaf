package io.pipy.tcp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.MaxMessagesRecvByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.channel.ServerChannel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.unix.IntegerUnixChannelOption;
import io.netty.channel.unix.UnixChannelOption;
import io.pipy.api.KeepAlive;
import io.pipy.api.ListenSpec;
import io.pipy.api.Listener;
import io.pipy.api.Log;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Worker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open TCP listener: one listening socket on worker 0's loop whose connections are spread
 * over all workers, or with SO_REUSEPORT (epoll or io_uring) one socket per worker on its own loop.
 * Holds a keep-alive on worker 0 while open. Closing it stops accepting; connections already
 * being served carry on, as in Pipy.
 */
final class TcpListener implements Listener {

  private static final long BIND_WAIT_SECONDS = 30;

  private final ListenSpec spec;
  private final ListenOptions options;
  private final List<Worker> workers;
  private final String io;
  private final WriteBufferWaterMark waterMark;
  private final ConnectionGate gate;
  private final List<Channel> serverChannels = new ArrayList<>();
  private final Set<TcpConnection> connections = ConcurrentHashMap.newKeySet();
  private final AtomicInteger nextWorker = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private KeepAlive keepAlive;
  private int port;

  private TcpListener(ListenSpec spec, ListenOptions options, List<Worker> workers, String io) {
    this.spec = spec;
    this.options = options;
    this.workers = workers;
    this.io = io;
    long high = options.congestionLimit() > 0 ? Math.min(options.congestionLimit(), Integer.MAX_VALUE) : Integer.MAX_VALUE;
    this.waterMark = new WriteBufferWaterMark((int) (high / 2), (int) high);
    this.gate = new ConnectionGate(options.maxConnections(), child -> serve(child, null));
  }

  /** Binds as {@code spec} says and starts accepting. */
  static TcpListener open(ListenSpec spec, ListenOptions options) throws IOException {
    List<PipelineLayout> layouts = spec.layouts();
    if (layouts == null || layouts.isEmpty()) throw new IllegalArgumentException("no pipeline layout to listen with");
    List<Worker> workers = new ArrayList<>(layouts.size());
    for (int i = 0; i < layouts.size(); i++) {
      Worker w = layouts.get(i).worker();
      if (w.index() != i) throw new IllegalArgumentException("layout " + i + " belongs to worker " + w.index());
      workers.add(w);
    }
    String io = workers.get(0).ioTransport();
    for (Worker w : workers) {
      if (!io.equals(w.ioTransport())) throw new IllegalArgumentException("workers use different I/O transports: " + io + ", " + w.ioTransport());
    }
    InetAddress address = spec.address() == null ? null : IpText.parse(spec.address());
    TcpListener l = new TcpListener(spec, options, List.copyOf(workers), io);
    try {
      l.bind(address);
    } catch (IOException | RuntimeException e) {
      l.close();
      throw e;
    }
    return l;
  }

  private void bind(InetAddress address) throws IOException {
    boolean reusePort = spec.reusePort();
    if (reusePort && !IoChannels.supportsReusePort(io)) {
      Log.warn("[listener] SO_REUSEPORT needs a native transport, epoll or io_uring (this is " + io
          + "); " + spec.describe() + " accepts on one socket and hands connections to the workers");
      reusePort = false;
    }
    if (!reusePort) {
      port = bindOne(workers.get(0), null, address, spec.port(), false);
    } else {
      // The first socket settles the port (it may have been 0); the others share it.
      port = bindOne(workers.get(0), workers.get(0), address, spec.port(), true);
      for (int i = 1; i < workers.size(); i++) bindOne(workers.get(i), workers.get(i), address, port, true);
    }
    keepAlive = workers.get(0).keepAlive("TCP listener on " + where());
  }

  /** {@code address:port} with the port actually bound. */
  private String where() {
    return new ListenSpec(spec.address(), port, spec.options(), spec.layouts(), spec.reusePort()).describe();
  }

  /** Opens one listening socket on {@code loopOwner}'s loop; returns the bound port. */
  private int bindOne(Worker loopOwner, Worker own, InetAddress address, int port, boolean reusePort) throws IOException {
    EventLoop loop = (EventLoop) loopOwner.executor();
    ServerChannel ch = IoChannels.newServerChannel(io, address);
    ch.config().setOption(ChannelOption.SO_REUSEADDR, true);
    if (reusePort) ch.config().setOption(UnixChannelOption.SO_REUSEPORT, true);
    if (options.transparent()) makeTransparent(ch);
    if (gate.limited()) {
      // Accept one at a time, so the gate can stop accepting exactly at the limit.
      RecvByteBufAllocator a = ch.config().getRecvByteBufAllocator();
      if (a instanceof MaxMessagesRecvByteBufAllocator m) m.maxMessagesPerRead(1);
    }
    ch.pipeline().addLast(new Acceptor(this, gate, own));
    synchronized (serverChannels) {
      serverChannels.add(ch);
    }
    ch.config().setAutoRead(gate.addAcceptor(ch));
    await(loop.register(ch));
    await(ch.bind(IoChannels.bindAddress(io, address, port)));
    return ((InetSocketAddress) ch.localAddress()).getPort();
  }

  /** {@code IP_TRANSPARENT} ({@code SOL_IP}, 19): lets the socket take connections TPROXY rules send it. */
  private static final IntegerUnixChannelOption IP_TRANSPARENT = new IntegerUnixChannelOption("IP_TRANSPARENT", 0, 19);

  /**
   * Prepares a transparent listener's socket as Pipy does: {@code IP_TRANSPARENT}, so TPROXY
   * rules can hand it connections for any address. That needs CAP_NET_ADMIN; without it Pipy
   * carries on silently, and so do we after a warning, since connections sent by REDIRECT rules
   * (the common sidecar setup) need no privilege and still report their original destination.
   */
  private void makeTransparent(ServerChannel ch) throws IOException {
    if (!IoChannels.supportsRawOptions(io)) {
      throw new IOException("transparent mode needs a native transport, epoll or io_uring (this is " + io + ")");
    }
    try {
      ch.config().setOption(IP_TRANSPARENT, 1);
    } catch (ChannelException e) {
      Log.warn("[listener] " + spec.describe() + ": cannot set IP_TRANSPARENT (" + e.getMessage()
          + "); connections redirected by REDIRECT rules are still served with their original destination");
    }
  }

  /** Waits for a bind step; only possible off the worker threads (or when it completed at once). */
  private void await(ChannelFuture f) throws IOException {
    if (!f.isDone()) {
      if (onWorkerThread()) {
        throw new IllegalStateException("TCP listen must be called off the worker threads: it waits for the bind");
      }
      if (!f.awaitUninterruptibly(BIND_WAIT_SECONDS, TimeUnit.SECONDS)) throw new IOException("timed out binding " + spec.describe());
    }
    if (!f.isSuccess()) {
      Throwable c = f.cause();
      throw new IOException(NetErrors.describe(c), c);
    }
  }

  private boolean onWorkerThread() {
    for (Worker w : workers) if (w.inWorkerThread()) return true;
    return false;
  }

  /** Serves an admitted connection on {@code worker}, or on the next worker round robin if null. */
  void serve(Channel child, Worker worker) {
    Worker w = worker != null ? worker : workers.get(Math.floorMod(nextWorker.getAndIncrement(), workers.size()));
    try {
      child.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
      child.config().setOption(ChannelOption.TCP_NODELAY, options.noDelay());
      child.config().setOption(ChannelOption.SO_KEEPALIVE, options.keepAlive());
      child.config().setWriteBufferWaterMark(waterMark);
      child.pipeline().addLast(new TcpConnection(this, w, spec.layouts().get(w.index()), options));
      ((EventLoop) w.executor()).register(child).addListener((ChannelFuture f) -> {
        if (!f.isSuccess()) dropUnregistered(child, f.cause());
      });
    } catch (RuntimeException e) {
      dropUnregistered(child, e);
    }
  }

  private void dropUnregistered(Channel child, Throwable cause) {
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug("[listener] cannot serve a connection on " + spec.describe() + ": " + cause);
    child.unsafe().closeForcibly();
    gate.leave();
  }

  void opened(TcpConnection c) {
    connections.add(c);
  }

  /** Called exactly once per served connection when it is over. */
  void closed(TcpConnection c) {
    connections.remove(c);
    gate.leave();
  }

  String describe() {
    return "TCP " + where();
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    gate.close();
    List<ChannelFuture> closing = new ArrayList<>();
    synchronized (serverChannels) {
      for (Channel ch : serverChannels) closing.add(ch.close());
    }
    // Wait so the port is free when close() returns, unless that would block a worker.
    if (!onWorkerThread()) {
      for (ChannelFuture f : closing) f.awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
    if (keepAlive != null) keepAlive.close();
  }

  // ---- For tests and stats. ----

  /** Connections being served now. */
  Set<TcpConnection> connections() {
    return Collections.unmodifiableSet(connections);
  }

  /** Connections accepted and waiting for a free slot under {@code maxConnections}. */
  int waitingCount() {
    return gate.waitingCount();
  }

  /** How many listening sockets are open. */
  int socketCount() {
    synchronized (serverChannels) {
      int n = 0;
      for (Channel ch : serverChannels) if (ch.isOpen()) n++;
      return n;
    }
  }
}
