package io.pipy.api;

import io.pipy.api.script.ScriptRuntime;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One worker thread: a Netty event loop with its own copy of the loaded scripts. Every pipeline
 * of a worker, and every callback its scripts see, runs on that one thread, so nothing on the
 * data path needs a lock.
 */
public interface Worker {

  /** The worker's number, 0 for the first. */
  int index();

  /**
   * The worker's event loop. With netty-transport present this is an
   * {@code io.netty.channel.EventLoop}, on which transports register their channels.
   */
  ScheduledExecutorService executor();

  /** The I/O transport the event loop was built for: {@code "epoll"}, {@code "io_uring"} or {@code "nio"}. */
  String ioTransport();

  /** Whether the calling thread is this worker's thread. */
  boolean inWorkerThread();

  /** The script language runtime of this worker. */
  ScriptRuntime scripts();

  /** A new root context on this worker, for a stream that came in through {@code inbound} (may be null). */
  Context newContext(Inbound inbound);

  /**
   * Registers something that keeps the process alive (a listener, a timer, an open stream).
   * Pipy exits by itself once nothing does; close the returned handle when done.
   */
  KeepAlive keepAlive(String reason);

  /** Queues {@code task} to run on this worker after the current task and before any I/O. */
  void microtask(Runnable task);

  /**
   * Runs {@code action} on this worker when the process starts shutting down (a signal or
   * {@code pipy.exit()}): the moment to close idle pooled connections and stop taking new work,
   * so the process can exit once open streams finish. Ignored where there is no shutdown.
   */
  default void onShutdown(Runnable action) {
  }

  /** How many workers the process runs ({@code --threads}). */
  default int concurrency() {
    return 1;
  }

  /**
   * The codebase root: the folder of the main script, which script paths such as
   * {@code http.File.from('/index.html')} resolve against.
   */
  default java.nio.file.Path codebase() {
    return java.nio.file.Path.of("").toAbsolutePath();
  }

  /**
   * The factory of filter {@code name} from the installed modules, or {@code null}; for Java
   * code that builds pipelines itself (such as {@code http.Agent}).
   */
  default FilterFactory filter(String name) {
    return null;
  }

  /** A new, empty pipeline layout on this worker, to be filled with filter prototypes in Java. */
  default PipelineLayout newLayout(String name) {
    throw new UnsupportedOperationException("this worker cannot make pipeline layouts");
  }
}
