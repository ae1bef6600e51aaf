package io.pipy.engine.filters;

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
 * Fails a test when Netty's leak detector reports a buffer that was never released. The detector
 * reports leaks through its logger once the garbage collector has found the lost buffer and a
 * later allocation polls for it; after each test this forces both and checks what was logged.
 */
public final class LeakWatch implements AfterEachCallback {

  private static final List<String> LEAKS = new ArrayList<>();
  private static final Logger LOGGER = Logger.getLogger(ResourceLeakDetector.class.getName());

  static {
    LOGGER.addHandler(new Handler() {
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
    List<String> found = collect();
    if (!found.isEmpty()) fail("buffer leak: " + found.get(0));
  }

  /** Makes the detector report what it can find now, and returns (and forgets) the reports. */
  public static List<String> collect() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (int j = 0; j < 4; j++) {
        ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(1);
        b.release();
      }
    }
    synchronized (LEAKS) {
      List<String> out = new ArrayList<>(LEAKS);
      LEAKS.clear();
      return out;
    }
  }
}
