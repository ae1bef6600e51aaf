package io.pipy.engine;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringIoHandler;
import io.pipy.api.Log;
import java.util.concurrent.ThreadFactory;

/**
 * Chooses the I/O machinery the worker event loops run on: native epoll where it is available
 * (the default on Linux), io_uring when asked for, NIO otherwise or when asked. The choice is
 * probed, never assumed, and logged with the reason when the preferred one is unavailable.
 * io_uring is not the default, though it is the faster one under load (the L7 proxy at 500
 * connections: 9.0-9.7 µs of system CPU per request against epoll's 10.8-11.9, 1.04x nginx's
 * requests/s against 0.96x; bench/README.md): kernels and container runtimes often disable it
 * (seccomp), and with it as the default two end-to-end tests that close a client connection and
 * open the next at once saw the close after the new connection now and then (so a second
 * upstream connection), where epoll reports them in order. {@code --io=io_uring} chooses it.
 */
final class IoTransports {

  /** The event loops and the name of the transport they serve. */
  record Choice(MultiThreadIoEventLoopGroup group, String name) {
  }

  private IoTransports() {
  }

  static Choice newGroup(int threads, String preference, ThreadFactory threadFactory) {
    String name = choose(preference);
    IoHandlerFactory factory = switch (name) {
      case "epoll" -> EpollIoHandler.newFactory();
      case "io_uring" -> IoUringIoHandler.newFactory();
      default -> NioIoHandler.newFactory();
    };
    return new Choice(new MultiThreadIoEventLoopGroup(threads, threadFactory, factory), name);
  }

  private static String choose(String preference) {
    switch (preference) {
      case "nio":
        return "nio";
      case "epoll":
        if (!Epoll.isAvailable()) {
          throw new EngineException("epoll is not available: " + Epoll.unavailabilityCause());
        }
        return "epoll";
      case "io_uring":
        if (!IoUring.isAvailable()) {
          throw new EngineException("io_uring is not available: " + IoUring.unavailabilityCause());
        }
        return "io_uring";
      case "auto":
        if (Epoll.isAvailable()) return "epoll";
        if (Log.isEnabled(Log.Level.DEBUG)) Log.debug("epoll unavailable: " + Epoll.unavailabilityCause());
        return "nio";
      default:
        throw new EngineException("unknown I/O transport '" + preference + "' (expected: auto, epoll, io_uring, nio)");
    }
  }
}
