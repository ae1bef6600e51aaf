package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handleMessageEnd(callback)}: calls back for every {@code MessageEnd}. The event itself goes on unchanged, after the callback returns (or
 * after the promise it returns is fulfilled). {@code callback(event, counter)} runs in the
 * stream's context.
 */
final class HandleMessageEnd extends CallbackFilter {

  private HandleMessageEnd(ScriptFunction callback) {
    super(callback);
  }

  private HandleMessageEnd(HandleMessageEnd proto) {
    super(proto);
  }

  static HandleMessageEnd create(FilterConfig config) {
    return new HandleMessageEnd(Args.function("handleMessageEnd", "callback", config.arg(0)));
  }

  @Override
  protected Filter duplicate() {
    return new HandleMessageEnd(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof MessageEnd) {
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
