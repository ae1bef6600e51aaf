package io.pipy.tcp;

import io.netty.channel.EventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.Inbound;
import io.pipy.api.KeepAlive;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Real workers for transport tests: one Netty event loop group of the requested I/O type, as the
 * engine makes it, and one {@link Worker} per loop, with keep-alives counted so tests can see
 * what holds the process open.
 */
final class TestWorkers implements AutoCloseable {

  private final MultiThreadIoEventLoopGroup group;
  private final List<TestWorker> workers = new ArrayList<>();
  private final String io;

  TestWorkers(String io, int threads) {
    this.io = io;
    IoHandlerFactory factory = switch (io) {
      case "epoll" -> EpollIoHandler.newFactory();
      case "io_uring" -> IoUringIoHandler.newFactory();
      default -> NioIoHandler.newFactory();
    };
    group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("test-" + io, true), factory);
    int i = 0;
    for (EventExecutor e : group) workers.add(new TestWorker(i++, (EventLoop) e, io));
  }

  List<TestWorker> all() {
    return List.copyOf(workers);
  }

  TestWorker get(int index) {
    return workers.get(index);
  }

  /** Keep-alives held on all workers, with their reasons. */
  List<String> keepAlives() {
    List<String> out = new ArrayList<>();
    for (TestWorker w : workers) out.addAll(w.holds.values());
    return out;
  }

  @Override
  public void close() {
    // io_uring finishes closing a socket on the ring, a loop iteration after close() returns; a
    // short quiet period lets the closes a test just started finish instead of being rejected
    // by a loop already shutting down (Netty warns "EventLoop rejected it").
    long quietMillis = "io_uring".equals(io) ? 100 : 0;
    group.shutdownGracefully(quietMillis, 2000, TimeUnit.MILLISECONDS).syncUninterruptibly();
  }

  /** A worker on one event loop of the group. */
  static final class TestWorker implements Worker {
    private final int index;
    private final EventLoop loop;
    private final String io;
    final Map<KeepAlive, String> holds = new ConcurrentHashMap<>();

    TestWorker(int index, EventLoop loop, String io) {
      this.index = index;
      this.loop = loop;
      this.io = io;
    }

    @Override
    public int index() {
      return index;
    }

    @Override
    public ScheduledExecutorService executor() {
      return loop;
    }

    @Override
    public String ioTransport() {
      return io;
    }

    @Override
    public boolean inWorkerThread() {
      return loop.inEventLoop();
    }

    @Override
    public ScriptRuntime scripts() {
      return null;
    }

    @Override
    public Context newContext(Inbound inbound) {
      return new Context(this, ContextTemplate.EMPTY, inbound);
    }

    @Override
    public KeepAlive keepAlive(String reason) {
      AtomicBoolean closed = new AtomicBoolean();
      KeepAlive[] self = new KeepAlive[1];
      self[0] = () -> {
        if (closed.compareAndSet(false, true)) holds.remove(self[0]);
      };
      holds.put(self[0], reason);
      return self[0];
    }

    @Override
    public void microtask(Runnable task) {
      loop.execute(task);
    }

    @Override
    public String toString() {
      return "TestWorker(" + index + ")";
    }
  }
}
