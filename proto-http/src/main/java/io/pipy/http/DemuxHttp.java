package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptObject;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * {@code demuxHTTP(options?)}, also {@code demuxHTTP('layout', options?)}: an HTTP server on a
 * byte stream that hands each request to a sub-pipeline of its own, with a shallow clone of the
 * stream's context. The sub-pipeline gets the request as a message and its output message is
 * the response.
 *
 * <p>The protocol is found from the first bytes: the HTTP/2 connection preface (prior
 * knowledge) starts HTTP/2 at once, anything else is HTTP/1.x, which can still turn into HTTP/2
 * with {@code Upgrade: h2c} (stream 1 is the upgrading request; the {@code 101} is written as
 * Pipy writes it).
 *
 * <p>HTTP/1.x: requests may be pipelined; answers go out in the order the requests came, the
 * early ones waiting for their turn. A {@code CONNECT} answered with 2xx, or an
 * {@code Upgrade: websocket} answered with 101, turns the connection into a tunnel to that
 * request's sub-pipeline; input after such a request waits for the answer. Malformed input is
 * answered as {@code serveHTTP} answers it (400, 414, 431, 505) after the answers before it, and
 * the stream ends. A sub-pipeline that ends without an answer ends the stream, as in Pipy.
 * HTTP/2: see {@link H2Endpoint}; each stream has its own sub-pipeline and answers go out as
 * they come.
 *
 * <p>Options: {@code bufferSize} (an answer body above it is sent chunked; default: no limit),
 * {@code maxHeaderSize} (16k), {@code maxMessages} (close after that many requests),
 * {@code connectionWindowSize} and {@code streamWindowSize} (HTTP/2 receive windows, 1m).
 */
final class DemuxHttp extends Filter implements Http1Decoder.Listener, H2Endpoint.Owner {

  private static final int DETECT = 0;
  private static final int H1 = 1;
  private static final int H2 = 2;
  private static final int TUNNEL = 3;
  private static final int CLOSED = 4;

  private final Settings settings;

  private int mode = DETECT;
  private Data detected;
  private Http1Decoder decoder;
  private MessageEncoder encoder;
  private final ArrayDeque<H1Exchange> queue = new ArrayDeque<>(4);
  private H1Exchange reading;
  private H1Exchange upgrading;
  private H1Exchange tunnel;
  private Data held;
  private StreamEnd inputEnd;
  private H2Endpoint h2;
  private int messages;
  private boolean flushing;

  /** The options of one {@code demuxHTTP} call. */
  record Settings(int bufferSize, int maxHeaderSize, int maxMessages, int connectionWindow, int streamWindow) {
    static Settings of(String filter, Object arg) {
      ScriptObject o = HttpOptions.object(filter, arg);
      return new Settings(
          HttpOptions.size(o, "bufferSize", 0),
          HttpOptions.size(o, "maxHeaderSize", Http1Decoder.DEFAULT_MAX_HEAD_SIZE),
          HttpOptions.integer(o, "maxMessages", 0),
          window(o, "connectionWindowSize", 0xffff),
          window(o, "streamWindowSize", 1));
    }

    private static int window(ScriptObject o, String name, int min) {
      return Math.max(min, HttpOptions.size(o, name, H2Endpoint.DEFAULT_WINDOW));
    }
  }

  private DemuxHttp(Settings settings) {
    this.settings = settings;
  }

  private DemuxHttp(DemuxHttp proto) {
    super(proto);
    this.settings = proto.settings;
  }

  /** Makes a prototype from {@code (options?)} or {@code ('layout', options?)}. */
  static DemuxHttp create(FilterConfig config) {
    Object a0 = config.arg(0);
    if (a0 instanceof CharSequence name) {
      DemuxHttp f = new DemuxHttp(Settings.of("demuxHTTP", config.arg(1)));
      f.addSubPipeline(config.layoutNamed(name.toString()));
      return f;
    }
    return new DemuxHttp(Settings.of("demuxHTTP", a0));
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new DemuxHttp(this);
  }

  @Override
  protected void process(Event event) {
    if (mode == CLOSED) {
      if (event instanceof Data d) d.release();
      return;
    }
    try {
      if (event instanceof Data d) {
        switch (mode) {
          case DETECT -> detect(d);
          case H1 -> feedH1(d);
          case H2 -> h2.feed(d);
          default -> tunnel.pipeline.input(d);
        }
      } else if (event instanceof StreamEnd se) {
        inputEnded(se);
      }
    } catch (RuntimeException e) {
      if (mode != CLOSED) {
        cleanup();
        mode = CLOSED;
        failStream(e);
      }
    }
  }

  @Override
  protected void reset() {
    cleanup();
    mode = DETECT;
    messages = 0;
    inputEnd = null;
    h2 = null;
    if (decoder != null) decoder.reset();
  }

  private void cleanup() {
    if (detected != null) {
      detected.release();
      detected = null;
    }
    if (held != null) {
      held.release();
      held = null;
    }
    if (reading != null) reading.release();
    for (H1Exchange ex : queue) ex.release();
    queue.clear();
    reading = null;
    upgrading = null;
    if (tunnel != null) tunnel.release();
    tunnel = null;
    if (decoder != null) decoder.stop();
    if (encoder != null) encoder.reset();
    if (h2 != null) h2.abandon();
  }

  // ---- Choosing the protocol ----

  private void detect(Data d) {
    if (detected == null) {
      detected = d;
    } else {
      detected.push(d);
    }
    int m = H2Preface.match(detected);
    if (m == H2Preface.MAYBE) return;
    Data bytes = detected;
    detected = null;
    if (m == H2Preface.YES) {
      mode = H2;
      h2 = newEndpoint();
      h2.feed(bytes);
    } else {
      mode = H1;
      feedH1(bytes);
    }
  }

  private H2Endpoint newEndpoint() {
    return new H2Endpoint(true, this, context(), settings.streamWindow(), settings.connectionWindow(),
        settings.maxHeaderSize());
  }

  // ---- HTTP/1 requests ----

  private void feedH1(Data d) {
    if (decoder == null) {
      decoder = new Http1Decoder(false, settings.maxHeaderSize(), worker().scripts(), this);
      encoder = new MessageEncoder(true, settings.bufferSize(), this::encoded);
    }
    if (decoder.paused()) {
      hold(d);
      return;
    }
    decoder.feed(d);
    Data rest = decoder.takeRest();
    H1Exchange up = upgrading;
    if (up != null) {
      upgrading = null;
      upgrade(up, rest);
    } else if (rest != null) {
      if (mode == TUNNEL) {
        tunnel.pipeline.input(rest);
      } else if (mode == CLOSED) {
        rest.release();
      } else {
        hold(rest);
      }
    }
  }

  private void hold(Data d) {
    if (held == null) {
      held = d;
    } else {
      held.push(d);
    }
  }

  private void inputEnded(StreamEnd se) {
    switch (mode) {
      case DETECT -> {
        mode = H1;
        Data bytes = detected;
        detected = null;
        if (bytes != null) feedH1(bytes);
        if (mode == H1) endH1(se);
        else if (mode == H2) h2.end(se);
      }
      case H1 -> endH1(se);
      case H2 -> h2.end(se);
      case TUNNEL -> tunnel.pipeline.input(se);
      default -> { }
    }
  }

  private void endH1(StreamEnd se) {
    if (decoder != null && !decoder.paused()) decoder.end();
    H1Exchange r = reading;
    if (r != null) {
      reading = null;
      r.inputDone = true;
      r.pipeline.input(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
      r.releaseIfDone();
    }
    if (mode != H1) return;
    if (queue.isEmpty()) {
      finish(se);
    } else {
      inputEnd = se;
    }
  }

  @Override
  public String onHead(ScriptObject head) {
    H1Exchange ex = new H1Exchange(this);
    String method = decoder.method();
    ex.method = method;
    ex.headRequest = "HEAD".equals(method);
    ex.close = decoder.isFinal() || settings.maxMessages() > 0 && ++messages >= settings.maxMessages();
    String up = decoder.upgrade();
    if ("CONNECT".equals(method)) {
      ex.tunnel = H1Exchange.CONNECT;
    } else if (up != null) {
      if (Tokens.has(up, "websocket")) {
        ex.tunnel = H1Exchange.WEBSOCKET;
      } else if (queue.isEmpty() && !ex.close && (ex.h2Settings = H2Upgrade.take(head, up)) != null) {
        ex.tunnel = H1Exchange.H2C;
        ex.holding = true;
      }
    }
    queue.add(ex);
    reading = ex;
    ex.pipeline = subPipeline(0, true, ex);
    ex.pipeline.input(MessageStart.of(head));
    return null;
  }

  @Override
  public void onBody(Data body) {
    H1Exchange r = reading;
    if (r == null || r.pipeline == null) {
      body.release();
    } else {
      r.pipeline.input(body);
    }
  }

  @Override
  public void onEnd(ScriptObject tail) {
    H1Exchange ex = reading;
    if (ex == null) return;
    reading = null;
    if (ex.close) {
      decoder.stop();
    } else if (ex.tunnel != H1Exchange.PLAIN) {
      decoder.pause();
    }
    if (ex.tunnel == H1Exchange.H2C) upgrading = ex;
    ex.inputDone = true;
    if (ex.pipeline != null) ex.pipeline.input(MessageEnd.of(tail, null));
    ex.releaseIfDone();
  }

  @Override
  public void onError(DecodeError error) {
    Log.debug("demuxHTTP: malformed request, answering " + error.status());
    H1Exchange r = reading;
    if (r != null) {
      // Its request broke off in the middle (a bad chunk, say): whatever its sub-pipeline makes
      // of the rest is not an answer to anything the client sent, and a sub-pipeline that just
      // ends must not end the connection before the error answer. The error answer takes its
      // place in the queue.
      reading = null;
      queue.remove(r);
      r.inputDone = true;
      r.responded = true;
      r.pipeline.input(StreamEnd.of(StreamEnd.Error.PROTOCOL_ERROR));
      r.release();
    }
    if (mode != H1) return;
    H1Exchange ex = new H1Exchange(this);
    ex.error = error;
    queue.add(ex);
    flushQueue();
  }

  // ---- HTTP/1 answers ----

  /** An event from the sub-pipeline of {@code ex}. */
  void response(H1Exchange ex, Event e) {
    if (ex.h2 != null) {
      ex.h2.send(e);
      return;
    }
    if (mode == CLOSED || ex.pipeline == null && ex.responded) {
      if (e instanceof Data d) d.release();
      return;
    }
    try {
      if (ex == tunnel) {
        if (e instanceof Data d) {
          output(d);
        } else if (e instanceof StreamEnd se) {
          finish(se);
        }
      } else if (ex.holding || queue.peekFirst() != ex) {
        ex.hold(e);
      } else {
        write(ex, e);
      }
    } catch (RuntimeException x) {
      if (mode != CLOSED) {
        cleanup();
        mode = CLOSED;
        failStream(x);
      }
    }
  }

  private void write(H1Exchange ex, Event e) {
    if (e instanceof MessageStart ms) {
      if (ex.started) return;
      ex.started = true;
      int status = HeadEncoder.statusOf(ms.head());
      ex.informational = status >= 100 && status < 200 && status != 101;
      ex.tunnelOk = ex.tunnel == H1Exchange.CONNECT && status >= 200 && status < 300
          || ex.tunnel == H1Exchange.WEBSOCKET && status == 101;
      encoder.start(context(), ms.head(), ex.headRequest, ex.close && !ex.informational, ex.tunnelOk);
    } else if (e instanceof Data d) {
      if (ex.started) {
        encoder.data(d);
      } else {
        d.release();
      }
    } else if (e instanceof MessageEnd me) {
      if (!ex.started) return;
      ex.started = false;
      encoder.end(me);
      if (mode == CLOSED) return;
      if (ex.informational) return;
      complete(ex);
    } else if (e instanceof StreamEnd se) {
      if (ex.started) {
        ex.started = false;
        encoder.end(MessageEnd.plain());
        if (mode == CLOSED) return;
        ex.tunnelOk = false;
        complete(ex);
      } else {
        finish(se);
      }
    }
  }

  private void complete(H1Exchange ex) {
    queue.pollFirst();
    ex.responded = true;
    if (ex.tunnelOk) {
      enterTunnel(ex);
      return;
    }
    ex.releaseIfDone();
    if (ex.tunnel != H1Exchange.PLAIN && decoder.paused()) {
      decoder.resume();
      Data h = held;
      held = null;
      if (h != null) feedH1(h);
      if (mode != H1) return;
    }
    if (!flushing) flushQueue();
  }

  /** Sends what waits at the head of the queue, in order, until an answer is not complete. */
  private void flushQueue() {
    flushing = true;
    try {
      while (mode == H1) {
        H1Exchange head = queue.peekFirst();
        if (head == null) {
          if (inputEnd != null && (decoder == null || !decoder.paused())) finish(inputEnd);
          return;
        }
        if (head.error != null) {
          queue.pollFirst();
          output(Data.wrap(head.error.response()));
          finish(StreamEnd.normal());
          return;
        }
        if (head.holding) return;
        ArrayList<Event> events = head.takeHeld();
        if (events == null) return;
        for (int i = 0; i < events.size(); i++) {
          Event e = events.get(i);
          if (mode == CLOSED || queue.peekFirst() != head && head != tunnel) {
            if (e instanceof Data d) d.release();
          } else if (head == tunnel) {
            response(head, e);
          } else {
            write(head, e);
          }
        }
        if (queue.peekFirst() == head) return;
      }
    } finally {
      flushing = false;
    }
  }

  private void enterTunnel(H1Exchange ex) {
    mode = TUNNEL;
    tunnel = ex;
    ex.inputDone = false;
    for (H1Exchange other : queue) other.release();
    queue.clear();
    Data h = held;
    held = null;
    if (h != null) ex.pipeline.input(h);
    StreamEnd end = inputEnd;
    inputEnd = null;
    if (end != null && ex.pipeline != null) ex.pipeline.input(end);
    ArrayList<Event> events = ex.takeHeld();
    if (events != null) {
      for (Event e : events) response(ex, e);
    }
  }

  /** Output of the encoder: a {@code StreamEnd} there means the connection closes. */
  private void encoded(Event e) {
    if (e instanceof StreamEnd se) {
      finish(se);
    } else {
      output(e);
    }
  }

  private void finish(StreamEnd se) {
    if (mode == CLOSED) return;
    mode = CLOSED;
    cleanup();
    output(se);
  }

  // ---- Upgrading to HTTP/2 ----

  private void upgrade(H1Exchange ex, Data rest) {
    H2Upgrade.writeSwitching(worker().scripts(), this::output);
    mode = H2;
    queue.clear();
    if (decoder != null) decoder.stop();
    H2Endpoint ep = h2 = newEndpoint();
    ep.enter(); // one write for the SETTINGS and whatever answer is ready
    try {
      H2Stream s = ep.startUpgraded(H2Upgrade.settingsOf(ex.h2Settings));
      if (s == null) {
        ex.release();
        if (rest != null) rest.release();
        return;
      }
      s.method = ex.method;
      s.attachment = ex.pipeline;
      ex.pipeline = null;
      ex.h2 = s;
      ex.holding = false;
      ArrayList<Event> events = ex.takeHeld();
      if (events != null) {
        for (Event e : events) s.send(e);
      }
    } finally {
      ep.leave();
    }
    if (rest != null) ep.feed(rest);
  }

  // ---- HTTP/2 streams ----

  @Override
  public void streamOpened(H2Stream stream) {
    Pipeline p = subPipeline(0, true, stream::send);
    stream.attachment = p;
    stream.receiver = p;
  }

  @Override
  public void streamClosed(H2Stream stream) {
    if (stream.attachment instanceof Pipeline p) {
      stream.attachment = null;
      p.release();
    }
  }

  @Override
  public void write(Event event) {
    if (event instanceof StreamEnd se) {
      if (mode == CLOSED) return;
      mode = CLOSED;
      h2 = null;
      cleanup();
      output(se);
    } else {
      output(event);
    }
  }
}
