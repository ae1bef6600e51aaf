package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;

/**
 * {@code print()}: writes the bytes of every {@code Data}, as they are and each followed by a
 * line break, where the log goes (as Pipy does: standard error unless the log goes elsewhere),
 * and passes every event on unchanged.
 */
final class Print extends Filter {

  private Print() {
  }

  private Print(Print proto) {
    super(proto);
  }

  static Print create(FilterConfig config) {
    return new Print();
  }

  @Override
  protected Filter duplicate() {
    return new Print(this);
  }

  @Override
  protected void process(Event event) {
    if (event instanceof Data d) Log.writeRaw(d.toBytes());
    output(event);
  }
}
