package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Values;
import java.util.ArrayDeque;

/**
 * {@code serveHTTP(handler, options?)}: an HTTP/1.x server on a byte stream. Decodes each
 * request, gets its response from {@code handler} and encodes it back.
 *
 * <p>{@code handler} is a {@link Message}, sent for every request, or a function called with the
 * request {@link Message} (head, whole body, tail) in the filter's context, returning a
 * {@code Message} or a promise of one. Answers go out in the order requests came, however their
 * promises settle. Options: {@code maxHeaderSize} (default 16k), {@code maxMessages} (close the
 * connection after that many requests; default no limit).
 *
 * <p>Connections are kept alive as HTTP/1.x says; after a response to a request that asked to
 * close (or to an HTTP/1.0 request without keep-alive), or a response whose own head says
 * {@code connection: close}, the output stream ends. When the input ends, pending requests are
 * still answered, then the output ends.
 *
 * <p>Failures, as in Pipy: a handler that throws, returns something other than a
 * {@code Message} or a promise, or whose promise rejects, ends the stream with an error (logged
 * as the engine logs script errors) and no answer. Unlike Pipy, which just closes, malformed
 * input gets an answer before the stream ends: {@code 400 Bad Request}, {@code 414 URI Too Long}
 * (request line over the head limit), {@code 431 Request Header Fields Too Large}, or
 * {@code 505 HTTP Version Not Supported}.
 *
 * <p>The output is what Pipy's encoder emits: per response a {@code MessageStart}, the bytes as
 * {@code Data}, then {@code MessageEnd} (or {@code StreamEnd} when the connection closes).
 */
final class ServeHttp extends Filter implements Http1Decoder.Listener {

  private final Message constant;
  private final ScriptFunction handler;
  private final int maxHeadSize;
  private final int maxMessages;

  private Http1Decoder decoder;
  private HeadEncoder encoder;
  private ArrayDeque<Exchange> queue;
  private ScriptObject requestHead;
  private Data body;
  private StreamEnd inputEnd;
  private boolean closed;
  private int requests;
  /** Bumped on every reset, so callbacks from an earlier stream can tell they are stale. */
  private int generation;

  private ServeHttp(Message constant, ScriptFunction handler, int maxHeadSize, int maxMessages) {
    this.constant = constant;
    this.handler = handler;
    this.maxHeadSize = maxHeadSize;
    this.maxMessages = maxMessages;
  }

  private ServeHttp(ServeHttp proto) {
    super(proto);
    this.constant = proto.constant;
    this.handler = proto.handler;
    this.maxHeadSize = proto.maxHeadSize;
    this.maxMessages = proto.maxMessages;
  }

  /** Makes a prototype from the script arguments {@code (handler, options?)}. */
  static ServeHttp create(FilterConfig config) {
    Object h = config.arg(0);
    Message constant = null;
    ScriptFunction fn = null;
    if (h instanceof Message m) {
      constant = m;
    } else if (h instanceof ScriptFunction f) {
      fn = f;
    } else {
      throw ScriptError.typeError("serveHTTP: handler expects a Message or a function, got " + Values.typeName(h));
    }
    ScriptObject options = HttpOptions.object("serveHTTP", config.arg(1));
    int maxHeadSize = HttpOptions.size(options, "maxHeaderSize", Http1Decoder.DEFAULT_MAX_HEAD_SIZE);
    int maxMessages = HttpOptions.integer(options, "maxMessages", 0);
    return new ServeHttp(constant, fn, maxHeadSize, maxMessages);
  }

  @Override
  protected Filter duplicate() {
    return new ServeHttp(this);
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
          decoder = new Http1Decoder(false, maxHeadSize, worker().scripts(), this);
          encoder = new HeadEncoder(new HeadWriter());
          queue = new ArrayDeque<>(4);
        }
        decoder.feed(d);
      } else if (event instanceof StreamEnd se) {
        if (decoder != null) decoder.end();
        dropRequest();
        if (queue == null || queue.isEmpty()) {
          finish(se);
        } else {
          inputEnd = se;
        }
      }
      // MessageStart and MessageEnd are not for us: serveHTTP reads bytes.
    } catch (RuntimeException e) {
      abort(e);
    }
  }

  @Override
  protected void reset() {
    generation++;
    closed = false;
    inputEnd = null;
    requests = 0;
    dropRequest();
    if (queue != null) queue.clear();
    if (decoder != null) decoder.reset();
  }

  // ---- Requests, from the decoder ----

  @Override
  public String onHead(ScriptObject head) {
    requestHead = head;
    return null;
  }

  @Override
  public void onBody(Data data) {
    if (body == null) {
      body = data;
    } else {
      body.push(data);
    }
  }

  @Override
  public void onEnd(ScriptObject tail) {
    Data b = body;
    body = null;
    Data scriptBody = null;
    if (b != null) {
      scriptBody = b.forScript();
      b.release();
    }
    Message request = new Message(requestHead, scriptBody, tail);
    requestHead = null;
    boolean headRequest = "HEAD".equals(decoder.method());
    boolean close = decoder.isFinal() || maxMessages > 0 && ++requests >= maxMessages;
    if (close) decoder.stop();
    answer(request, headRequest, close);
  }

  @Override
  public void onError(DecodeError error) {
    dropRequest();
    Log.debug("serveHTTP: malformed request, answering " + error.status());
    if (queue.isEmpty()) {
      writeError(error);
    } else {
      queue.add(Exchange.failed(error));
    }
  }

  private void dropRequest() {
    requestHead = null;
    if (body != null) {
      body.release();
      body = null;
    }
  }

  // ---- Answers ----

  private void answer(Message request, boolean headRequest, boolean close) {
    if (constant != null) {
      deliver(headRequest, close, constant);
      return;
    }
    Object r;
    try {
      r = handler.call1(context(), request);
    } catch (RuntimeException e) {
      abort(e);
      return;
    }
    if (closed) return;
    if (r instanceof Message m) {
      deliver(headRequest, close, m);
    } else if (r instanceof ScriptPromise p) {
      Exchange ex = new Exchange(headRequest, close);
      queue.add(ex);
      int gen = generation;
      p.then(v -> settled(gen, ex, v), e -> rejected(gen, e));
    } else {
      abort(ScriptError.typeError("handler is not or did not return a Message"));
    }
  }

  /** Sends {@code response} now if nothing is waiting before it, else queues it. */
  private void deliver(boolean headRequest, boolean close, Message response) {
    if (queue.isEmpty()) {
      write(headRequest, close, response);
    } else {
      Exchange ex = new Exchange(headRequest, close);
      ex.response = response;
      queue.add(ex);
    }
  }

  private void settled(int gen, Exchange ex, Object value) {
    if (gen != generation || closed) return;
    try {
      if (value instanceof Message m) {
        ex.response = m;
        flush();
      } else {
        abort(ScriptError.typeError("Promise did not resolve to a Message"));
      }
    } catch (RuntimeException e) {
      abort(e);
    }
  }

  private void rejected(int gen, Object error) {
    if (gen != generation || closed) return;
    Log.error((location() == null ? "" : location() + ": ") + "serveHTTP: the handler's promise was rejected: "
        + worker().scripts().toDisplayString(error));
    close();
    output(StreamEnd.thrown(error));
  }

  /** Sends every answer that is ready, in order, stopping at the first that is not. */
  private void flush() {
    int gen = generation;
    while (!closed && gen == generation) {
      Exchange ex = queue.peekFirst();
      if (ex == null) {
        if (inputEnd != null) finish(inputEnd);
        return;
      }
      if (!ex.ready()) return;
      queue.pollFirst();
      if (ex.error != null) {
        writeError(ex.error);
      } else {
        write(ex.headRequest, ex.close, ex.response);
      }
    }
  }

  /** Encodes and sends one response; ends the stream after it when the connection closes. */
  private void write(boolean headRequest, boolean close, Message response) {
    Object head = response.head();
    Data responseBody = response.body();
    int flags = encoder.response(context(), head, headRequest, responseBody.size(), close);
    HeadWriter w = encoder.writer();
    Data bytes = (flags & HeadEncoder.BODILESS) != 0 ? w.toData() : w.toData(responseBody);
    output(MessageStart.of(head));
    output(bytes);
    if ((flags & HeadEncoder.CLOSE) != 0) {
      finish(StreamEnd.normal());
    } else {
      output(MessageEnd.of(response.tail(), null));
    }
  }

  private void writeError(DecodeError error) {
    Data bytes = encoder.writer().reset().bytes(error.response()).toData();
    output(bytes);
    finish(StreamEnd.normal());
  }

  /** Ends the output stream with {@code end}; nothing more is read or sent. */
  private void finish(StreamEnd end) {
    close();
    output(end);
  }

  /** Ends the stream with an error for {@code error}, logged the standard way. */
  private void abort(RuntimeException error) {
    if (closed) return;
    close();
    failStream(error);
  }

  private void close() {
    closed = true;
    inputEnd = null;
    dropRequest();
    if (queue != null) queue.clear();
    if (decoder != null) decoder.stop();
  }
}
