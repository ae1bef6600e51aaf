package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;

/**
 * {@code decodeHTTPRequest(handler?)}: decodes HTTP/1.x requests from bytes into messages. The
 * optional {@code handler} is called with each request head as it is decoded, before its
 * {@code MessageStart} goes out.
 *
 * <p>Input other than {@code Data} and {@code StreamEnd} is dropped. Malformed input ends the
 * output with a {@code ProtocolError} stream end (Pipy stops decoding and leaves the stream
 * open); a request cut short by the end of the input is dropped unfinished.
 */
final class DecodeHttpRequest extends Filter implements Http1Decoder.Listener {

  private final ScriptFunction handler;
  private Http1Decoder decoder;
  private boolean closed;

  private DecodeHttpRequest(ScriptFunction handler) {
    this.handler = handler;
  }

  private DecodeHttpRequest(DecodeHttpRequest proto) {
    super(proto);
    this.handler = proto.handler;
  }

  /** Makes a prototype from the script arguments {@code (handler?)}. */
  static DecodeHttpRequest create(FilterConfig config) {
    return new DecodeHttpRequest(HttpOptions.function("decodeHTTPRequest", "handler", config.arg(0)));
  }

  @Override
  protected Filter duplicate() {
    return new DecodeHttpRequest(this);
  }

  @Override
  protected void process(Event event) {
    if (closed) {
      if (event instanceof Data d) d.release();
      return;
    }
    try {
      if (event instanceof Data d) {
        if (decoder == null) {
          decoder = new Http1Decoder(false, Http1Decoder.DEFAULT_MAX_HEAD_SIZE, worker().scripts(), this);
        }
        decoder.feed(d);
      } else if (event instanceof StreamEnd se) {
        if (decoder != null) decoder.end();
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
    if (decoder != null) decoder.reset();
  }

  @Override
  public String onHead(ScriptObject head) {
    if (handler != null) {
      try {
        handler.call1(context(), head);
      } catch (RuntimeException e) {
        fail(e);
        return null;
      }
    }
    output(MessageStart.of(head));
    return null;
  }

  @Override
  public void onBody(Data body) {
    output(body);
  }

  @Override
  public void onEnd(ScriptObject tail) {
    output(MessageEnd.of(tail, null));
  }

  @Override
  public void onError(DecodeError error) {
    Log.debug("decodeHTTPRequest: malformed request (" + error + ")");
    closed = true;
    output(StreamEnd.of(StreamEnd.Error.PROTOCOL_ERROR));
  }

  private void fail(RuntimeException e) {
    if (closed) return;
    closed = true;
    if (decoder != null) decoder.stop();
    failStream(e);
  }
}
