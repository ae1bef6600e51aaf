package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.script.HostClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code new pipeline.Hub()}: a meeting point for streams. Every stream that joins (through
 * {@code swap(hub)}) receives what every other member sends. Two members make a swap: each
 * one's input becomes the other's output.
 *
 * <p>Used on one worker only. A member sending while a broadcast is under way is ignored, as in
 * Pipy; joins and leaves during a broadcast take effect after it.
 */
public final class Hub {

  /** The host class scripts see; Pipy exposes it as {@code pipeline.Hub}. */
  public static final HostClass<Hub> CLASS = HostClass.builder("Hub", Hub.class)
      .constructor((caller, args) -> new Hub())
      .build();

  private EventTarget first;
  private EventTarget second;
  private final LinkedHashSet<EventTarget> others = new LinkedHashSet<>();
  private boolean broadcasting;
  private final List<Object[]> changes = new ArrayList<>();

  /** Adds a member. */
  void join(EventTarget party) {
    if (broadcasting) {
      changes.add(new Object[] {Boolean.TRUE, party});
      return;
    }
    if (first == party || second == party || others.contains(party)) return;
    if (first == null) {
      first = party;
    } else if (second == null) {
      second = party;
    } else {
      others.add(party);
    }
  }

  /** Removes a member. */
  void exit(EventTarget party) {
    if (broadcasting) {
      changes.add(new Object[] {Boolean.FALSE, party});
      return;
    }
    if (first == party) {
      first = null;
    } else if (second == party) {
      second = null;
    } else {
      others.remove(party);
    }
  }

  /** Sends a copy of {@code e} to every member but {@code from}; takes {@code e} over. */
  void broadcast(Event e, EventTarget from) {
    if (broadcasting) {
      Events.drop(e);
      return;
    }
    broadcasting = true;
    try {
      if (first != null && first != from) first.input(Events.copy(e));
      if (second != null && second != from) second.input(Events.copy(e));
      if (!others.isEmpty()) {
        for (EventTarget t : new ArrayList<>(others)) {
          if (t != from) t.input(Events.copy(e));
        }
      }
    } finally {
      broadcasting = false;
      Events.drop(e);
      if (!changes.isEmpty()) {
        List<Object[]> todo = new ArrayList<>(changes);
        changes.clear();
        for (Object[] c : todo) {
          if ((Boolean) c[0]) {
            join((EventTarget) c[1]);
          } else {
            exit((EventTarget) c[1]);
          }
        }
      }
    }
  }

  /** How many members; for tests. */
  int size() {
    return (first == null ? 0 : 1) + (second == null ? 0 : 1) + others.size();
  }
}
