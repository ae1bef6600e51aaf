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
 * still answered, then the output ends. A 2xx answer to {@code CONNECT} goes out without
 * {@code content-length} (RFC 9110 9.3.6), its body as the tunnel's first bytes, and then the
 * output ends: {@code serveHTTP} has nothing to tunnel to ({@code acceptHTTPTunnel} does).
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
final class ServeHttp extends Filter implements Http1Decoder.Listener, H2Endpoint.Owner {

  private final Message constant;
  private final ScriptFunction handler;
  private final int maxHeadSize;
  private final int maxMessages;
  private final int connectionWindow;
  private final int streamWindow;

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
  private boolean detecting = true;
  private Data detected;
  private H2Endpoint h2;
  private Message upgradeRequest;
  private String upgradeSettings;

  private ServeHttp(Message constant, ScriptFunction handler, int maxHeadSize, int maxMessages, int connectionWindow,
      int streamWindow) {
    this.constant = constant;
    this.handler = handler;
    this.maxHeadSize = maxHeadSize;
    this.maxMessages = maxMessages;
    this.connectionWindow = connectionWindow;
    this.streamWindow = streamWindow;
  }

  private ServeHttp(ServeHttp proto) {
    super(proto);
    this.constant = proto.constant;
    this.handler = proto.handler;
    this.maxHeadSize = proto.maxHeadSize;
    this.maxMessages = proto.maxMessages;
    this.connectionWindow = proto.connectionWindow;
    this.streamWindow = proto.streamWindow;
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
    int connectionWindow = Math.max(0xffff, HttpOptions.size(options, "connectionWindowSize", H2Endpoint.DEFAULT_WINDOW));
    int streamWindow = Math.max(1, HttpOptions.size(options, "streamWindowSize", H2Endpoint.DEFAULT_WINDOW));
    return new ServeHttp(constant, fn, maxHeadSize, maxMessages, connectionWindow, streamWindow);
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
      if (h2 != null) {
        if (event instanceof Data d) {
          h2.feed(d);
        } else if (event instanceof StreamEnd se) {
          h2.end(se);
        }
        return;
      }
      if (event instanceof Data d) {
        if (detecting && (d = detect(d)) == null) return;
        if (decoder == null) {
          decoder = new Http1Decoder(false, maxHeadSize, worker().scripts(), this);
          encoder = new HeadEncoder(new HeadWriter());
          queue = new ArrayDeque<>(4);
        }
        decoder.feed(d);
        if (upgradeRequest != null) upgrade(decoder.takeRest());
      } else if (event instanceof StreamEnd se) {
        if (detecting && detected != null) {
          Data bytes = detected;
          detected = null;
          detecting = false;
          process(bytes);
          if (closed || h2 != null) {
            process(se);
            return;
          }
        }
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

  /**
   * Gathers the first bytes until they tell HTTP/2's preface from anything else; returns the
   * bytes to read as HTTP/1, or {@code null}. With the preface, HTTP/2 starts here.
   */
  private Data detect(Data d) {
    if (detected != null) {
      detected.push(d);
      d = detected;
    }
    int m = H2Preface.match(d);
    if (m == H2Preface.MAYBE) {
      detected = d;
      return null;
    }
    detected = null;
    detecting = false;
    if (m == H2Preface.YES) {
      h2 = new H2Endpoint(true, this, context(), streamWindow, connectionWindow, maxHeadSize);
      h2.feed(d);
      return null;
    }
    return d;
  }

  @Override
  protected void reset() {
    generation++;
    detecting = true;
    if (detected != null) {
      detected.release();
      detected = null;
    }
    if (h2 != null) {
      h2.abandon();
      h2 = null;
    }
    upgradeRequest = null;
    upgradeSettings = null;
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
    ScriptObject head = requestHead;
    Message request = new Message(head, scriptBody, tail);
    requestHead = null;
    String method = decoder.method();
    boolean close = decoder.isFinal() || maxMessages > 0 && ++requests >= maxMessages;
    if (!close && queue.isEmpty() && (upgradeSettings = H2Upgrade.take(head, decoder.upgrade())) != null) {
      upgradeRequest = request;
      decoder.pause();
      return;
    }
    if (close) decoder.stop();
    answer(request, method, close);
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

  private void answer(Message request, String method, boolean close) {
    if (constant != null) {
      deliver(method, close, constant);
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
      deliver(method, close, m);
    } else if (r instanceof ScriptPromise p) {
      Exchange ex = new Exchange(method, close);
      queue.add(ex);
      int gen = generation;
      p.then(v -> settled(gen, ex, v), e -> rejected(gen, e));
    } else {
      abort(ScriptError.typeError("handler is not or did not return a Message"));
    }
  }

  /** Sends {@code response} now if nothing is waiting before it, else queues it. */
  private void deliver(String method, boolean close, Message response) {
    if (queue.isEmpty()) {
      write(method, close, response);
    } else {
      Exchange ex = new Exchange(method, close);
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
        write(ex.method, ex.close, ex.response);
      }
    }
  }

  /**
   * Encodes and sends one response to a request of {@code method}; ends the stream after it when
   * the connection closes. A 2xx answer to {@code CONNECT} says a tunnel is open, so it goes out
   * without framing headers, as a tunnel's first bytes (as Pipy sends it); with nothing here to
   * tunnel to, the stream then ends.
   */
  private void write(String method, boolean close, Message response) {
    Object head = response.head();
    Data responseBody = response.body();
    boolean tunnel = "CONNECT".equals(method) && Tunnels.accepted(Tunnels.CONNECT, head);
    int flags = encoder.response(context(), head, "HEAD".equals(method), responseBody.size(), close, tunnel);
    HeadWriter w = encoder.writer();
    Data bytes = (flags & HeadEncoder.BODILESS) != 0 && !tunnel ? w.toData() : w.toData(responseBody);
    output(MessageStart.of(head));
    output(bytes);
    if (tunnel || (flags & HeadEncoder.CLOSE) != 0) {
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

  // ---- HTTP/2 ----

  private void upgrade(Data rest) {
    Message request = upgradeRequest;
    upgradeRequest = null;
    decoder.stop();
    H2Upgrade.writeSwitching(worker().scripts(), this::output);
    H2Endpoint ep = h2 = new H2Endpoint(true, this, context(), streamWindow, connectionWindow, maxHeadSize);
    ep.enter();
    try {
      H2Stream s = ep.startUpgraded(H2Upgrade.settingsOf(upgradeSettings));
      if (s != null) {
        s.method = request.head() instanceof ScriptObject h && h.get("method") instanceof String m ? m : "GET";
        answerH2(s, request);
      }
    } finally {
      ep.leave();
    }
    if (rest != null) ep.feed(rest);
  }

  @Override
  public void streamOpened(H2Stream stream) {
    stream.receiver = new ServeH2Request(this, stream);
  }

  @Override
  public void streamClosed(H2Stream stream) {
  }

  @Override
  public void write(Event event) {
    if (event instanceof StreamEnd se) {
      if (closed) return;
      closed = true;
      output(se);
    } else {
      output(event);
    }
  }

  /** Answers one HTTP/2 request; a failing handler gets its stream a 502, the others carry on. */
  void answerH2(H2Stream stream, Message request) {
    if (constant != null) {
      constant.writeTo(stream::send);
      return;
    }
    Object r;
    try {
      r = handler.call1(context(), request);
    } catch (RuntimeException e) {
      streamFailed(stream, e);
      return;
    }
    if (r instanceof Message m) {
      m.writeTo(stream::send);
    } else if (r instanceof ScriptPromise p) {
      int gen = generation;
      p.then(v -> {
        if (gen != generation || stream.closed) return;
        if (v instanceof Message m) {
          m.writeTo(stream::send);
        } else {
          streamFailed(stream, ScriptError.typeError("Promise did not resolve to a Message"));
        }
      }, e -> {
        if (gen != generation || stream.closed) return;
        Log.error((location() == null ? "" : location() + ": ") + "serveHTTP: the handler's promise was rejected: "
            + worker().scripts().toDisplayString(e));
        stream.send(StreamEnd.thrown(e));
      });
    } else {
      streamFailed(stream, ScriptError.typeError("handler is not or did not return a Message"));
    }
  }

  private void streamFailed(H2Stream stream, RuntimeException e) {
    if (e instanceof io.pipy.api.script.ScriptException se) {
      Log.error(se.report());
    } else {
      Log.error((location() == null ? "" : location() + ": ") + "in serveHTTP: " + e);
    }
    stream.send(StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR));
  }

  private void close() {
    closed = true;
    inputEnd = null;
    dropRequest();
    if (queue != null) queue.clear();
    if (decoder != null) decoder.stop();
  }
}
