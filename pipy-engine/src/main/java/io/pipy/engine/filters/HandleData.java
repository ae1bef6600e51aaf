package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handleData(callback)}: calls back for every {@code Data} with {@code (data, counter)},
 * in the stream's context. The callback gets a script-held copy; after it returns (or after the
 * promise it returns is fulfilled) what it left in that copy goes on, as in Pipy. Other events go
 * on unchanged.
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
    if (event instanceof Data d) {
      // The callback gets a script-held copy; what it leaves in it goes on (see deferScriptData).
      Data s = d.forScript();
      d.release();
      if (invoke(s)) deferScriptData(s);
    } else {
      output(event);
    }
  }
}
