package io.pipy.js.bridge;

import io.pipy.api.FilterConfig;
import io.pipy.api.LayoutRef;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.SourceLocation;
import io.pipy.js.runtime.Ops;

/** The arguments of one filter call, as a {@link FilterConfig}. */
final class FilterConfigImpl implements FilterConfig {

  private final Bridge bridge;
  private final Builder builder;
  private final Object[] args;
  private final SourceLocation location;

  FilterConfigImpl(Bridge bridge, Builder builder, Object[] args, SourceLocation location) {
    this.bridge = bridge;
    this.builder = builder;
    this.args = args;
    this.location = location;
  }

  @Override
  public int argCount() {
    return args.length;
  }

  @Override
  public Object arg(int index) {
    return index < args.length ? args[index] : Ops.UNDEFINED;
  }

  @Override
  public SourceLocation location() {
    return location;
  }

  @Override
  public Worker worker() {
    return bridge.host().worker();
  }

  @Override
  public LayoutRef layoutNamed(String name) {
    NamedLayoutRef ref = new NamedLayoutRef(name, location);
    builder.config.pending.add(ref);
    return ref;
  }

  @Override
  public java.util.function.Function<String, io.pipy.api.PipelineLayout> layoutLookup() {
    java.util.Map<String, io.pipy.api.PipelineLayout> named = builder.config.named;
    return named::get;
  }

  @Override
  public LayoutRef moduleLayout(String file, String name) {
    return bridge.moduleLayout(builder, file, name, location);
  }

  @Override
  public LayoutRef layoutOf(Object arg) {
    LayoutRef ref = bridge.layoutOf(builder, arg, location);
    if (ref == null) throw ScriptError.typeError("expected a pipeline layout name or a function like $=>$..., got " + Ops.typeof(arg));
    return ref;
  }
}
