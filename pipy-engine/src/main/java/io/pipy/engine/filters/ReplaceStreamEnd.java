package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.StreamEnd;

/**
 * {@code replaceStreamEnd(replacement)}: removes the {@code StreamEnd} and outputs its replacement (the stream ends only if the replacement has a {@code StreamEnd}). Other events go on unchanged. {@code replacement} is a
 * function {@code (event, counter)} run in the stream's context, returning (or fulfilling its
 * promise with) what to output instead; or a constant to output every time; or nothing, to
 * just remove.
 */
final class ReplaceStreamEnd extends ReplaceFilter {

  private ReplaceStreamEnd(Object replacement) {
    super("replaceStreamEnd", replacement);
  }

  private ReplaceStreamEnd(ReplaceStreamEnd proto) {
    super(proto);
  }

  static ReplaceStreamEnd create(FilterConfig config) {
    return new ReplaceStreamEnd(config.arg(0));
  }

  @Override
  protected Filter duplicate() {
    return new ReplaceStreamEnd(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof StreamEnd) {
      Object arg = callback == null ? null : Events.forScript(event);
      Events.drop(event);
      replace(arg);
    } else {
      output(event);
    }
  }
}
