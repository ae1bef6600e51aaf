package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handle(callback)}: calls back for every event. The event itself goes on unchanged, after the callback returns (or
 * after the promise it returns is fulfilled). {@code callback(event, counter)} runs in the
 * stream's context.
 */
final class Handle extends CallbackFilter {

  private Handle(ScriptFunction callback) {
    super(callback);
  }

  private Handle(Handle proto) {
    super(proto);
  }

  static Handle create(FilterConfig config) {
    return new Handle(Args.function("handle", "callback", config.arg(0)));
  }

  @Override
  protected Filter duplicate() {
    return new Handle(this);
  }

  @Override
  protected void handle(Event event) {
    if (true) {
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
