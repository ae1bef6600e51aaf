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
 * {@code insert(events)} (Pipy 1.x): when the first event arrives, outputs {@code events} (an
 * event, a {@code Message}, an array of those, or a function returning one of those or a
 * promise of one) before it; everything goes on unchanged. When the function returns a
 * promise, the stream is not held up: the events are inserted whenever it is fulfilled.
 */
final class Insert extends Filter {

  private final Object events;

  private boolean inserted;
  private boolean failed;
  private int generation;

  private Insert(Object events) {
    this.events = events;
  }

  private Insert(Insert proto) {
    super(proto);
    this.events = proto.events;
  }

  static Insert create(FilterConfig config) {
    Object v = config.arg(0);
    if (!(v instanceof ScriptFunction) && (Args.absent(v) || !Events.isEvents(v))) {
      throw ScriptError.typeError("insert: expects an Event, a Message, a function or an array, got " + Values.typeName(v));
    }
    return new Insert(v);
  }

  @Override
  protected Filter duplicate() {
    return new Insert(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      Events.drop(event);
      return;
    }
    if (!inserted) {
      inserted = true;
      Object v = events;
      if (events instanceof ScriptFunction f) {
        try {
          v = f.call(context());
        } catch (RuntimeException e) {
          fail(e);
          Events.drop(event);
          return;
        }
      }
      if (v instanceof ScriptPromise p) {
        int gen = generation;
        p.then(r -> fulfilled(gen, r), e -> rejected(gen, e));
      } else if (!Events.emit(v, this::output)) {
        fail(ScriptError.typeError("the inserted value is not an event, a Message or an array of those"));
        Events.drop(event);
        return;
      }
    }
    output(event);
  }

  private void fulfilled(int gen, Object v) {
    if (gen != generation || failed) return;
    if (!Events.emit(v, this::output)) {
      fail(ScriptError.typeError("the promise was not fulfilled with an event, a Message or an array of those"));
    }
  }

  private void rejected(int gen, Object error) {
    if (gen != generation || failed) return;
    failed = true;
    Log.error((location() == null ? "" : location() + ": ") + name() + ": promise rejected: "
        + worker().scripts().toDisplayString(error));
    output(StreamEnd.thrown(error));
  }

  private void fail(RuntimeException e) {
    failed = true;
    failStream(e);
  }

  @Override
  protected void reset() {
    generation++;
    inserted = false;
    failed = false;
  }
}
