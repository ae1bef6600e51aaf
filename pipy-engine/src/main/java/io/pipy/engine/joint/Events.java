package io.pipy.engine.joint;

import io.pipy.api.Data;
import io.pipy.api.Event;

/** Small event helpers. */
final class Events {

  private Events() {
  }

  /** A copy of {@code e} that can be handed on while {@code e} is kept: Data is duplicated, the rest is immutable. */
  static Event copy(Event e) {
    return e instanceof Data d ? d.retainedDuplicate() : e;
  }

  /** Drops {@code e}, releasing it if it is Data. */
  static void drop(Event e) {
    if (e instanceof Data d) d.release();
  }
}
