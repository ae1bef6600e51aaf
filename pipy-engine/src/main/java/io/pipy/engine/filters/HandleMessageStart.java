package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageStart;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handleMessageStart(callback)}: calls back for every {@code MessageStart}. The event itself goes on unchanged, after the callback returns (or
 * after the promise it returns is fulfilled). {@code callback(event, counter)} runs in the
 * stream's context.
 */
final class HandleMessageStart extends CallbackFilter {

  private HandleMessageStart(ScriptFunction callback) {
    super(callback);
  }

  private HandleMessageStart(HandleMessageStart proto) {
    super(proto);
  }

  static HandleMessageStart create(FilterConfig config) {
    return new HandleMessageStart(Args.function("handleMessageStart", "callback", config.arg(0)));
  }

  @Override
  protected Filter duplicate() {
    return new HandleMessageStart(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof MessageStart) {
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
