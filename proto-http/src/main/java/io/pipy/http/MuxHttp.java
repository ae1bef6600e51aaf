package io.pipy.http;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import java.util.ArrayList;

/**
 * {@code muxHTTP(selector?, options?)}, also {@code muxHTTP('layout', selector?, options?)}:
 * the client side of HTTP. Requests coming in as messages are sent over upstream sessions
 * ({@link MuxSession}, one sub-pipeline each) shared by every stream whose session key is the
 * same; the answers come out as messages.
 *
 * <p>The key is what {@code selector} returns (a function called with the stream's context), or
 * the stream's inbound connection when it returns undefined or there is none: so by default
 * each client connection gets its own upstream sessions. {@code options} is an object (see
 * {@link MuxOptions}) or a function returning one, called when a key is first seen.
 *
 * <p>When a session ends before answering (the upstream could not be reached, reset, timed
 * out), the request is answered as Pipy answers it: {@code 502 Connection Refused},
 * {@code 502 Cannot Resolve}, {@code 504 Gateway Timeout}, {@code 401 Unauthorized},
 * {@code 502 Read Error}, {@code 502 Write Error} or {@code 502 Bad Gateway}, with an empty body
 * (or the thrown value, if a script threw). A session that ends normally without an answer
 * ends this stream too. After the input ends, the output ends once the answers are out.
 */
final class MuxHttp extends Filter {

  /** The session key of streams that came from no inbound connection. */
  private static final Object NO_INBOUND = new Object();

  private final ScriptFunction selector;
  private final MuxOptions options;
  private final ScriptFunction optionsFn;
  private final MuxPools pools;
  /** {@link #poolOptions()} as a supplier, made once: sessions are looked up per request. */
  private final java.util.function.Supplier<MuxOptions> poolOptions = this::poolOptions;

  private int epoch;
  private boolean keyReady;
  private Object key;
  private MuxSession session;
  private ArrayList<Event> buffered;
  private boolean closed;

  // Requests (HTTP/1)
  private Object requestHead;
  private Data requestBody;
  private boolean inRequest;
  private boolean connectSent;
  private boolean tunnelOpen;
  // Requests (HTTP/2)
  private H2Stream h2;

  // Answers
  private int pending;
  private boolean answering;
  private boolean answerInformational;
  private boolean answerTunnel;
  private StreamEnd inputEnd;

  private MuxHttp(ScriptFunction selector, MuxOptions options, ScriptFunction optionsFn) {
    this.selector = selector;
    this.options = options;
    this.optionsFn = optionsFn;
    this.pools = new MuxPools();
  }

  private MuxHttp(MuxHttp proto) {
    super(proto);
    this.selector = proto.selector;
    this.options = proto.options;
    this.optionsFn = proto.optionsFn;
    this.pools = proto.pools;
  }

  /** Makes a prototype from {@code ([layout,] [selector,] [options])}. */
  static MuxHttp create(FilterConfig config) {
    int i = 0;
    String layout = null;
    if (config.arg(0) instanceof CharSequence s) {
      layout = s.toString();
      i = 1;
    }
    ScriptFunction selector = null;
    Object a = config.arg(i);
    Object b = config.arg(i + 1);
    if (a instanceof ScriptFunction f && !Values.isNullish(b)) {
      selector = f;
      a = b;
    } else if (a instanceof ScriptFunction f && layout != null) {
      selector = f;
      a = b;
    } else if (a instanceof ScriptFunction f && Values.isNullish(b)) {
      // muxHTTP(fn): a selector, as Pipy reads a lone function.
      selector = f;
      a = null;
    }
    MuxOptions opts = MuxOptions.DEFAULT;
    ScriptFunction optsFn = null;
    if (a instanceof ScriptFunction f) {
      optsFn = f;
    } else if (!Values.isNullish(a)) {
      opts = MuxOptions.of(HttpOptions.object("muxHTTP", a));
    }
    MuxHttp m = new MuxHttp(selector, opts, optsFn);
    if (layout != null) m.addSubPipeline(config.layoutNamed(layout));
    // At shutdown idle upstream connections close, so the process can exit once streams finish.
    MuxPools pools = m.pools;
    if (config.worker() != null) config.worker().onShutdown(pools::drain);
    return m;
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new MuxHttp(this);
  }

  /** The sessions shared by every instance of this prototype; for tests. */
  MuxPools pools() {
    return pools;
  }

  // ---- Used by sessions ----

  Context streamContext() {
    return context();
  }

  Pipeline openUpstream(EventTarget output) {
    return subPipeline(0, false, output);
  }

  void sessionReady(MuxSession s) {
    if (s != session || buffered == null) return;
    ArrayList<Event> events = buffered;
    buffered = null;
    try {
      for (Event e : events) {
        if (closed) {
          if (e instanceof Data d) d.release();
        } else {
          deliver(e);
        }
      }
    } catch (RuntimeException x) {
      closed = true;
      failStream(x);
    }
  }

  void sessionFailed(StreamEnd se) {
    ArrayList<Event> events = buffered;
    buffered = null;
    boolean hadRequest = false;
    if (events != null) {
      for (Event e : events) {
        if (e instanceof Data d) d.release();
        if (e instanceof MessageEnd) hadRequest = true;
      }
    }
    session = null;
    if (hadRequest) {
      pending++;
      receive(epoch, se);
    }
  }

  // ---- Requests ----

  @Override
  protected void process(Event e) {
    if (closed) {
      if (e instanceof Data d) d.release();
      return;
    }
    try {
      if (!keyReady) {
        keyReady = true;
        key = sessionKey();
      }
      if (session == null || session.ended() && !tunnelOpen) {
        if (e instanceof StreamEnd se && pending == 0) {
          finish(se);
          return;
        }
        session = pools.alloc(key, this, poolOptions);
        if (session.ended()) {
          // It failed at once (a bad version, logged where it failed).
          session = null;
          if (e instanceof Data d) d.release();
          closed = true;
          output(StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR));
          return;
        } else if (!session.ready()) {
          session.await(this);
        }
      }
      if (session != null && !session.ready()) {
        if (buffered == null) buffered = new ArrayList<>(4);
        buffered.add(e);
        return;
      }
      if (session == null) {
        if (e instanceof Data d) d.release();
        return;
      }
      deliver(e);
    } catch (RuntimeException x) {
      closed = true;
      failStream(x);
    }
  }

  private Object sessionKey() {
    Object k = selector == null ? Undefined.INSTANCE : selector.call(context());
    if (k == Undefined.INSTANCE) {
      Object inbound = context().inbound();
      return inbound == null ? NO_INBOUND : inbound;
    }
    if (k instanceof Number n) return n.doubleValue();
    if (k instanceof CharSequence s) return s.toString();
    return k;
  }

  private MuxOptions poolOptions() {
    if (optionsFn == null) return options;
    Object o = optionsFn.call(context());
    if (!(o instanceof ScriptObject so) || o instanceof ScriptFunction) {
      throw ScriptError.typeError("callback did not return an object for options");
    }
    return MuxOptions.of(so);
  }

  private void deliver(Event e) {
    if (session.version() == 2) {
      deliver2(e);
      return;
    }
    if (tunnelOpen) {
      // The client's end is half a close: what the upstream still sends comes back until it
      // ends too (receive() finishes then).
      session.tunnelInput(e);
      return;
    }
    if (e instanceof MessageStart ms) {
      if (inRequest) return;
      inRequest = true;
      requestHead = ms.head();
      requestBody = null;
    } else if (e instanceof Data d) {
      if (inRequest) {
        if (requestBody == null) requestBody = d;
        else requestBody.push(d);
      } else if (connectSent) {
        hold(d); // tunnel bytes before the tunnel is open
      } else {
        d.release();
      }
    } else if (e instanceof MessageEnd me) {
      if (!inRequest) return;
      inRequest = false;
      Data body = requestBody;
      requestBody = null;
      Object head = requestHead;
      requestHead = null;
      pending++;
      connectSent = head instanceof ScriptObject h && "CONNECT".equals(h.get(HeadKeys.current().method));
      session.request(this, epoch, head, body, me);
    } else if (e instanceof StreamEnd se) {
      dropRequest();
      if (connectSent) {
        hold(se);
      } else if (pending > 0) {
        inputEnd = se;
      } else {
        finish(se);
      }
    }
  }

  private void deliver2(Event e) {
    if (e instanceof MessageStart) {
      if (h2 != null && !h2.closed && !h2.sendEnded) return;
      h2 = session.openStream();
      if (h2 == null) {
        pending++;
        receive(epoch, StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
        return;
      }
      int ep = epoch;
      h2.receiver = ev -> receive(ep, ev);
      pending++;
      h2.send(e);
      // A CONNECT stream turns into a tunnel once answered with 2xx (see answered()).
      connectSent = h2.tunnel;
    } else if (e instanceof StreamEnd se) {
      if (h2 != null && !h2.closed && (h2.tunnel || !h2.endQueued)) h2.send(se);
      if (pending > 0) {
        inputEnd = se;
      } else {
        finish(se);
      }
    } else if (h2 != null) {
      h2.send(e);
    } else if (e instanceof Data d) {
      d.release();
    }
  }

  private void hold(Event e) {
    if (buffered == null) buffered = new ArrayList<>(4);
    buffered.add(e);
  }

  private void dropRequest() {
    inRequest = false;
    requestHead = null;
    if (requestBody != null) {
      requestBody.release();
      requestBody = null;
    }
  }

  // ---- Answers ----

  /** An answer event from the session, for the stream of {@code ep}. */
  void receive(int ep, Event e) {
    if (ep != epoch || closed) {
      if (e instanceof Data d) d.release();
      return;
    }
    if (answerTunnel) {
      if (e instanceof StreamEnd se) {
        finish(se);
      } else if (e instanceof Data) {
        output(e);
      }
      return;
    }
    if (e instanceof MessageStart ms) {
      if (answering) return;
      answering = true;
      int status = HeadEncoder.statusOf(ms.head());
      answerInformational = status >= 100 && status < 200 && status != 101;
      output(e);
    } else if (e instanceof Data d) {
      if (answering) output(d);
      else d.release();
    } else if (e instanceof MessageEnd) {
      if (!answering) return;
      answering = false;
      output(e);
      if (answerInformational) return;
      answered();
    } else if (e instanceof StreamEnd se) {
      if (answering) {
        answering = false;
        output(MessageEnd.plain());
        answered();
      } else if (pending > 0 && (se.hasError() || session != null && session.version() == 2)) {
        errorAnswer(se);
        answered();
      } else {
        finish(se);
      }
    }
  }

  private void answered() {
    if (pending > 0) pending--;
    if (connectSent && !closed) {
      connectSent = false;
      if (tunnelAccepted()) {
        tunnelOpen = true;
        answerTunnel = true;
        ArrayList<Event> events = buffered;
        buffered = null;
        if (events != null) {
          for (Event x : events) deliver(x);
        }
        return;
      }
      ArrayList<Event> events = buffered;
      buffered = null;
      if (events != null) {
        for (Event x : events) {
          if (x instanceof Data d) d.release();
          else if (x instanceof StreamEnd se) inputEnd = se;
        }
      }
    }
    if (pending == 0 && inputEnd != null) finish(inputEnd);
  }

  /** Whether the answer just ended opened a tunnel: the session says so by being dedicated. */
  private boolean tunnelAccepted() {
    return session != null && session.isTunnelFor(this, epoch) || h2 != null && h2.tunnel && !h2.closed;
  }

  private void errorAnswer(StreamEnd se) {
    ScriptRuntime rt = worker().scripts();
    ScriptObject head = rt.newObject();
    head.set("protocol", HeadParser.HTTP_1_1);
    head.set("headers", rt.newObject());
    head.set("status", DecodeHttpResponse.errorStatus(se.error()));
    head.set("statusText", DecodeHttpResponse.errorText(se.error()));
    output(MessageStart.of(head));
    if (se.value() != null) output(Data.fromString(rt.toDisplayString(se.value())));
    output(MessageEnd.plain());
  }

  private void finish(StreamEnd se) {
    if (closed) return;
    closed = true;
    output(se);
  }

  @Override
  protected void reset() {
    epoch++;
    if (h2 != null) {
      H2Stream s2 = h2;
      h2 = null;
      s2.receiver = EventTarget.DISCARD;
      s2.cancel();
    }
    MuxSession s = session;
    session = null;
    if (s != null) {
      if (tunnelOpen) s.close();
      pools.free(s, worker());
    }
    ArrayList<Event> events = buffered;
    buffered = null;
    if (events != null) {
      for (Event e : events) {
        if (e instanceof Data d) d.release();
      }
    }
    dropRequest();
    keyReady = false;
    key = null;
    closed = false;
    connectSent = false;
    tunnelOpen = false;
    answerTunnel = false;
    pending = 0;
    answering = false;
    answerInformational = false;
    inputEnd = null;
  }
}
