package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;

/**
 * {@code encodeHTTPResponse(handler?, options?)} or {@code encodeHTTPResponse(options?)}:
 * encodes response messages into HTTP/1.x bytes.
 *
 * <p>The optional {@code handler} is called with each response head and returns the head of the
 * request it answers (or nothing); a response to {@code HEAD} is sent without its body, with the
 * body's length as {@code content-length}. Option {@code bufferSize}: see {@link MessageEncoder}.
 * A response whose head says {@code connection: close} ends the stream after it.
 */
final class EncodeHttpResponse extends Filter {

  private final ScriptFunction handler;
  private final int bufferSize;
  private MessageEncoder encoder;
  private boolean closed;

  private EncodeHttpResponse(ScriptFunction handler, int bufferSize) {
    this.handler = handler;
    this.bufferSize = bufferSize;
  }

  private EncodeHttpResponse(EncodeHttpResponse proto) {
    super(proto);
    this.handler = proto.handler;
    this.bufferSize = proto.bufferSize;
  }

  /** Makes a prototype from the script arguments. */
  static EncodeHttpResponse create(FilterConfig config) {
    Object a0 = config.arg(0);
    ScriptFunction fn = a0 instanceof ScriptFunction f ? f : null;
    ScriptObject options = HttpOptions.object("encodeHTTPResponse", fn != null ? config.arg(1) : a0);
    return new EncodeHttpResponse(fn, HttpOptions.size(options, "bufferSize", 0));
  }

  @Override
  protected Filter duplicate() {
    return new EncodeHttpResponse(this);
  }

  @Override
  protected void process(Event event) {
    if (closed) {
      if (event instanceof Data d) d.release();
      return;
    }
    try {
      if (encoder == null) encoder = new MessageEncoder(true, bufferSize, this::forward);
      if (event instanceof MessageStart ms) {
        if (!encoder.active()) start(ms);
      } else if (event instanceof Data d) {
        encoder.data(d);
      } else if (event instanceof MessageEnd me) {
        encoder.end(me);
      } else if (event instanceof StreamEnd se) {
        encoder.reset();
        forward(se);
      }
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  private void start(MessageStart ms) {
    boolean headRequest = false;
    if (handler != null) {
      Object r = handler.call1(context(), ms.head());
      if (r instanceof ScriptObject request) {
        headRequest = "HEAD".equals(request.get("method"));
      } else if (!Values.isNullish(r)) {
        throw ScriptError.typeError("callback did not return an object for request head");
      }
    }
    encoder.start(context(), ms.head(), headRequest);
  }

  /** Output, remembering when the stream has ended. */
  private void forward(Event e) {
    if (e instanceof StreamEnd) closed = true;
    output(e);
  }

  @Override
  protected void reset() {
    closed = false;
    if (encoder != null) encoder.reset();
  }

  private void fail(RuntimeException e) {
    if (closed) return;
    closed = true;
    if (encoder != null) encoder.reset();
    failStream(e);
  }
}
