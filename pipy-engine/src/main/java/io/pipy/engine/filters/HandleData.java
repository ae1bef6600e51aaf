package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handleData(callback)}: calls back for every {@code Data} with a script-held copy of it. The event itself goes on unchanged, after the callback returns (or
 * after the promise it returns is fulfilled). {@code callback(event, counter)} runs in the
 * stream's context.
 */
final class HandleData extends CallbackFilter {

  private HandleData(ScriptFunction callback) {
    super(callback);
  }

  private HandleData(HandleData proto) {
    super(proto);
  }

  static HandleData create(FilterConfig config) {
    return new HandleData(Args.function("handleData", "callback", config.arg(0)));
  }

  @Override
  protected Filter duplicate() {
    return new HandleData(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof Data) {
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
