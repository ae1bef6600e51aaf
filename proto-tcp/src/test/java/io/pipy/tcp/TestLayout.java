package io.pipy.tcp;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Filter;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal pipeline layout for transport tests that also checks how the transport treats its
 * pipelines: instantiated on the right worker thread, input only before release, at most one
 * StreamEnd in, released exactly once. Breaches are collected in {@link Checks}.
 */
final class TestLayout implements PipelineLayout {

  /** What the layouts of one test saw, shared by all workers' layouts. */
  static final class Checks {
    final AtomicInteger instantiated = new AtomicInteger();
    final AtomicInteger released = new AtomicInteger();
    final List<String> violations = new ArrayList<>();

    synchronized void violation(String what) {
      violations.add(what);
    }

    synchronized List<String> violations() {
      return List.copyOf(violations);
    }

    /** Pipelines instantiated and not yet released. */
    int live() {
      return instantiated.get() - released.get();
    }
  }

  private final Worker worker;
  private final List<Filter> filters = new ArrayList<>();
  private final Checks checks;

  TestLayout(Worker worker, Checks checks, Filter... prototypes) {
    this.worker = worker;
    this.checks = checks;
    for (Filter f : prototypes) filters.add(f);
  }

  @Override
  public String name() {
    return "test";
  }

  @Override
  public String module() {
    return "test.js";
  }

  @Override
  public Worker worker() {
    return worker;
  }

  @Override
  public List<Filter> filters() {
    return List.copyOf(filters);
  }

  @Override
  public void append(Filter prototype) {
    filters.add(prototype);
  }

  @Override
  public Pipeline instantiate(Context context, EventTarget output) {
    if (!worker.inWorkerThread()) checks.violation("instantiated off worker " + worker.index() + "'s thread");
    if (context.worker() != worker) checks.violation("context of another worker");
    checks.instantiated.incrementAndGet();
    return new TestPipeline(context, output);
  }

  private final class TestPipeline implements Pipeline {
    private final Context context;
    private final Filter[] chain;
    private EventTarget output;
    private boolean released;
    private boolean ended;

    TestPipeline(Context context, EventTarget output) {
      this.context = context;
      this.output = output;
      this.chain = new Filter[filters.size()];
      EventTarget next = this::emit;
      for (int i = chain.length - 1; i >= 0; i--) {
        chain[i] = filters.get(i).instantiate(this, next);
        next = chain[i];
      }
    }

    private void emit(Event e) {
      if (released) {
        if (e instanceof Data d) d.release();
        return;
      }
      output.input(e);
    }

    @Override
    public void input(Event e) {
      if (!worker.inWorkerThread()) checks.violation("input off the worker thread");
      if (released) {
        checks.violation("input after release: " + e);
        if (e instanceof Data d) d.release();
        return;
      }
      if (ended) checks.violation("input after StreamEnd: " + e);
      if (e instanceof StreamEnd) ended = true;
      if (chain.length == 0) {
        emit(e);
      } else {
        chain[0].input(e);
      }
    }

    @Override
    public PipelineLayout layout() {
      return TestLayout.this;
    }

    @Override
    public Context context() {
      return context;
    }

    @Override
    public void output(EventTarget output) {
      this.output = output;
    }

    @Override
    public void release() {
      if (!worker.inWorkerThread()) checks.violation("released off the worker thread");
      if (released) {
        checks.violation("released twice");
        return;
      }
      released = true;
      checks.released.incrementAndGet();
      for (Filter f : chain) f.recycle();
    }
  }
}
