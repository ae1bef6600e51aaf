package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;

/**
 * {@code replaceMessage(replacement, options?)}: removes every whole message and outputs its
 * replacement. The callback gets a {@link Message} of the head, the whole body (script-held)
 * and the tail. Events outside messages go on unchanged. Options: {@code bufferLimit}; the 0.50
 * form {@code (sizeLimit, replacement)} is accepted too.
 *
 * <p>A stream that ends inside a message gets the replacement for what came of the message
 * (no tail), then its {@code StreamEnd}. Pipy 1.5 drops that {@code StreamEnd}, leaving the
 * stream unended; we pass it on.
 */
final class ReplaceMessage extends ReplaceFilter {

  private final long limit;
  private BodyBuffer body;
  private MessageStart start;

  private ReplaceMessage(Object replacement, long limit) {
    super("replaceMessage", replacement);
    this.limit = limit;
  }

  private ReplaceMessage(ReplaceMessage proto) {
    super(proto);
    this.limit = proto.limit;
  }

  static ReplaceMessage create(FilterConfig config) {
    long[] limit = new long[1];
    Object r = BodyBuffer.splitArgs("replaceMessage", config, limit);
    return new ReplaceMessage(r, limit[0]);
  }

  @Override
  protected Filter duplicate() {
    return new ReplaceMessage(this);
  }

  @Override
  protected void handle(Event event) {
    if (start == null) {
      if (event instanceof MessageStart ms) {
        start = ms;
        if (body == null) body = new BodyBuffer(limit);
        body.clear();
      } else {
        output(event);
      }
    } else if (event instanceof Data d) {
      body.take(d);
    } else if (Events.isEnd(event)) {
      Object tail = event instanceof MessageEnd me ? me.tail() : null;
      Message msg = new Message(start.head(), body.flushForScript(), tail);
      start = null;
      if (!replace(callback == null ? null : msg)) return;
      if (event instanceof StreamEnd) defer(event);
    }
    // A MessageStart inside a message is dropped, as Pipy does.
  }

  @Override
  protected void reset() {
    super.reset();
    start = null;
    if (body != null) body.clear();
  }
}
