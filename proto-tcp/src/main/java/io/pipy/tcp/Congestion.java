package io.pipy.tcp;

import java.util.Arrays;

/**
 * One writer's back-pressure: while it is over its limit, every input source that feeds it
 * more gets its {@link Tap} closed, once; when it drains, it opens all of them again. A writer
 * that goes away must {@link #end()} too, or its sources would stay paused.
 */
final class Congestion {

  private final InputScope scope;
  private Tap[] closed = new Tap[2];
  private int count;

  Congestion(InputScope scope) {
    this.scope = scope;
  }

  /** The writer is over its limit: close the tap of the input being dispatched, if not done yet. */
  void begin() {
    Tap tap = scope.tap();
    if (tap == null) return;
    for (int i = 0; i < count; i++) if (closed[i] == tap) return;
    if (count == closed.length) closed = Arrays.copyOf(closed, count * 2);
    closed[count++] = tap;
    tap.close();
  }

  /** The writer drained (or is gone): reopen every tap it closed. */
  void end() {
    int n = count;
    if (n == 0) return;
    Tap[] taps = closed;
    count = 0;
    for (int i = 0; i < n; i++) {
      Tap t = taps[i];
      taps[i] = null;
      t.open();
    }
  }

  /** Whether some tap is held closed by this writer. */
  boolean active() {
    return count > 0;
  }
}
