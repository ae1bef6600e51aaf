package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;

/**
 * {@code replaceMessageEnd(replacement)}: removes every {@code MessageEnd} and outputs its replacement. Other events go on unchanged. {@code replacement} is a
 * function {@code (event, counter)} run in the stream's context, returning (or fulfilling its
 * promise with) what to output instead; or a constant to output every time; or nothing, to
 * just remove.
 */
final class ReplaceMessageEnd extends ReplaceFilter {

  private ReplaceMessageEnd(Object replacement) {
    super("replaceMessageEnd", replacement);
  }

  private ReplaceMessageEnd(ReplaceMessageEnd proto) {
    super(proto);
  }

  static ReplaceMessageEnd create(FilterConfig config) {
    return new ReplaceMessageEnd(config.arg(0));
  }

  @Override
  protected Filter duplicate() {
    return new ReplaceMessageEnd(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof MessageEnd) {
      Object arg = callback == null ? null : Events.forScript(event);
      Events.drop(event);
      replace(arg);
    } else {
      output(event);
    }
  }
}
