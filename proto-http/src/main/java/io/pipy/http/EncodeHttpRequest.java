package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;

/**
 * {@code encodeHTTPRequest(handler?, options?)} or {@code encodeHTTPRequest(options?)}: encodes
 * request messages into HTTP/1.x bytes. Missing head fields default to {@code GET}, {@code /}
 * and {@code HTTP/1.1}. The optional {@code handler} is called with each request head as it is
 * encoded. Option {@code bufferSize}: see {@link MessageEncoder}.
 */
final class EncodeHttpRequest extends Filter {

  private final ScriptFunction handler;
  private final int bufferSize;
  private MessageEncoder encoder;
  private boolean closed;

  private EncodeHttpRequest(ScriptFunction handler, int bufferSize) {
    this.handler = handler;
    this.bufferSize = bufferSize;
  }

  private EncodeHttpRequest(EncodeHttpRequest proto) {
    super(proto);
    this.handler = proto.handler;
    this.bufferSize = proto.bufferSize;
  }

  /** Makes a prototype from the script arguments. */
  static EncodeHttpRequest create(FilterConfig config) {
    Object a0 = config.arg(0);
    ScriptFunction fn = a0 instanceof ScriptFunction f ? f : null;
    ScriptObject options = HttpOptions.object("encodeHTTPRequest", fn != null ? config.arg(1) : a0);
    return new EncodeHttpRequest(fn, HttpOptions.size(options, "bufferSize", 0));
  }

  @Override
  protected Filter duplicate() {
    return new EncodeHttpRequest(this);
  }

  @Override
  protected void process(Event event) {
    if (closed) {
      if (event instanceof Data d) d.release();
      return;
    }
    try {
      if (encoder == null) encoder = new MessageEncoder(false, bufferSize, this::output);
      if (event instanceof MessageStart ms) {
        if (!encoder.active()) {
          if (handler != null) handler.call1(context(), ms.head());
          encoder.start(context(), ms.head(), false);
        }
      } else if (event instanceof Data d) {
        encoder.data(d);
      } else if (event instanceof MessageEnd me) {
        encoder.end(me);
      } else if (event instanceof StreamEnd se) {
        encoder.reset();
        closed = true;
        output(se);
      }
    } catch (RuntimeException e) {
      fail(e);
    }
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
