package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;

/**
 * {@code replaceStreamStart(replacement)}: removes the first event of the stream and outputs its
 * replacement; the rest goes on unchanged. See {@link ReplaceFilter}.
 */
final class ReplaceStreamStart extends ReplaceFilter {

  private boolean started;

  private ReplaceStreamStart(Object replacement) {
    super("replaceStreamStart", replacement);
  }

  private ReplaceStreamStart(ReplaceStreamStart proto) {
    super(proto);
  }

  static ReplaceStreamStart create(FilterConfig config) {
    return new ReplaceStreamStart(config.arg(0));
  }

  @Override
  protected Filter duplicate() {
    return new ReplaceStreamStart(this);
  }

  @Override
  protected void handle(Event event) {
    if (started) {
      output(event);
      return;
    }
    started = true;
    Object arg = callback == null ? null : Events.forScript(event);
    Events.drop(event);
    replace(arg);
  }

  @Override
  protected void reset() {
    super.reset();
    started = false;
  }
}
