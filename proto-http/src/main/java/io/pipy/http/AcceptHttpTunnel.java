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
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Values;
import java.util.ArrayList;

/**
 * {@code acceptHTTPTunnel(handler)}, also {@code acceptHTTPTunnel('layout', handler)}: the server
 * end of an HTTP tunnel (CONNECT, or an upgrade such as WebSocket). The request message goes to
 * {@code handler}, which returns the answer (a {@code Message}, nothing for a plain 200, or a
 * promise of either). The answer goes out; if it accepts the tunnel (2xx to CONNECT, 101 to an
 * upgrade), a sub-pipeline starts with a clone of the context, and everything after the request
 * flows into it while its output flows out. Otherwise the next message is read as a new request.
 */
final class AcceptHttpTunnel extends Filter {

  private final ScriptFunction handler;

  private Pipeline tunnel;
  private Object requestHead;
  private Data requestBody;
  private boolean reading;
  private boolean waiting;
  private ArrayList<Event> held;
  private int generation;
  private boolean closed;

  private AcceptHttpTunnel(ScriptFunction handler) {
    this.handler = handler;
  }

  private AcceptHttpTunnel(AcceptHttpTunnel proto) {
    super(proto);
    this.handler = proto.handler;
  }

  /** Makes a prototype from {@code (handler)} or {@code ('layout', handler)}. */
  static AcceptHttpTunnel create(FilterConfig config) {
    int i = config.arg(0) instanceof CharSequence ? 1 : 0;
    if (!(config.arg(i) instanceof ScriptFunction f)) {
      throw ScriptError.typeError("acceptHTTPTunnel: handler expects a function, got " + Values.typeName(config.arg(i)));
    }
    AcceptHttpTunnel t = new AcceptHttpTunnel(f);
    if (i == 1) t.addSubPipeline(config.layoutNamed(config.arg(0).toString()));
    return t;
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new AcceptHttpTunnel(this);
  }

  @Override
  protected void process(Event e) {
    if (closed) {
      if (e instanceof Data d) d.release();
      return;
    }
    if (tunnel != null) {
      tunnel.input(e);
      return;
    }
    if (waiting) {
      if (held == null) held = new ArrayList<>(4);
      held.add(e);
      return;
    }
    if (e instanceof MessageStart ms) {
      if (reading) return;
      reading = true;
      requestHead = ms.head();
      requestBody = null;
    } else if (e instanceof Data d) {
      if (!reading) {
        d.release();
      } else if (requestBody == null) {
        requestBody = d;
      } else {
        requestBody.push(d);
      }
    } else if (e instanceof MessageEnd me) {
      if (!reading) return;
      reading = false;
      Data b = requestBody;
      requestBody = null;
      Data body = null;
      if (b != null) {
        body = b.forScript();
        b.release();
      }
      request(new Message(requestHead, body, me.tail()));
    } else if (e instanceof StreamEnd se) {
      closed = true;
      output(se);
    }
  }

  private void request(Message req) {
    Object r;
    try {
      r = handler.call1(context(), req);
    } catch (RuntimeException x) {
      closed = true;
      failStream(x);
      return;
    }
    if (r instanceof ScriptPromise p) {
      waiting = true;
      int gen = generation;
      p.then(v -> {
        if (gen == generation) answer(req.head(), v);
      }, x -> {
        if (gen == generation && !closed) {
          closed = true;
          output(StreamEnd.thrown(x));
        }
      });
    } else {
      answer(req.head(), r);
    }
  }

  private void answer(Object requestHead, Object r) {
    waiting = false;
    if (closed) return;
    Message res;
    if (Values.isNullish(r)) {
      res = new Message(null, null, null);
    } else if (r instanceof Message m) {
      res = m;
    } else {
      closed = true;
      failStream(ScriptError.typeError("handler did not return a Message"));
      return;
    }
    if (Tunnels.accepted(Tunnels.requested(requestHead), res.head())) {
      tunnel = subPipeline(0, true, this::output);
    }
    res.writeTo(this::output);
    ArrayList<Event> events = held;
    held = null;
    if (events != null) {
      for (Event e : events) process(e);
    }
  }

  @Override
  protected void reset() {
    generation++;
    if (tunnel != null) {
      tunnel.release();
      tunnel = null;
    }
    if (requestBody != null) {
      requestBody.release();
      requestBody = null;
    }
    if (held != null) {
      for (Event e : held) {
        if (e instanceof Data d) d.release();
      }
      held = null;
    }
    requestHead = null;
    reading = false;
    waiting = false;
    closed = false;
  }
}
