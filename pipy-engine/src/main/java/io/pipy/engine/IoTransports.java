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
 * Chooses the I/O machinery the worker event loops run on: io_uring where the kernel offers it
 * (the default), else native epoll, else NIO; any of them when asked for by name. The choice is
 * probed, never assumed (older kernels, and container runtimes whose seccomp profile blocks
 * io_uring, leave epoll), and why a preferred one is unavailable is logged at debug level. io_uring is the default because it is the faster one under load: the L7 proxy at 500
 * connections spends 1.5-2 µs less system CPU per request than on epoll, which puts it ahead of
 * nginx where epoll is just behind (bench/README.md). {@code --io=epoll} chooses epoll.
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
        if (IoUring.isAvailable()) return "io_uring";
        if (Log.isEnabled(Log.Level.DEBUG)) Log.debug("io_uring unavailable: " + IoUring.unavailabilityCause());
        if (Epoll.isAvailable()) return "epoll";
        if (Log.isEnabled(Log.Level.DEBUG)) Log.debug("epoll unavailable: " + Epoll.unavailabilityCause());
        return "nio";
      default:
        throw new EngineException("unknown I/O transport '" + preference + "' (expected: auto, epoll, io_uring, nio)");
    }
  }
}
