package io.pipy.tests.joints;

import static org.junit.jupiter.api.Assertions.fail;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when Netty's leak detector (paranoid in test runs) reports a buffer that was never
 * released: after each test it lets the collector find lost buffers, makes the allocator poll for
 * them, and checks what the detector logged.
 */
final class LeakCheck implements AfterEachCallback {

  private static final List<String> LEAKS = new ArrayList<>();
  private static final Logger DETECTOR_LOG = Logger.getLogger(ResourceLeakDetector.class.getName());

  static {
    DETECTOR_LOG.addHandler(new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.SEVERE.intValue() && String.valueOf(r.getMessage()).contains("LEAK")) {
          synchronized (LEAKS) {
            LEAKS.add(r.getMessage());
          }
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    });
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // Leaks are reported when the detector is polled, which happens on allocation.
      for (int j = 0; j < 4; j++) {
        ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(1);
        b.release();
      }
    }
    synchronized (LEAKS) {
      List<String> found = new ArrayList<>(LEAKS);
      LEAKS.clear();
      if (!found.isEmpty()) fail("buffer leak: " + found.get(0));
    }
  }
}
