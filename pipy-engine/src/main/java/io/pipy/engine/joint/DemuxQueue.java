package io.pipy.engine.joint;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.script.ScriptFunction;

/** {@code demuxQueue(options?)}: the same as {@link Demux} (as in Pipy since 0.99): answers in request order. */
final class DemuxQueue extends Demux {

  DemuxQueue(int outputCount, ScriptFunction outputCountFn) {
    super(outputCount, outputCountFn);
  }

  private DemuxQueue(DemuxQueue prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return build("demuxQueue", config, true);
  }

  @Override
  protected Filter duplicate() {
    return new DemuxQueue(this);
  }
}
