package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handle(callback)}: calls back for every event with {@code (event, counter)}, in the
 * stream's context. The event goes on after the callback returns (or after the promise it
 * returns is fulfilled); a {@code Data} is given to the callback as a script-held copy, and what
 * the callback leaves in that copy is what goes on, as in Pipy.
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
    if (event instanceof Data d) {
      // The callback gets a script-held copy; what it leaves in it goes on (see deferScriptData).
      Data s = d.forScript();
      d.release();
      if (invoke(s)) deferScriptData(s);
      return;
    }
    if (!invoke(event)) return;
    defer(event);
  }
}
