package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Values;

/**
 * {@code swap(hub)}: joins the stream to a {@link Hub} (given, or returned per stream by a
 * function, which may return a promise): input goes to the other members, and what they send
 * becomes this filter's output. Until a hub is known (the function returns null or undefined)
 * input is held. The stream leaves the hub when the filter is reset.
 */
final class Swap extends JointFilter {

  private final Object hubArg;

  private Hub hub;
  private EventTarget party;
  private EventQueue buffer;

  private Swap(Object hubArg) {
    this.hubArg = hubArg;
  }

  private Swap(Swap prototype) {
    super(prototype);
    this.hubArg = prototype.hubArg;
  }

  static Filter create(FilterConfig config) {
    Object a = config.arg(0);
    if (!(a instanceof Hub) && !(a instanceof ScriptFunction)) {
      throw ScriptError.typeError("swap(): argument 1 must be a Hub or a function, got " + Values.typeName(a));
    }
    return new Swap(a);
  }

  @Override
  protected Filter duplicate() {
    return new Swap(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (hub == null) {
      Object v = eval(hubArg);
      if (v == FAILED) {
        Events.drop(event);
        return;
      }
      if (v instanceof ScriptPromise p) {
        await(p, this::join);
        process(event);
        return;
      }
      join(v);
      if (closed) {
        Events.drop(event);
        return;
      }
      if (hub == null) {
        buffer().add(event);
        return;
      }
    }
    hub.broadcast(event, party);
  }

  private EventQueue buffer() {
    if (buffer == null) buffer = new EventQueue();
    return buffer;
  }

  private void join(Object v) {
    if (Values.isNullish(v)) return;
    if (!(v instanceof Hub h)) {
      fail(ScriptError.typeError("callback did not return a Hub"));
      return;
    }
    hub = h;
    party = guarded(this::output);
    h.join(party);
    if (buffer != null) {
      int gen = generation;
      Event e;
      while (gen == generation && hub != null && (e = buffer.poll()) != null) hub.broadcast(e, party);
    }
  }

  @Override
  protected void onReset() {
    if (hub != null) hub.exit(party);
    hub = null;
    party = null;
    if (buffer != null) buffer.clear();
  }
}
