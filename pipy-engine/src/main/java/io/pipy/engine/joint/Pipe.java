package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.LayoutRef;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineChain;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code pipe(target, targetMap?, startupArgs?)} (pipeline style): runs the stream through a
 * pipeline chosen at the first event, sharing the context; its output is this filter's output.
 *
 * <p>{@code target} is a pipeline, an array of pipelines (a chain: the first runs, and
 * {@code pipeNext()} in it continues with the next), a key into {@code targetMap} (an object of
 * pipelines), or a function called with the first event that returns one of these. While it
 * returns null or undefined, input is held and the function is called again at the next event.
 * A single pipeline continues the chain of the pipeline this filter is in.
 *
 * <p>Pipelines given in the configuration are resolved through
 * {@link FilterConfig#layoutOf}; pipelines returned by the function at run time must be
 * {@link PipelineLayout} or {@link LayoutRef} objects (the script binding's pipeline objects).
 *
 * <p>{@code startupArgs} (an array, or a function called with the first event that returns the
 * arguments; an array is spread) go to the started pipeline's {@code onStart}; an array of
 * pipelines also hands them along its chain to each {@code pipeNext()}.
 */
final class Pipe extends JointFilter {

  private final ScriptFunction targetFn;
  private final Object fixed;
  private final Map<String, LayoutRef> map;
  private final Object initArgs;

  private Pipeline next;
  private boolean started;
  private EventQueue buffer;

  private Pipe(ScriptFunction targetFn, Object fixed, Map<String, LayoutRef> map, Object initArgs) {
    this.targetFn = targetFn;
    this.fixed = fixed;
    this.map = map;
    this.initArgs = initArgs;
  }

  private Pipe(Pipe prototype) {
    super(prototype);
    this.targetFn = prototype.targetFn;
    this.fixed = prototype.fixed;
    this.map = prototype.map;
    this.initArgs = prototype.initArgs;
  }

  static Filter create(FilterConfig config) {
    Object target = config.arg(0);
    if (Opts.absent(target) && config.argCount() == 0) {
      throw new ScriptError("pipe(): requires at least 1 argument");
    }
    Map<String, LayoutRef> map = new HashMap<>();
    Object a1 = config.arg(1);
    Object initArgs = null;
    if (a1 instanceof ScriptArray || a1 instanceof ScriptFunction) {
      initArgs = a1;
    } else {
      if (a1 instanceof ScriptObject m) {
        for (String k : m.keys()) map.put(k, config.layoutOf(m.get(k)));
      } else if (!Opts.absent(a1)) {
        throw ScriptError.typeError("pipe(): argument 2 must be an object, an array or a function, got " + Values.typeName(a1));
      }
      Object a2 = config.arg(2);
      if (a2 instanceof ScriptArray || a2 instanceof ScriptFunction) {
        initArgs = a2;
      } else if (!Opts.absent(a2)) {
        throw ScriptError.typeError("pipe(): argument 3 must be an array or a function, got " + Values.typeName(a2));
      }
    }
    if (target instanceof ScriptFunction f && !isPipelineObject(target)) {
      return new Pipe(f, null, map, initArgs);
    }
    Object fixed;
    if (target instanceof ScriptArray arr) {
      LayoutRef[] refs = new LayoutRef[arr.length()];
      for (int i = 0; i < refs.length; i++) refs[i] = configRef(config, arr.get(i), map);
      fixed = refs;
    } else {
      fixed = configRef(config, target, map);
    }
    return new Pipe(null, fixed, map, initArgs);
  }

  private static boolean isPipelineObject(Object v) {
    return v instanceof PipelineLayout || v instanceof LayoutRef;
  }

  private static LayoutRef configRef(FilterConfig config, Object v, Map<String, LayoutRef> map) {
    if (v instanceof CharSequence s) {
      LayoutRef r = map.get(s.toString());
      if (r == null) throw new ScriptError("pipe(): pipeline '" + s + "' not found");
      return r;
    }
    if (v instanceof LayoutRef r) return r;
    if (v instanceof PipelineLayout l) return LayoutRef.of(l);
    return config.layoutOf(v);
  }

  @Override
  protected Filter duplicate() {
    return new Pipe(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (!started) {
      Object v = fixed;
      if (targetFn != null) {
        v = call(targetFn, event);
        if (v == FAILED) {
          Events.drop(event);
          return;
        }
      }
      if (Values.isNullish(v)) {
        if (event instanceof StreamEnd end) {
          // Nothing can follow the end, so no pipeline will ever be chosen: end here rather than
          // hold the stream open forever (Pipy holds it, leaving the peer waiting).
          finish(end);
          return;
        }
        buffer().add(event);
        return;
      }
      if (!start(v, event)) {
        Events.drop(event);
        return;
      }
      if (buffer != null) {
        int gen = generation;
        Event e;
        while (gen == generation && next != null && (e = buffer.poll()) != null) next.input(e);
        if (gen != generation) {
          Events.drop(event);
          return;
        }
      }
    }
    if (next != null) {
      next.input(event);
    } else {
      Events.drop(event);
    }
  }

  private EventQueue buffer() {
    if (buffer == null) buffer = new EventQueue();
    return buffer;
  }

  private boolean start(Object v, Event first) {
    PipelineLayout[] chain;
    Object[] args = NO_ARGS;
    if (initArgs instanceof ScriptArray) {
      args = StartArgs.of(initArgs);
    } else if (initArgs instanceof ScriptFunction f) {
      Object a = call(f, first);
      if (a == FAILED) return false;
      args = StartArgs.of(a);
    }
    try {
      if (v instanceof LayoutRef[] refs) {
        chain = new PipelineLayout[refs.length];
        for (int i = 0; i < refs.length; i++) chain[i] = refs[i].layout();
      } else if (v instanceof ScriptArray arr) {
        chain = new PipelineLayout[arr.length()];
        for (int i = 0; i < chain.length; i++) chain[i] = runtimeLayout(arr.get(i));
      } else {
        chain = null;
        PipelineLayout l = runtimeLayout(v);
        started = true;
        next = startLayout(l, context(), this::fromNext, pipeline().chain(), args);
        return true;
      }
    } catch (RuntimeException e) {
      fail(e);
      return false;
    }
    started = true;
    if (chain.length == 0) {
      fail(new ScriptError("pipe(): empty pipeline array"));
      return false;
    }
    next = startLayout(chain[0], context(), this::fromNext, PipelineChain.of(chain, 1, args), args);
    return true;
  }

  private PipelineLayout runtimeLayout(Object v) {
    if (v instanceof PipelineLayout l) return l;
    if (v instanceof LayoutRef r) return r.layout();
    if (v instanceof CharSequence s) {
      LayoutRef r = map.get(s.toString());
      if (r == null) throw new ScriptError("pipeline '" + s + "' not found");
      return r.layout();
    }
    throw ScriptError.typeError("pipe(): not a pipeline: " + Values.typeName(v));
  }

  private void fromNext(Event e) {
    if (e instanceof StreamEnd end) {
      Pipeline p = next;
      next = null;
      closed = true;
      output(end);
      release(p);
    } else {
      output(e);
    }
  }

  @Override
  protected void onReset() {
    Pipeline p = next;
    next = null;
    started = false;
    release(p);
    if (buffer != null) buffer.clear();
  }
}
