package io.pipy.http;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netty.buffer.PooledByteBufAllocator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Proves the leak net works: a buffer dropped on purpose is reported. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LeakWatchTest {

  @Test
  void aDroppedBufferIsReported() {
    LeakWatch.collect();
    List<String> found = List.of();
    for (int attempt = 0; attempt < 20 && found.isEmpty(); attempt++) {
      leakOne();
      found = LeakWatch.collect();
    }
    assertFalse(found.isEmpty(), "the leak detector reported nothing");
  }

  private static void leakOne() {
    PooledByteBufAllocator.DEFAULT.directBuffer(16).writeInt(attemptMarker++);
  }

  private static int attemptMarker;
}
