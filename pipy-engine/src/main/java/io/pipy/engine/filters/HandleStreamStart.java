package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handleStreamStart(callback)}: calls back once, with the first event of the stream
 * (whatever it is; a {@code Data} as a script-held copy). Every event goes on unchanged.
 */
final class HandleStreamStart extends CallbackFilter {

  private boolean started;

  private HandleStreamStart(ScriptFunction callback) {
    super(callback);
  }

  private HandleStreamStart(HandleStreamStart proto) {
    super(proto);
  }

  static HandleStreamStart create(FilterConfig config) {
    return new HandleStreamStart(Args.function("handleStreamStart", "callback", config.arg(0)));
  }

  @Override
  protected Filter duplicate() {
    return new HandleStreamStart(this);
  }

  @Override
  protected void handle(Event event) {
    if (started) {
      output(event);
      return;
    }
    started = true;
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

  @Override
  protected void reset() {
    super.reset();
    started = false;
  }
}
