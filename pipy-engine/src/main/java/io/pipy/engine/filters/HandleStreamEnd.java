package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handleStreamEnd(callback)}: calls back for the {@code StreamEnd}. The event itself goes on unchanged, after the callback returns (or
 * after the promise it returns is fulfilled). {@code callback(event, counter)} runs in the
 * stream's context.
 */
final class HandleStreamEnd extends CallbackFilter {

  private HandleStreamEnd(ScriptFunction callback) {
    super(callback);
  }

  private HandleStreamEnd(HandleStreamEnd proto) {
    super(proto);
  }

  static HandleStreamEnd create(FilterConfig config) {
    return new HandleStreamEnd(Args.function("handleStreamEnd", "callback", config.arg(0)));
  }

  @Override
  protected Filter duplicate() {
    return new HandleStreamEnd(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof StreamEnd) {
      if (!invoke(Events.forScript(event))) {
        Events.drop(event);
        return;
      }
      defer(event);
    } else {
      output(event);
    }
  }
}
