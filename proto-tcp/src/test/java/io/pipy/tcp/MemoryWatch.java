package io.pipy.tcp;

import io.netty.util.internal.PlatformDependent;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the memory in use while a test runs: heap used (MemoryMXBean) plus direct memory
 * (Netty's counter, or the JVM's direct buffer pool where Netty does not count). A sample over
 * the limit is taken again after a garbage collection, so uncollected garbage does not count,
 * only what is still held; the largest such figure is kept. Every half second a collection is
 * forced anyway, to record what is live ({@link #peakLive()}).
 */
final class MemoryWatch implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final BufferPoolMXBean directPool = directPool();
  private final long limit;
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final AtomicLong peakDirect = new AtomicLong();
  private final AtomicLong samples = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  /** Starts sampling every {@code periodMillis}; figures above {@code limit} bytes are checked after a GC. */
  MemoryWatch(long limit, long periodMillis) {
    this.limit = limit;
    sampler = new Thread(() -> {
      long nextLiveLook = 0;
      while (running) {
        long used = inUse();
        boolean look = System.nanoTime() >= nextLiveLook;
        if (used > limit || look) {
          System.gc();
          collections.incrementAndGet();
          used = inUse();
          peakLive.accumulateAndGet(used, Math::max);
          if (look) nextLiveLook = System.nanoTime() + 500_000_000L;
        }
        peak.accumulateAndGet(used, Math::max);
        samples.incrementAndGet();
        try {
          Thread.sleep(periodMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "memory-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Heap used plus direct memory used, now. */
  long inUse() {
    long direct = direct();
    peakDirect.accumulateAndGet(direct, Math::max);
    return memory.getHeapMemoryUsage().getUsed() + direct;
  }

  private long direct() {
    long netty = PlatformDependent.usedDirectMemory();
    long jvm = directPool == null ? 0 : directPool.getMemoryUsed();
    return Math.max(netty, jvm);
  }

  /** The largest figure seen (after GC where it was over the limit). */
  long peak() {
    return peak.get();
  }

  /** The largest figure seen right after a collection: what the process really held. */
  long peakLive() {
    return peakLive.get();
  }

  long peakDirect() {
    return peakDirect.get();
  }

  long samples() {
    return samples.get();
  }

  String report() {
    return String.format("peak in use %.1f MiB, peak live (after GC) %.1f MiB, direct peak %.1f MiB; %d samples, %d forced GCs; limit %.0f MiB",
        peak() / 1048576.0, peakLive() / 1048576.0, peakDirect() / 1048576.0, samples(), collections.get(), limit / 1048576.0);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join(2000);
  }

  private static BufferPoolMXBean directPool() {
    for (BufferPoolMXBean b : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
      if (b.getName().equals("direct")) return b;
    }
    return null;
  }
}
