package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;

/**
 * {@code replace(replacement)}: removes every event and outputs its replacement. {@code replacement} is a
 * function {@code (event, counter)} run in the stream's context, returning (or fulfilling its
 * promise with) what to output instead; or a constant to output every time; or nothing, to
 * just remove.
 */
final class Replace extends ReplaceFilter {

  private Replace(Object replacement) {
    super("replace", replacement);
  }

  private Replace(Replace proto) {
    super(proto);
  }

  static Replace create(FilterConfig config) {
    return new Replace(config.arg(0));
  }

  @Override
  protected Filter duplicate() {
    return new Replace(this);
  }

  @Override
  protected void handle(Event event) {
    Object arg = callback == null ? null : Events.forScript(event);
    Events.drop(event);
    replace(arg);
  }
}
