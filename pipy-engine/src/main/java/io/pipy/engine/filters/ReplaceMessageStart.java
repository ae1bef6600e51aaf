package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageStart;

/**
 * {@code replaceMessageStart(replacement)}: removes every {@code MessageStart} and outputs its replacement. Other events go on unchanged. {@code replacement} is a
 * function {@code (event, counter)} run in the stream's context, returning (or fulfilling its
 * promise with) what to output instead; or a constant to output every time; or nothing, to
 * just remove.
 */
final class ReplaceMessageStart extends ReplaceFilter {

  private ReplaceMessageStart(Object replacement) {
    super("replaceMessageStart", replacement);
  }

  private ReplaceMessageStart(ReplaceMessageStart proto) {
    super(proto);
  }

  static ReplaceMessageStart create(FilterConfig config) {
    return new ReplaceMessageStart(config.arg(0));
  }

  @Override
  protected Filter duplicate() {
    return new ReplaceMessageStart(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof MessageStart) {
      Object arg = callback == null ? null : Events.forScript(event);
      Events.drop(event);
      replace(arg);
    } else {
      output(event);
    }
  }
}
