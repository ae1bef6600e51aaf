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
import io.pipy.api.script.Values;

/**
 * {@code chain([files])} starts a module chain: the stream runs through the entrance pipeline
 * of the first module (sharing the context), and the output of that pipeline is this filter's
 * output. {@code chain()} with no argument, inside a pipeline of a chained module (or a
 * sub-pipeline of it), continues with the entrance pipeline of the next module of the chain;
 * after the last module, or outside any chain, events pass straight through.
 *
 * <p>The entrance layouts come from the script binding through
 * {@link FilterConfig#moduleLayout}; a module without one is a load-time error. When the
 * chained pipeline ends ({@code StreamEnd}), the output ends with it.
 */
class Chain extends JointFilter {

  private final LayoutRef[] modules;
  private final String description;
  private PipelineLayout[] resolved;

  private Pipeline next;
  private boolean looked;

  Chain(LayoutRef[] modules, String description) {
    this.modules = modules;
    this.description = description;
  }

  Chain(Chain prototype) {
    super(prototype);
    this.modules = prototype.modules;
    this.description = prototype.description;
    this.resolved = prototype.resolved;
  }

  static Filter create(FilterConfig config) {
    Object a0 = config.arg(0);
    if (Opts.absent(a0)) return new Chain(null, "chain");
    if (!(a0 instanceof ScriptArray files)) {
      throw ScriptError.typeError("chain(): argument 1 must be an array, got " + Values.typeName(a0));
    }
    LayoutRef[] refs = new LayoutRef[files.length()];
    for (int i = 0; i < refs.length; i++) {
      String f = String.valueOf(files.get(i));
      refs[i] = config.moduleLayout(f, null);
      if (refs[i] == null) throw new ScriptError("entrance pipeline not found in module " + f);
    }
    String desc = "chain [" + (refs.length == 0 ? "(0 modules)" : String.valueOf(files.get(0)))
        + (refs.length > 1 ? " (plus " + (refs.length - 1) + " more)" : "") + "]";
    return new Chain(refs, desc);
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  protected Filter duplicate() {
    return new Chain(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (next == null && !looked) {
      looked = true;
      PipelineChain chain = modules == null ? pipeline().chain() : PipelineChain.of(layouts(), 0, NO_ARGS);
      PipelineLayout layout = chain == null ? null : chain.next();
      if (layout != null) {
        Object[] args = nextArgs(chain);
        if (args == null) {
          Events.drop(event);
          return;
        }
        next = startLayout(layout, context(), this::fromNext, chain.rest(args), args);
      } else if (modules == null) {
        looked = false; // not in a chain (yet): look again at the next event, as Pipy does
      }
    }
    if (next != null) {
      next.input(event);
    } else {
      output(event);
    }
  }

  /**
   * The startup arguments for the next pipeline of {@code chain}: those the chain carries (Pipy's
   * {@code pipeNext(args)} overrides them); {@code null} if working them out failed the stream.
   */
  Object[] nextArgs(PipelineChain chain) {
    return chain.args();
  }

  private PipelineLayout[] layouts() {
    PipelineLayout[] r = resolved;
    if (r == null) {
      r = new PipelineLayout[modules.length];
      for (int i = 0; i < r.length; i++) r[i] = modules[i].layout();
      resolved = r;
    }
    return r;
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
    looked = false;
    release(p);
  }
}
