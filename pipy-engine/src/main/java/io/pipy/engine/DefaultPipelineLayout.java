package io.pipy.engine;

import io.pipy.api.Context;
import io.pipy.api.EventTarget;
import io.pipy.api.Filter;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineChain;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Worker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A layout and the pool of recycled pipelines made from it. Layouts belong to one worker, so
 * the pool needs no locking.
 */
final class DefaultPipelineLayout implements PipelineLayout {

  /** Recycled pipelines kept per layout; enough for bursts without pinning memory forever. */
  private static final int POOL_LIMIT = 256;

  private final String name;
  private final String module;
  private final Worker worker;
  private final List<Filter> filters = new ArrayList<>();
  private final ArrayDeque<DefaultPipeline> pool = new ArrayDeque<>();
  private boolean sealed;
  private long instantiated;
  private Object onStart;
  private Object onEnd;

  DefaultPipelineLayout(String name, String module, Worker worker) {
    this.name = name;
    this.module = module;
    this.worker = worker;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String module() {
    return module;
  }

  @Override
  public Worker worker() {
    return worker;
  }

  @Override
  public List<Filter> filters() {
    return Collections.unmodifiableList(filters);
  }

  @Override
  public void append(Filter prototype) {
    if (sealed) throw new IllegalStateException("pipeline layout " + describe() + " is in use and cannot change");
    filters.add(prototype);
  }

  @Override
  public Pipeline instantiate(Context context, EventTarget output) {
    return instantiate(context, output, NO_ARGS);
  }

  private static final Object[] NO_ARGS = new Object[0];

  @Override
  public Pipeline instantiate(Context context, EventTarget output, Object[] startArgs) {
    return instantiate(context, output, null, startArgs);
  }

  @Override
  public Pipeline instantiate(Context context, EventTarget output, PipelineChain chain, Object[] startArgs) {
    sealed = true;
    instantiated++;
    DefaultPipeline p = pool.poll();
    if (p == null) p = new DefaultPipeline(this, filters);
    p.start(context, output, chain);
    p.begin(onStart, startArgs);
    return p;
  }

  @Override
  public void onStart(Object handler) {
    if (sealed) throw new IllegalStateException("pipeline layout " + describe() + " is in use and cannot change");
    this.onStart = handler;
  }

  @Override
  public void onEnd(Object handler) {
    if (sealed) throw new IllegalStateException("pipeline layout " + describe() + " is in use and cannot change");
    this.onEnd = handler;
  }

  Object onEndHandler() {
    return onEnd;
  }

  void recycle(DefaultPipeline p) {
    if (pool.size() < POOL_LIMIT) pool.push(p);
  }

  /** How many pipelines were made from this layout; for tests and stats. */
  long instantiatedCount() {
    return instantiated;
  }

  int pooledCount() {
    return pool.size();
  }

  String describe() {
    return name == null ? "(anonymous)" : name;
  }

  @Override
  public String toString() {
    return "PipelineLayout(" + describe() + " in " + module + ")";
  }
}
