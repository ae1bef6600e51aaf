package io.pipy.tcp;

/**
 * The valve of one input source, such as the reading side of a socket: writers that cannot
 * keep up close it, and input pauses until every one of them has opened it again.
 *
 * <p>Closes are counted, so two congested writers fed by one source each hold it shut, and it
 * reopens only when the last one drains. A tap whose source is gone ignores both calls. Used on
 * the source's worker thread only.
 */
abstract class Tap {

  private int closes;

  /** Closes the tap once more; input pauses on the first close. */
  final void close() {
    if (closes++ == 0) pause();
  }

  /** Withdraws one close; input resumes when none is left. */
  final void open() {
    if (closes > 0 && --closes == 0) resume();
  }

  /** Whether some writer holds the tap closed. */
  final boolean isClosed() {
    return closes > 0;
  }

  /** Stops taking input from the source. */
  protected abstract void pause();

  /** Takes input from the source again. */
  protected abstract void resume();
}
