package io.pipy.tcp;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.unix.UnixChannelOption;
import io.netty.channel.socket.DatagramChannel;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open UDP listener: one datagram socket on worker 0's loop, or with SO_REUSEPORT (epoll or io_uring
 * only) one per worker, each serving the peers the kernel sends it. Each peer address is a
 * stream ({@link UdpPeer}) on the worker of the socket it came in through. Closing the listener
 * closes the sockets, which ends every peer's stream (UDP peers cannot outlive their socket).
 */
final class UdpListener implements Listener {

  private static final long BIND_WAIT_SECONDS = 30;

  private final ListenSpec spec;
  private final ListenOptions options;
  private final int maxPacketSize;
  private final List<Worker> workers;
  private final String io;
  private final List<UdpSocket> sockets = new ArrayList<>();
  private final AtomicInteger peers = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private KeepAlive keepAlive;
  private int port;

  private UdpListener(ListenSpec spec, ListenOptions options, int maxPacketSize, List<Worker> workers, String io) {
    this.spec = spec;
    this.options = options;
    this.maxPacketSize = maxPacketSize;
    this.workers = workers;
    this.io = io;
  }

  static UdpListener open(ListenSpec spec, ListenOptions options, int maxPacketSize) throws IOException {
    List<PipelineLayout> layouts = spec.layouts();
    if (layouts == null || layouts.isEmpty()) throw new IllegalArgumentException("no pipeline layout to listen with");
    List<Worker> workers = new ArrayList<>();
    for (PipelineLayout l : layouts) workers.add(l.worker());
    String io = workers.get(0).ioTransport();
    InetAddress address = spec.address() == null ? null : IpText.parse(spec.address());
    UdpListener l = new UdpListener(spec, options, maxPacketSize, List.copyOf(workers), io);
    try {
      l.bind(address);
    } catch (IOException | RuntimeException e) {
      l.close();
      throw e;
    }
    return l;
  }

  private void bind(InetAddress address) throws IOException {
    boolean reusePort = spec.reusePort() && IoChannels.supportsReusePort(io) && workers.size() > 1;
    port = bindOne(workers.get(0), 0, address, spec.port(), reusePort);
    if (reusePort) for (int i = 1; i < workers.size(); i++) bindOne(workers.get(i), i, address, port, true);
    keepAlive = workers.get(0).keepAlive("UDP listener on " + where());
  }

  private int bindOne(Worker worker, int index, InetAddress address, int port, boolean reusePort) throws IOException {
    DatagramChannel ch = IoChannels.newDatagramChannel(io, address);
    ch.config().setOption(ChannelOption.SO_REUSEADDR, true);
    if (reusePort) ch.config().setOption(UnixChannelOption.SO_REUSEPORT, true);
    ch.config().setRecvByteBufAllocator(new FixedRecvByteBufAllocator(maxPacketSize));
    long high = options.congestionLimit() > 0 ? Math.min(options.congestionLimit(), Integer.MAX_VALUE) : Integer.MAX_VALUE;
    ch.config().setWriteBufferWaterMark(new WriteBufferWaterMark((int) (high / 2), (int) high));
    UdpSocket s = new UdpSocket(this, worker, spec.layouts().get(index), options, ch);
    ch.pipeline().addLast(s);
    synchronized (sockets) {
      sockets.add(s);
    }
    await(((EventLoop) worker.executor()).register(ch));
    await(ch.bind(IoChannels.bindAddress(io, address, port)));
    return ((InetSocketAddress) ch.localAddress()).getPort();
  }

  private void await(ChannelFuture f) throws IOException {
    if (!f.isDone()) {
      for (Worker w : workers) {
        if (w.inWorkerThread()) throw new IllegalStateException("UDP listen must be called off the worker threads: it waits for the bind");
      }
      if (!f.awaitUninterruptibly(BIND_WAIT_SECONDS, TimeUnit.SECONDS)) throw new IOException("timed out binding " + spec.describe());
    }
    if (!f.isSuccess()) throw new IOException(NetErrors.describe(f.cause()), f.cause());
  }

  private String where() {
    return new ListenSpec(spec.address(), port, spec.options(), spec.layouts(), spec.reusePort()).describe();
  }

  /** Admits a new peer unless {@code maxConnections} peers are served already. */
  boolean admit() {
    int max = options.maxConnections();
    if (closed.get()) return false;
    if (max < 0) {
      peers.incrementAndGet();
      return true;
    }
    while (true) {
      int n = peers.get();
      if (n >= max) return false;
      if (peers.compareAndSet(n, n + 1)) return true;
    }
  }

  /** A peer admitted by {@link #admit()} is over. */
  void left() {
    peers.decrementAndGet();
  }

  String describe() {
    return "UDP " + where();
  }

  @Override
  public int port() {
    return port;
  }

  /** Peers being served now, over all sockets. */
  int peerCount() {
    return peers.get();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    List<ChannelFuture> closing = new ArrayList<>();
    synchronized (sockets) {
      for (UdpSocket s : sockets) closing.add(s.channel().close());
    }
    boolean onWorker = false;
    for (Worker w : workers) onWorker |= w.inWorkerThread();
    if (!onWorker) for (ChannelFuture f : closing) f.awaitUninterruptibly(5, TimeUnit.SECONDS);
    if (keepAlive != null) keepAlive.close();
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug("[listener] closed " + describe());
  }
}
