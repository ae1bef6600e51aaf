package io.pipy.engine.joint;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.PipelineChain;
import io.pipy.api.script.ScriptError;

/**
 * {@code pipeNext(args?)} (pipeline style): inside a pipeline started by {@code pipe([...])} (or a
 * sub-pipeline of it), continues with the next pipeline of that chain; after the last one, or
 * outside any chain, events pass straight through. The next pipeline starts with {@code args}
 * (a value or a function returning it; an array is spread) when given, else with the startup
 * arguments the chain carries, and carries them on.
 */
final class PipeNext extends Chain {

  private final Object args;

  private PipeNext(Object args) {
    super(null, "pipeNext");
    this.args = args;
  }

  private PipeNext(PipeNext prototype) {
    super(prototype);
    this.args = prototype.args;
  }

  static Filter create(FilterConfig config) {
    if (config.argCount() > 1) throw new ScriptError("pipeNext(): expects at most 1 argument");
    return new PipeNext(config.argCount() == 0 ? null : config.arg(0));
  }

  @Override
  Object[] nextArgs(PipelineChain chain) {
    if (args == null || Opts.absent(args)) return chain.args();
    Object v = eval(args);
    return v == FAILED ? null : StartArgs.of(v);
  }

  @Override
  protected Filter duplicate() {
    return new PipeNext(this);
  }
}
