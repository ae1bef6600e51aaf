package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;

/**
 * {@code connectHTTPTunnel(handshake, options?)}: the client end of an HTTP tunnel. On the first
 * event it sends {@code handshake} (a request {@code Message}, a function returning one, or, as
 * in Pipy's older form, a target string meaning {@code CONNECT target}) into a sub-pipeline made
 * with a clone of the context, and holds the stream's bytes until the answer comes. An answer
 * accepting the tunnel (2xx to CONNECT, 101 to an upgrade) opens it: the held bytes and all that
 * follow go into the sub-pipeline, and its output comes out. Any other answer ends the stream.
 * The answer itself is not passed on. Option {@code onState}: called with {@code "connecting"},
 * {@code "connected"} or {@code "closed"}.
 */
final class ConnectHttpTunnel extends Filter {

  private final Object handshake;
  private final ScriptFunction onState;

  private Pipeline pipeline;
  private int kind;
  private Object responseHead;
  private boolean open;
  private Data held;
  private StreamEnd heldEnd;
  private boolean closed;

  private ConnectHttpTunnel(Object handshake, ScriptFunction onState) {
    this.handshake = handshake;
    this.onState = onState;
  }

  private ConnectHttpTunnel(ConnectHttpTunnel proto) {
    super(proto);
    this.handshake = proto.handshake;
    this.onState = proto.onState;
  }

  /** Makes a prototype from {@code (handshake, options?)}. */
  static ConnectHttpTunnel create(FilterConfig config) {
    Object h = config.arg(0);
    if (!(h instanceof Message || h instanceof ScriptFunction || h instanceof CharSequence)) {
      throw ScriptError.typeError("connectHTTPTunnel: expects a Message or a function, got " + Values.typeName(h));
    }
    ScriptObject options = HttpOptions.object("connectHTTPTunnel", config.arg(1));
    ScriptFunction onState = options == null ? null : HttpOptions.function("connectHTTPTunnel", "options.onState",
        options.get("onState"));
    return new ConnectHttpTunnel(h, onState);
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new ConnectHttpTunnel(this);
  }

  @Override
  protected void process(Event e) {
    if (closed) {
      if (e instanceof Data d) d.release();
      return;
    }
    try {
      if (pipeline == null && !start() || closed) {
        if (e instanceof Data d) d.release();
        return;
      }
      if (open) {
        pipeline.input(e);
      } else if (e instanceof Data d) {
        if (held == null) held = d;
        else held.push(d);
      } else if (e instanceof StreamEnd se) {
        heldEnd = se;
      }
    } catch (RuntimeException x) {
      closed = true;
      failStream(x);
    }
  }

  private boolean start() {
    Message m = handshake();
    if (m == null) {
      closed = true;
      failStream(ScriptError.typeError("handshake is not or did not return a request Message"));
      return false;
    }
    kind = Tunnels.requested(m.head());
    pipeline = subPipeline(0, true, this::reply);
    state("connecting");
    m.writeTo(pipeline);
    return true;
  }

  private Message handshake() {
    Object h = handshake;
    if (h instanceof ScriptFunction f) h = f.call(context());
    if (h instanceof Message m) return m;
    if (h instanceof CharSequence target) {
      ScriptObject head = worker().scripts().newObject();
      head.set("method", "CONNECT");
      head.set("path", target.toString());
      return new Message(head, null, null);
    }
    return null;
  }

  private void reply(Event e) {
    if (closed) {
      if (e instanceof Data d) d.release();
      return;
    }
    if (open || e instanceof StreamEnd) {
      if (e instanceof StreamEnd) closed = true;
      output(e);
      return;
    }
    if (e instanceof MessageStart ms) {
      if (responseHead == null) responseHead = ms.head() == null ? worker().scripts().newObject() : ms.head();
    } else if (e instanceof Data d) {
      d.release();
    } else if (e instanceof MessageEnd && responseHead != null) {
      if (Tunnels.accepted(kind, responseHead)) {
        open = true;
        state("connected");
        Data h = held;
        held = null;
        if (h != null) pipeline.input(h);
        StreamEnd end = heldEnd;
        heldEnd = null;
        if (end != null && pipeline != null) pipeline.input(end);
      } else {
        state("closed");
        closed = true;
        output(StreamEnd.normal());
      }
      responseHead = null;
    }
  }

  private void state(String s) {
    if (onState != null) onState.call1(context(), s);
  }

  @Override
  protected void reset() {
    if (pipeline != null) {
      pipeline.release();
      pipeline = null;
    }
    if (held != null) {
      held.release();
      held = null;
    }
    heldEnd = null;
    responseHead = null;
    open = false;
    closed = false;
    kind = Tunnels.NONE;
  }
}
