package io.pipy.engine;

import io.netty.util.concurrent.FastThreadLocalThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the worker threads with a large stack: the script interpreter recurses once per
 * nested call and expression, and a worker runs few threads, so the stack costs address space,
 * not memory. Daemon-free, named {@code pipy-worker-N}.
 */
final class WorkerThreads implements ThreadFactory {

  /** Room for the interpreter's maximum script call depth with headroom. */
  static final long STACK_SIZE = 16L << 20;

  private final AtomicInteger next = new AtomicInteger();

  @Override
  public Thread newThread(Runnable r) {
    Thread t = new FastThreadLocalThread(null, r, "pipy-worker-" + next.getAndIncrement(), STACK_SIZE);
    t.setDaemon(false);
    return t;
  }
}
