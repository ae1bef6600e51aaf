package io.pipy.engine;

import io.pipy.api.Log;
import io.pipy.api.PipelineLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code watch(path)} declaration on one worker: polls the codebase file (or, for a path ending
 * in '/', every file under that folder, recursively) and runs the watch pipeline when a file
 * appears, disappears or gets a new modification time. A change found while the previous run is
 * still going does not start another (as with tasks). Polling runs on the worker's thread; it
 * keeps nothing alive, so a script with nothing but watches exits, as in Pipy.
 *
 * <p>Pipy checks its codebase every 5 seconds; this checks every {@link #INTERVAL_MILLIS}, a
 * few stat calls per watch, so that edits are noticed sooner.
 */
final class FileWatch {

  static final long INTERVAL_MILLIS = 1000;

  private final EngineWorker worker;
  private final Path target;
  private final boolean folder;
  private final TaskRunner runner;
  private Map<Path, Long> times;
  private ScheduledFuture<?> timer;
  private boolean stopped;

  FileWatch(EngineWorker worker, Path target, boolean folder, PipelineLayout layout) {
    this.worker = worker;
    this.target = target;
    this.folder = folder;
    this.runner = new TaskRunner(worker, layout, TaskRunner.Kind.ONCE, 0, null);
  }

  /** Takes the current state as the baseline and starts polling; call on the worker thread. */
  void start() {
    times = snapshot();
    schedule();
  }

  private void schedule() {
    if (!stopped) timer = worker.loop().schedule(this::tick, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    poll();
    schedule();
  }

  /** Checks for changes now and runs the pipeline if there are any; call on the worker thread. */
  void poll() {
    if (stopped) return;
    if (times == null) {
      times = snapshot();
      return;
    }
    Map<Path, Long> now = snapshot();
    if (!now.equals(times)) {
      times = now;
      runner.run();
    }
  }

  /** Stops polling (a run in progress carries on). */
  void stop() {
    stopped = true;
    if (timer != null) timer.cancel(false);
  }

  /** Modification times of the watched files; a missing file is simply absent. */
  private Map<Path, Long> snapshot() {
    Map<Path, Long> m = new HashMap<>();
    try {
      if (!folder) {
        if (Files.isRegularFile(target)) m.put(target, Files.getLastModifiedTime(target).toMillis());
      } else if (Files.isDirectory(target)) {
        try (Stream<Path> files = Files.walk(target)) {
          for (Path p : (Iterable<Path>) files::iterator) {
            if (Files.isRegularFile(p)) m.put(p, Files.getLastModifiedTime(p).toMillis());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // A file vanishing while we look is a change like any other: take what was seen.
      Log.debug("watch " + target + ": " + e.getMessage());
    }
    return m;
  }
}
