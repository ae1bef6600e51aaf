package io.pipy.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what Netty logs at warning level or above (leak reports included) through
 * java.util.logging, which Netty uses when no other logging library is present. Tests run with
 * paranoid leak detection; {@link #check()} makes the detector look and returns its findings.
 */
final class LeakWatch {

  private static final Logger NETTY = Logger.getLogger("io.netty");
  private static final List<String> REPORTS = new ArrayList<>();

  static {
    NETTY.addHandler(new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
          synchronized (REPORTS) {
            REPORTS.add(r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage());
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

  private LeakWatch() {
  }

  /** Starts watching (idempotent). */
  static void install() {
    // The static initializer did it.
  }

  /**
   * Runs the garbage collector and allocates tracked buffers so the leak detector reports any
   * buffer collected without release; returns and clears everything Netty warned about.
   */
  static List<String> check() {
    for (int round = 0; round < 3; round++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (ByteBufAllocator a : List.of(ByteBufAllocator.DEFAULT, PooledByteBufAllocator.DEFAULT, UnpooledByteBufAllocator.DEFAULT)) {
        for (int i = 0; i < 50; i++) {
          ByteBuf b = a.directBuffer(16);
          b.release();
          b = a.heapBuffer(16);
          b.release();
        }
      }
    }
    synchronized (REPORTS) {
      List<String> out = List.copyOf(REPORTS);
      REPORTS.clear();
      return out;
    }
  }
}
