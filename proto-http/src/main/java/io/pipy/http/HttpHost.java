package io.pipy.http;

import io.pipy.api.FilterFactory;
import io.pipy.api.PipelineLayout;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptError;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What {@code http.File}, {@code http.Directory} and {@code http.Agent} need from the engine: the
 * codebase root, filters and pipeline layouts to build the Agent's connection pipelines, and
 * promises. Normally an adapter over {@link Worker} and its script runtime ({@link #of});
 * tests may {@link #register} their own.
 */
interface HttpHost {

  /** The codebase root that script paths such as {@code http.File.from('/index.html')} resolve against. */
  Path codebase();

  /** The factory of filter {@code name}, or {@code null} if no installed module provides it. */
  FilterFactory filter(String name);

  /** A new, empty pipeline layout on this worker, to be filled with filter prototypes made in Java. */
  PipelineLayout newLayout(String name);

  /** A new pending script promise. */
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

  /** The services for {@code worker}: those registered for it, else the worker's own. */
  static HttpHost of(Worker worker) {
    if (worker instanceof HttpHost h) return h;
    HttpHost h;
    synchronized (Registered.MAP) {
      h = Registered.MAP.get(worker);
    }
    return h != null ? h : new WorkerHost(worker);
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

  /** The worker's own services, through the SPI. */
  record WorkerHost(Worker worker) implements HttpHost {
    @Override
    public Path codebase() {
      return worker.codebase();
    }

    @Override
    public FilterFactory filter(String name) {
      return worker.filter(name);
    }

    @Override
    public PipelineLayout newLayout(String name) {
      try {
        return worker.newLayout(name);
      } catch (UnsupportedOperationException e) {
        throw new ScriptError("http.Agent: " + e.getMessage());
      }
    }

    @Override
    public Deferred newPromise() {
      io.pipy.api.script.ScriptPromise.Deferred d;
      try {
        d = worker.scripts().newPromise();
      } catch (UnsupportedOperationException e) {
        throw new ScriptError("http.Agent: " + e.getMessage());
      }
      return new Deferred() {
        @Override
        public Object promise() {
          return d.promise();
        }

        @Override
        public void resolve(Object value) {
          d.resolve(value);
        }

        @Override
        public void reject(Object reason) {
          d.reject(reason);
        }
      };
    }
  }
}
