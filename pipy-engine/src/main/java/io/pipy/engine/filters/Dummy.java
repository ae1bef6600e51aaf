package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.StreamEnd;

/** {@code dummy()}: swallows every event but the {@code StreamEnd}. */
final class Dummy extends Filter {

  private Dummy() {
  }

  private Dummy(Dummy proto) {
    super(proto);
  }

  static Dummy create(FilterConfig config) {
    return new Dummy();
  }

  @Override
  protected Filter duplicate() {
    return new Dummy(this);
  }

  @Override
  protected void process(Event event) {
    if (event instanceof StreamEnd) {
      output(event);
    } else {
      Events.drop(event);
    }
  }
}
