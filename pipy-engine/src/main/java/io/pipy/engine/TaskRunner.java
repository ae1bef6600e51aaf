package io.pipy.engine;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.KeepAlive;
import io.pipy.api.Log;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import java.util.concurrent.TimeUnit;

/**
 * Runs one task pipeline on one worker: once, every interval, or on a signal. A run lasts until
 * its pipeline outputs a StreamEnd; a periodic run that is still going when the next is due is
 * skipped, as in Pipy. Everything happens on the worker's thread.
 */
final class TaskRunner {

  enum Kind { ONCE, PERIODIC, SIGNAL }

  private final EngineWorker worker;
  private final PipelineLayout layout;
  private final Kind kind;
  private final long intervalNanos;
  final String signal;
  private Pipeline active;
  private boolean endedEarly;
  private KeepAlive running;
  private KeepAlive schedule;
  private boolean stopped;

  TaskRunner(EngineWorker worker, PipelineLayout layout, Kind kind, long intervalNanos, String signal) {
    this.worker = worker;
    this.layout = layout;
    this.kind = kind;
    this.intervalNanos = intervalNanos;
    this.signal = signal;
  }

  /** Starts the task; call on the worker thread. */
  void start() {
    switch (kind) {
      case ONCE -> run();
      case PERIODIC -> {
        schedule = worker.keepAlive("task every " + intervalNanos / 1_000_000 + "ms");
        tick();
      }
      case SIGNAL -> schedule = worker.keepAlive("task on " + signal);
    }
  }

  private void tick() {
    if (stopped) return;
    run();
    worker.loop().schedule(this::tick, intervalNanos, TimeUnit.NANOSECONDS);
  }

  /** Starts a run unless one is still going. */
  void run() {
    if (active != null || stopped) return;
    running = worker.keepAlive("task run");
    endedEarly = false;
    Pipeline p;
    try {
      p = layout.instantiate(worker.newContext(null), this::output);
    } catch (RuntimeException e) {
      Log.error("task " + layout.name() + " failed to start: " + e);
      running.close();
      return;
    }
    if (endedEarly) {
      p.release();
      running.close();
    } else {
      active = p;
    }
  }

  private void output(Event e) {
    if (e instanceof Data d) {
      d.release();
    } else if (e instanceof StreamEnd) {
      if (active == null) {
        endedEarly = true;
        return;
      }
      Pipeline p = active;
      active = null;
      p.release();
      running.close();
    }
  }

  /** Stops scheduling further runs (a run in progress carries on). */
  void stop() {
    stopped = true;
    if (schedule != null) schedule.close();
  }
}
