package io.pipy.api;

/**
 * Something that accepts events: a filter, a pipeline, or the end of a pipeline.
 *
 * <p>Calling {@code input(event)} hands the event over: a {@link Data} passed in belongs to the
 * target from then on, and the caller must not touch it again.
 */
@FunctionalInterface
public interface EventTarget {

  /** Accepts one event. Called on the owning worker's thread only. */
  void input(Event event);

  /** A target that drops everything it gets, releasing {@link Data} so nothing leaks. */
  EventTarget DISCARD = event -> {
    if (event instanceof Data data) data.release();
  };
}
