package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageStart;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handleMessageBody(callback, options?)}: calls back once per message with its whole
 * body as one script-held {@code Data}, when the message ends (or the stream ends inside it).
 * Every event goes on unchanged and in order; the ending event waits for the callback.
 * Options: {@code bufferLimit} (bytes kept; the rest is not shown to the callback). The 0.50
 * form {@code handleMessageBody(sizeLimit, callback)} is accepted too.
 */
final class HandleMessageBody extends CallbackFilter {

  private final long limit;
  private BodyBuffer body;
  private boolean started;

  private HandleMessageBody(ScriptFunction callback, long limit) {
    super(callback);
    this.limit = limit;
  }

  private HandleMessageBody(HandleMessageBody proto) {
    super(proto);
    this.limit = proto.limit;
  }

  static HandleMessageBody create(FilterConfig config) {
    long[] limit = new long[1];
    Object cb = BodyBuffer.splitArgs("handleMessageBody", config, limit);
    return new HandleMessageBody(Args.function("handleMessageBody", "callback", cb), limit[0]);
  }

  @Override
  protected Filter duplicate() {
    return new HandleMessageBody(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof MessageStart) {
      started = true;
      if (body == null) body = new BodyBuffer(limit);
      body.clear();
    } else if (event instanceof Data d) {
      if (started) body.keepCopy(d);
    } else if (started) {
      started = false;
      if (!invoke(body.flushForScript())) {
        Events.drop(event);
        return;
      }
      defer(event);
      return;
    }
    output(event);
  }

  @Override
  protected void reset() {
    super.reset();
    started = false;
    if (body != null) body.clear();
  }
}
