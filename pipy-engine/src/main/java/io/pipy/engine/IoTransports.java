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
import java.util.function.Function;

/**
 * Chooses the I/O machinery the worker event loops run on: io_uring where the kernel offers it (the
 * default), else native epoll, else NIO; any of them when asked for by name. The choice is probed,
 * never assumed (older kernels, and container runtimes whose seccomp profile blocks io_uring, leave
 * epoll), and why a preferred one is unavailable is logged at debug level. io_uring is the default
 * because it is the faster one under load: the L7 proxy at 500 connections spends 1.5-2 µs less
 * system CPU per request than on epoll, which puts it ahead of nginx where epoll is just behind
 * (bench/README.md). {@code --io=epoll} chooses epoll.
 */
final class IoTransports {

  /** The event loops and the name of the transport they serve. */
  record Choice(MultiThreadIoEventLoopGroup group, String name) {
  }

  private IoTransports() {
  }

  static Choice newGroup(int threads, String preference, ThreadFactory threadFactory) {
    return newGroup(threads, preference, threadFactory, IoTransports::handlerFactory);
  }

  /**
   * As above, with the handler factory of each transport name given. When the transport was
   * chosen by probing ({@code auto}) and its event loops cannot start (a ring the kernel refuses
   * to set up for every worker: memory limits, too many rings), the next one in line serves, with
   * a warning; a transport asked for by name fails start-up instead.
   */
  static Choice newGroup(int threads, String preference, ThreadFactory threadFactory,
      Function<String, IoHandlerFactory> factories) {
    String name = choose(preference);
    while (true) {
      try {
        return new Choice(new MultiThreadIoEventLoopGroup(threads, threadFactory, factories.apply(name)), name);
      } catch (RuntimeException | LinkageError e) {
        if (!preference.equals("auto") || name.equals("nio")) throw e;
        String next = name.equals("io_uring") && Epoll.isAvailable() ? "epoll" : "nio";
        Log.warn("[listener] cannot start " + name + " event loops (" + e + "), using " + next);
        name = next;
      }
    }
  }

  /** The factory of event-loop handlers of transport {@code name}. */
  static IoHandlerFactory handlerFactory(String name) {
    return switch (name) {
      case "epoll" -> EpollIoHandler.newFactory();
      case "io_uring" -> IoUringIoHandler.newFactory();
      default -> NioIoHandler.newFactory();
    };
  }

  /** The transport {@code preference} names, or for {@code auto} the best one available. */
  static String choose(String preference) {
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
