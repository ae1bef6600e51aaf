package io.pipy.http;

import io.pipy.api.FilterFactory;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptError;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What {@code http.File}, {@code http.Directory} and {@code http.Agent} need from the engine that
 * the SPI does not offer yet, behind one small interface so the code compiles and is tested now.
 * When the SPI grows the calls below (see each method), {@link #of(Worker)} becomes a one-line
 * adapter over {@link Worker} and {@link io.pipy.api.script.ScriptRuntime}.
 *
 * <p>Until then: a {@link Worker} that implements this interface is used as is; otherwise the
 * services registered for the worker with {@link #register} (tests do this); otherwise the
 * {@link #FALLBACK}: the codebase is the working directory, and the Agent's needs are errors.
 */
interface HttpHost {

  /**
   * The codebase root that script paths such as {@code http.File.from('/index.html')} resolve
   * against. Proposed SPI: {@code Path Worker.codebase()}, returning what
   * {@link io.pipy.api.script.ScriptHost#codebase()} returns for the worker's scripts.
   */
  Path codebase();

  /**
   * The factory of filter {@code name}, or {@code null} if no installed module provides it.
   * Proposed SPI: {@code FilterFactory Worker.filter(String name)} (nullable), the registry the
   * worker's {@link io.pipy.api.script.ScriptHost#filter} already consults, usable after loading.
   */
  FilterFactory filter(String name);

  /**
   * A new, empty pipeline layout on this worker, to be filled with filter prototypes made in
   * Java. Proposed SPI: {@code PipelineLayout Worker.newLayout(String name)}, as
   * {@link io.pipy.api.script.ScriptHost#newLayout} but callable at any time.
   */
  PipelineLayout newLayout(String name);

  /**
   * A new pending script promise. Proposed SPI: {@code ScriptPromise.Deferred
   * ScriptRuntime.newPromise()}, where {@code Deferred} is this interface: the promise value to
   * hand to scripts, settled once by {@code resolve} or {@code reject} on the worker's thread
   * (reactions run as microtasks).
   */
  Deferred newPromise();

  /** A pending promise and the means to settle it. */
  interface Deferred {
    /** The promise, as a script value. */
    Object promise();

    /** Fulfils the promise with {@code value}; later calls are ignored. */
    void resolve(Object value);

    /** Rejects the promise with {@code reason}; later calls are ignored. */
    void reject(Object reason);
  }

  /** What is used when the engine offers nothing. */
  HttpHost FALLBACK = new HttpHost() {
    @Override
    public Path codebase() {
      return Path.of("").toAbsolutePath();
    }

    @Override
    public FilterFactory filter(String name) {
      return null;
    }

    @Override
    public PipelineLayout newLayout(String name) {
      throw new ScriptError("http.Agent: this engine cannot build pipelines from Java yet (Worker.newLayout is missing)");
    }

    @Override
    public Deferred newPromise() {
      throw new ScriptError("http.Agent: this engine cannot make promises from Java yet (ScriptRuntime.newPromise is missing)");
    }
  };

  /** The services for {@code worker}. */
  static HttpHost of(Worker worker) {
    if (worker instanceof HttpHost h) return h;
    HttpHost h;
    synchronized (Registered.MAP) {
      h = Registered.MAP.get(worker);
    }
    return h != null ? h : FALLBACK;
  }

  /** Registers {@code services} for {@code worker} (until the worker is gone). */
  static void register(Worker worker, HttpHost services) {
    synchronized (Registered.MAP) {
      Registered.MAP.put(worker, services);
    }
  }

  /** The registrations. */
  final class Registered {
    static final Map<Worker, HttpHost> MAP = new WeakHashMap<>();

    private Registered() {
    }
  }
}
