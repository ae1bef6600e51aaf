package io.pipy.engine;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Events;
import io.pipy.api.Filter;
import io.pipy.api.Log;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineChain;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A pipeline instance: the filter instances of its layout wired in a chain. Input goes to the
 * first filter; the last filter's output goes to the pipeline's output target.
 *
 * <p>Release may happen while a call into this pipeline is still on the stack (a filter's
 * output reaches the owner, which releases the pipeline). Recycling then waits until that call
 * returns, so no filter is reset under its own feet.
 */
final class DefaultPipeline implements Pipeline {

  private final DefaultPipelineLayout layout;
  private final Filter[] filters;
  private Context context;
  private PipelineChain chain;
  private java.util.function.Consumer<Object> resultListener;
  private EventTarget output = EventTarget.DISCARD;
  private int depth;
  private boolean released = true;
  /** False until the layout's onStart events have been sent; input waits meanwhile. */
  private boolean started = true;
  private ArrayDeque<Event> waiting;
  /** Bumped on every recycle, so late promise callbacks of an old stream are ignored. */
  private int generation;

  DefaultPipeline(DefaultPipelineLayout layout, List<Filter> prototypes) {
    this.layout = layout;
    int n = prototypes.size();
    this.filters = new Filter[n];
    EventTarget downstream = this::emit;
    for (int i = n - 1; i >= 0; i--) {
      Filter f = prototypes.get(i).instantiate(this, downstream);
      filters[i] = f;
      downstream = f;
    }
  }

  void start(Context context, EventTarget output, PipelineChain chain) {
    this.context = context;
    this.chain = chain;
    this.output = output;
    this.released = false;
  }

  /** Runs the layout's onStart handler, if any; its events go in before any other input. */
  void begin(Object onStart, Object[] args) {
    if (onStart == null) return;
    started = false;
    Object events;
    if (onStart instanceof ScriptFunction f) {
      try {
        events = f.call(context, args);
      } catch (ScriptException e) {
        Log.error(e.report());
        startWith(null);
        input(StreamEnd.thrown(e.value()));
        return;
      }
    } else {
      events = onStart;
    }
    if (events instanceof ScriptPromise promise) {
      int gen = generation;
      promise.then(v -> {
        if (gen == generation && !released) startWith(v);
      }, err -> {
        if (gen == generation && !released) {
          startWith(null);
          input(StreamEnd.thrown(err));
        }
      });
      return;
    }
    startWith(events);
  }

  private void startWith(Object events) {
    started = true;
    if (events != null && !Events.isEvents(events)) {
      Log.error("onStart() of pipeline " + layout.describe() + " returned something that is not events or messages");
      input(StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR));
    } else if (events != null) {
      depth++;
      try {
        Events.emit(events, filters.length > 0 ? filters[0] : output);
      } finally {
        depth--;
      }
    }
    ArrayDeque<Event> q = waiting;
    waiting = null;
    if (q != null) {
      Event e;
      while ((e = q.poll()) != null) input(e);
    }
    if (depth == 0 && released) recycle();
  }

  @Override
  public PipelineLayout layout() {
    return layout;
  }

  @Override
  public Context context() {
    return context;
  }

  @Override
  public void whenDone(java.util.function.Consumer<Object> listener) {
    if (resultListener != null) throw new IllegalStateException("a result listener is already set");
    resultListener = listener;
  }

  @Override
  public PipelineChain chain() {
    return chain;
  }

  @Override
  public void output(EventTarget output) {
    this.output = output;
  }

  @Override
  public void input(Event event) {
    if (released) {
      if (event instanceof Data d) d.release();
      return;
    }
    if (!started) {
      if (waiting == null) waiting = new ArrayDeque<>();
      waiting.add(event);
      return;
    }
    depth++;
    try {
      if (filters.length > 0) {
        filters[0].input(event);
      } else {
        output.input(event);
      }
    } finally {
      if (--depth == 0 && released) recycle();
    }
  }

  /** Where the last filter's output lands. */
  private void emit(Event event) {
    if (released) {
      if (event instanceof Data d) d.release();
      return;
    }
    output.input(event);
  }

  @Override
  public void release() {
    if (released) return;
    released = true;
    if (depth == 0) recycle();
  }

  private void recycle() {
    generation++;
    if (waiting != null) {
      for (Event e : waiting) if (e instanceof Data d) d.release();
      waiting = null;
    }
    started = true;
    Object onEnd = layout.onEndHandler();
    Object result = io.pipy.api.script.Undefined.INSTANCE;
    if (onEnd instanceof ScriptFunction f) {
      try {
        result = f.call(context);
      } catch (ScriptException e) {
        Log.error(e.report());
      }
    }
    java.util.function.Consumer<Object> listener = resultListener;
    resultListener = null;
    if (listener != null) {
      try {
        listener.accept(result);
      } catch (RuntimeException e) {
        Log.error("pipeline " + layout.describe() + ": result listener failed: " + e);
      }
    }
    for (Filter f : filters) {
      try {
        f.recycle();
      } catch (RuntimeException e) {
        Log.error("filter " + f.name() + " failed to reset: " + e);
        return; // a filter in an unknown state must not serve another stream
      }
    }
    context = null;
    chain = null;
    output = EventTarget.DISCARD;
    layout.recycle(this);
  }

  @Override
  public String toString() {
    return "Pipeline(" + layout.describe() + ")";
  }
}
