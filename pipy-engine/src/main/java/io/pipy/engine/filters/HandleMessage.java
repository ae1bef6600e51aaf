package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code handleMessage(callback, options?)}: calls back once per message with a
 * {@link Message} of its head, whole body (script-held) and tail, when the message ends (or the
 * stream ends inside it, then without a tail). Every event goes on unchanged and in order; the
 * ending event waits for the callback. Options: {@code bufferLimit}. The 0.50 form
 * {@code handleMessage(sizeLimit, callback)} is accepted too.
 */
final class HandleMessage extends CallbackFilter {

  private final long limit;
  private BodyBuffer body;
  private MessageStart start;

  private HandleMessage(ScriptFunction callback, long limit) {
    super(callback);
    this.limit = limit;
  }

  private HandleMessage(HandleMessage proto) {
    super(proto);
    this.limit = proto.limit;
  }

  static HandleMessage create(FilterConfig config) {
    long[] limit = new long[1];
    Object cb = BodyBuffer.splitArgs("handleMessage", config, limit);
    return new HandleMessage(Args.function("handleMessage", "callback", cb), limit[0]);
  }

  @Override
  protected Filter duplicate() {
    return new HandleMessage(this);
  }

  @Override
  protected void handle(Event event) {
    if (event instanceof MessageStart ms) {
      start = ms;
      if (body == null) body = new BodyBuffer(limit);
      body.clear();
    } else if (event instanceof Data d) {
      if (start != null) body.keepCopy(d);
    } else if (start != null) {
      Object tail = event instanceof MessageEnd me ? me.tail() : null;
      Message msg = new Message(start.head(), body.flushForScript(), tail);
      start = null;
      if (!invoke(msg)) {
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
    start = null;
    if (body != null) body.clear();
  }
}
