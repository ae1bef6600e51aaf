package io.pipy.engine.joint;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Events held by a joint filter, in order. The queue owns the {@link Data} it holds: events
 * leave it by {@link #poll()} (the caller then owns them) or are released by {@link #clear()}.
 */
final class EventQueue {

  private final ArrayDeque<Event> events = new ArrayDeque<>(4);

  /** Appends {@code e}, taking it over. */
  void add(Event e) {
    events.addLast(e);
  }

  /** Puts {@code e} first, taking it over. */
  void addFirst(Event e) {
    events.addFirst(e);
  }

  /** The first event, handed to the caller, or {@code null}. */
  Event poll() {
    return events.pollFirst();
  }

  boolean isEmpty() {
    return events.isEmpty();
  }

  int size() {
    return events.size();
  }

  /** Releases every held {@code Data} and forgets everything. */
  void clear() {
    Event e;
    while ((e = events.pollFirst()) != null) {
      if (e instanceof Data d) d.release();
    }
  }

  /** Sends a copy of every held event to {@code target}, keeping the originals. */
  void copyTo(EventTarget target) {
    // Copy first: the target may clear this queue while it runs.
    Event[] snapshot = events.toArray(new Event[0]);
    for (int i = 0; i < snapshot.length; i++) {
      snapshot[i] = Events.copy(snapshot[i]);
    }
    for (int i = 0; i < snapshot.length; i++) {
      target.input(snapshot[i]);
    }
  }

  Iterator<Event> iterator() {
    return events.iterator();
  }
}
