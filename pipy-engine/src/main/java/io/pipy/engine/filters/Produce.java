package io.pipy.engine.filters;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Values;

/**
 * {@code produce(producer)}: a source. On the first input event it starts producing: a constant
 * producer (events, a {@code Message} or an array of those) is output once; a function is
 * called again and again, each result (or promise result) output in turn, until a
 * {@code StreamEnd} has been produced. Input events are discarded.
 *
 * <p>A function that keeps returning events synchronously never blocks the worker: after
 * {@value #BATCH} productions in a row the next one is queued behind other work.
 */
final class Produce extends Filter {

  static final int BATCH = 64;

  private final Object producer;

  private boolean started;
  private boolean ended;
  private int generation;
  private final EventSink sink = new EventSink();

  private Produce(Object producer) {
    this.producer = producer;
  }

  private Produce(Produce proto) {
    super(proto);
    this.producer = proto.producer;
  }

  static Produce create(FilterConfig config) {
    Object v = config.arg(0);
    if (!(v instanceof ScriptFunction) && !Events.isEvents(v)) {
      throw ScriptError.typeError("produce: expects a function or events, got " + Values.typeName(v));
    }
    return new Produce(v);
  }

  @Override
  protected Filter duplicate() {
    return new Produce(this);
  }

  @Override
  protected void process(Event event) {
    Events.drop(event);
    if (!started) {
      started = true;
      produce(generation);
    }
  }

  private void produce(int gen) {
    for (int n = 0; gen == generation && !ended; n++) {
      if (n >= BATCH) {
        worker().executor().execute(() -> {
          if (gen == generation) produce(gen);
        });
        return;
      }
      Object v = producer;
      if (producer instanceof ScriptFunction f) {
        try {
          v = f.call(context());
        } catch (RuntimeException e) {
          ended = true;
          failStream(e);
          return;
        }
      }
      if (v instanceof ScriptPromise p) {
        p.then(r -> {
          if (gen != generation || ended) return;
          if (consume(r) && producer instanceof ScriptFunction) produce(gen);
        }, e -> {
          if (gen != generation || ended) return;
          ended = true;
          Log.error((location() == null ? "" : location() + ": ") + name() + ": promise rejected: "
              + worker().scripts().toDisplayString(e));
          output(StreamEnd.thrown(e));
        });
        return;
      }
      if (!consume(v) || !(producer instanceof ScriptFunction)) return;
    }
  }

  /** Outputs a production; {@code false} once the stream has ended (or failed). */
  private boolean consume(Object v) {
    if (!Events.isEvents(v)) {
      ended = true;
      failStream(ScriptError.typeError("the production is not an event, a Message or an array of those"));
      return false;
    }
    Events.emit(v, sink);
    return !ended;
  }

  /** Passes events on until a {@code StreamEnd}; drops anything after it. */
  private final class EventSink implements io.pipy.api.EventTarget {
    @Override
    public void input(Event e) {
      if (ended) {
        Events.drop(e);
        return;
      }
      if (e instanceof StreamEnd) ended = true;
      output(e);
    }
  }

  @Override
  protected void reset() {
    generation++;
    started = false;
    ended = false;
  }
}
