package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageStart;

/**
 * {@code replaceMessageBody(replacement, options?)}: removes the body of every message and
 * outputs its replacement between the {@code MessageStart} and the ending event, which go on
 * unchanged. The callback gets the whole body as one script-held {@code Data}. A stream that
 * ends inside a message gets the replacement, then its {@code StreamEnd}. Options:
 * {@code bufferLimit}; the 0.50 form {@code (sizeLimit, replacement)} is accepted too.
 */
final class ReplaceMessageBody extends ReplaceFilter {

  private final long limit;
  private BodyBuffer body;
  private boolean started;

  private ReplaceMessageBody(Object replacement, long limit) {
    super("replaceMessageBody", replacement);
    this.limit = limit;
  }

  private ReplaceMessageBody(ReplaceMessageBody proto) {
    super(proto);
    this.limit = proto.limit;
  }

  static ReplaceMessageBody create(FilterConfig config) {
    long[] limit = new long[1];
    Object r = BodyBuffer.splitArgs("replaceMessageBody", config, limit);
    return new ReplaceMessageBody(r, limit[0]);
  }

  @Override
  protected Filter duplicate() {
    return new ReplaceMessageBody(this);
  }

  @Override
  protected void handle(Event event) {
    if (!started) {
      if (event instanceof MessageStart) {
        started = true;
        if (body == null) body = new BodyBuffer(limit);
        body.clear();
      }
      output(event);
    } else if (event instanceof Data d) {
      body.take(d);
    } else if (Events.isEnd(event)) {
      started = false;
      Data b = body.flushForScript();
      if (!replace(callback == null ? null : b)) {
        Events.drop(event);
        return;
      }
      defer(event);
    } else {
      // A MessageStart inside a message: dropped, as Pipy does.
      Events.drop(event);
    }
  }

  @Override
  protected void reset() {
    super.reset();
    started = false;
    if (body != null) body.clear();
  }
}
