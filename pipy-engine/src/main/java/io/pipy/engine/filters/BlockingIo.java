package io.pipy.engine.filters;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the blocking work of {@code tee}, {@code read} and {@code exec} (files, pipes,
 * processes), so a worker's event loop never waits on them. Daemon threads, made on demand and
 * dropped after a minute idle.
 */
final class BlockingIo {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
      new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "pipy-io-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
      });

  private BlockingIo() {
  }

  /** Runs {@code task} on an I/O thread. */
  static void run(Runnable task) {
    POOL.execute(task);
  }

  /** An executor running its tasks one at a time, in order, on I/O threads. */
  static Executor serial() {
    return new Serial();
  }

  private static final class Serial implements Executor {
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    @Override
    public void execute(Runnable task) {
      synchronized (this) {
        tasks.add(task);
        if (running) return;
        running = true;
      }
      POOL.execute(this::drain);
    }

    private void drain() {
      while (true) {
        Runnable r;
        synchronized (this) {
          r = tasks.poll();
          if (r == null) {
            running = false;
            return;
          }
        }
        try {
          r.run();
        } catch (RuntimeException e) {
          io.pipy.api.Log.error("I/O task failed: " + e);
        }
      }
    }
  }
}
