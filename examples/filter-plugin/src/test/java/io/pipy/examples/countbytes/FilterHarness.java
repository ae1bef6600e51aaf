package io.pipy.examples.countbytes;

import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.FilterFactory;
import io.pipy.api.LayoutRef;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Worker;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the engine, enough to run one filter: makes a prototype from script arguments
 * the way the engine does, instantiates it in a one-filter pipeline, feeds it events and records
 * what comes out. The plugin depends on pipy-api alone, so it cannot use the engine's test kit.
 *
 * <p>Recorded {@link Data} stays owned by the harness: {@link #releaseOutput()} releases it.
 */
final class FilterHarness implements Pipeline {

  static final SourceLocation WHERE = new SourceLocation("test.js", 1, 1, "");

  private final Context context = new Context(null, ContextTemplate.EMPTY, null);
  private final List<Event> output = new ArrayList<>();
  private final Filter filter;

  /** Creates a prototype of {@code factory} with {@code args} and one instance of it. */
  FilterHarness(FilterFactory factory, Object... args) {
    Filter prototype = factory.create(config(args));
    prototype.configure(factory.name(), WHERE);
    this.filter = prototype.instantiate(this, output::add);
  }

  /** Script arguments as a {@link FilterConfig}. */
  static FilterConfig config(Object... args) {
    return new FilterConfig() {
      @Override
      public int argCount() {
        return args.length;
      }

      @Override
      public Object arg(int index) {
        return index < args.length ? args[index] : Undefined.INSTANCE;
      }

      @Override
      public SourceLocation location() {
        return WHERE;
      }

      @Override
      public Worker worker() {
        return null;
      }

      @Override
      public LayoutRef layoutNamed(String name) {
        throw new UnsupportedOperationException("no layouts in this harness");
      }

      @Override
      public LayoutRef layoutOf(Object arg) {
        throw new UnsupportedOperationException("no layouts in this harness");
      }
    };
  }

  /** Feeds events to the filter in order. */
  FilterHarness feed(Event... events) {
    for (Event e : events) filter.input(e);
    return this;
  }

  /** Everything the filter has output so far. */
  List<Event> output() {
    return output;
  }

  /** Recycles the filter as the engine does when the pipeline goes back to its pool. */
  void recycle() {
    filter.recycle();
  }

  /** The filter instance under test. */
  Filter filter() {
    return filter;
  }

  /** Releases the recorded {@link Data} and forgets all output. */
  void releaseOutput() {
    for (Event e : output) {
      if (e instanceof Data d) d.release();
    }
    output.clear();
  }

  // ---- Pipeline: just enough for a filter to find its context. ----

  @Override
  public PipelineLayout layout() {
    return null;
  }

  @Override
  public Context context() {
    return context;
  }

  @Override
  public void output(EventTarget target) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void release() {
    filter.recycle();
  }

  @Override
  public void input(Event event) {
    filter.input(event);
  }
}
