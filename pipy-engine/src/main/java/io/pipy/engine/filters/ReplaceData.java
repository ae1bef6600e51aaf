package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;

/**
 * {@code replaceData(replacement)}: removes every {@code Data} and outputs its replacement; the callback gets a script-held copy. Other events go on unchanged. {@code replacement} is a
 * function {@code (event, counter)} run in the stream's context, returning (or fulfilling its
 * promise with) what to output instead; or a constant to output every time; or nothing, to
 * just remove.
 */
final class ReplaceData extends ReplaceFilter {

  private ReplaceData(Object replacement) {
    super("replaceData", replacement);
  }

  private ReplaceData(ReplaceData proto) {
    super(proto);
  }

  static ReplaceData create(FilterConfig config) {
    return new ReplaceData(config.arg(0));
  }

  @Override
  protected Filter duplicate() {
    return new ReplaceData(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof Data) {
      Object arg = callback == null ? null : Events.forScript(event);
      Events.drop(event);
      replace(arg);
    } else {
      output(event);
    }
  }
}
