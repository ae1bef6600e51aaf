package io.pipy.tcp;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Host name lookups that never block a worker: the system resolver runs on a small pool of
 * daemon threads shared by the process, and the answer is handed back on the asking worker's
 * event loop. As in Pipy, the first address the system gives is the one used.
 */
final class Resolver {

  /** Lookups running at once; more wait in line. */
  private static final int THREADS = 4;

  private static final ThreadPoolExecutor POOL = newPool();

  private Resolver() {
  }

  private static ThreadPoolExecutor newPool() {
    ThreadPoolExecutor p = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), new DefaultThreadFactory("pipy-resolver", true));
    p.allowCoreThreadTimeOut(true);
    return p;
  }

  /**
   * Looks {@code host} up and calls {@code done} on {@code loop} with the address, or with the
   * failure ({@link UnknownHostException} when the name does not resolve). If the loop is shut
   * down by then, nothing is called.
   */
  static void resolve(String host, Executor loop, BiConsumer<InetAddress, Throwable> done) {
    try {
      POOL.execute(() -> {
        InetAddress address = null;
        Throwable failure = null;
        try {
          address = InetAddress.getByName(host);
        } catch (UnknownHostException | RuntimeException e) {
          failure = e;
        }
        InetAddress a = address;
        Throwable f = failure;
        try {
          loop.execute(() -> done.accept(a, f));
        } catch (RejectedExecutionException e) {
          // The worker is shutting down; nobody waits for the answer.
        }
      });
    } catch (RejectedExecutionException e) {
      loop.execute(() -> done.accept(null, e));
    }
  }
}
