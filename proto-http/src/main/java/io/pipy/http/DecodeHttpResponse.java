package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;

/**
 * {@code decodeHTTPResponse(handler?)}: decodes HTTP/1.x responses from bytes into messages.
 *
 * <p>The optional {@code handler} is called with each response head and returns the head of the
 * request it answers (or nothing): a response to {@code HEAD} has no body, and neither has a
 * successful answer to {@code CONNECT}. A response with neither length nor chunking runs until
 * the input ends.
 *
 * <p>As in Pipy, an input {@code StreamEnd} with an error that comes while no response is in
 * progress is turned into a response first: 502 (or 401, 504, as {@link #errorStatus} maps the
 * error), with the thrown value, if any, as the body. Malformed input ends the output with a
 * {@code ProtocolError} stream end.
 */
final class DecodeHttpResponse extends Filter implements Http1Decoder.Listener {

  private final ScriptFunction handler;
  private Http1Decoder decoder;
  private boolean closed;

  private DecodeHttpResponse(ScriptFunction handler) {
    this.handler = handler;
  }

  private DecodeHttpResponse(DecodeHttpResponse proto) {
    super(proto);
    this.handler = proto.handler;
  }

  /** Makes a prototype from the script arguments {@code (handler?)}. */
  static DecodeHttpResponse create(FilterConfig config) {
    return new DecodeHttpResponse(HttpOptions.function("decodeHTTPResponse", "handler", config.arg(0)));
  }

  @Override
  protected Filter duplicate() {
    return new DecodeHttpResponse(this);
  }

  @Override
  protected void process(Event event) {
    if (closed) {
      if (event instanceof Data d) d.release();
      return;
    }
    try {
      if (event instanceof Data d) {
        decoder().feed(d);
      } else if (event instanceof StreamEnd se) {
        Http1Decoder dec = decoder();
        boolean waiting = dec.inHead();
        dec.end();
        if (closed) return;
        if (waiting && se.hasError()) errorResponse(se);
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

  private Http1Decoder decoder() {
    if (decoder == null) decoder = new Http1Decoder(true, Http1Decoder.DEFAULT_MAX_HEAD_SIZE, worker().scripts(), this);
    return decoder;
  }

  @Override
  public String onHead(ScriptObject head) {
    String method = null;
    if (handler != null) {
      Object r;
      try {
        r = handler.call1(context(), head);
      } catch (RuntimeException e) {
        fail(e);
        return null;
      }
      if (r instanceof ScriptObject request) {
        if (request.get("method") instanceof String m) method = m;
      } else if (!Values.isNullish(r)) {
        fail(ScriptError.typeError("callback did not return an object for request head"));
        return null;
      }
    }
    output(MessageStart.of(head));
    return method;
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
    Log.debug("decodeHTTPResponse: malformed response");
    closed = true;
    output(StreamEnd.of(StreamEnd.Error.PROTOCOL_ERROR));
  }

  /** Sends the response that stands for a transport error. */
  private void errorResponse(StreamEnd se) {
    int status = errorStatus(se.error());
    ScriptObject head = worker().scripts().newObject();
    head.set("protocol", HeadParser.HTTP_1_1);
    head.set("headers", worker().scripts().newObject());
    head.set("status", status);
    head.set("statusText", errorText(se.error()));
    output(MessageStart.of(head));
    if (se.value() != null) output(Data.fromString(worker().scripts().toDisplayString(se.value())));
    output(MessageEnd.plain());
  }

  /** The status that stands for a transport error, as Pipy maps them. */
  static int errorStatus(StreamEnd.Error error) {
    return switch (error) {
      case UNAUTHORIZED -> 401;
      case CONNECTION_TIMEOUT, READ_TIMEOUT, WRITE_TIMEOUT, IDLE_TIMEOUT -> 504;
      default -> 502;
    };
  }

  /** The status text that stands for a transport error, as Pipy words them. */
  static String errorText(StreamEnd.Error error) {
    return switch (error) {
      case CANNOT_RESOLVE -> "Cannot Resolve";
      case CONNECTION_REFUSED -> "Connection Refused";
      case UNAUTHORIZED -> "Unauthorized";
      case READ_ERROR -> "Read Error";
      case WRITE_ERROR -> "Write Error";
      case CONNECTION_TIMEOUT, READ_TIMEOUT, WRITE_TIMEOUT, IDLE_TIMEOUT -> "Gateway Timeout";
      default -> "Bad Gateway";
    };
  }

  private void fail(RuntimeException e) {
    if (closed) return;
    closed = true;
    if (decoder != null) decoder.stop();
    failStream(e);
  }
}
