package io.pipy.tcp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The leak check the transport tests rely on does see a leak. */
class LeakWatchTest {

  @Test
  @Timeout(20)
  void seesABufferThatWasNeverReleased() {
    LeakWatch.install();
    LeakWatch.check();
    // Keep the deliberate leak out of the build output, where it would look like a real one.
    Logger detector = Logger.getLogger("io.netty.util.ResourceLeakDetector");
    detector.setUseParentHandlers(false);
    detector.addHandler(FORWARD);
    try {
      leak();
      List<String> reports = new ArrayList<>();
      for (int i = 0; i < 20 && reports.stream().noneMatch(r -> r.contains("LEAK")); i++) reports.addAll(LeakWatch.check());
      assertTrue(reports.stream().anyMatch(r -> r.contains("LEAK")), "reports: " + reports);
    } finally {
      detector.removeHandler(FORWARD);
      detector.setUseParentHandlers(true);
    }
  }

  /** Hands records to LeakWatch's handler on the "io.netty" logger, skipping the console. */
  private static final Handler FORWARD = new Handler() {
    @Override
    public void publish(LogRecord r) {
      for (Handler h : Logger.getLogger("io.netty").getHandlers()) h.publish(r);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  private static void leak() {
    ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(64);
    b.writeLong(42);
    // dropped without release on purpose
  }
}
