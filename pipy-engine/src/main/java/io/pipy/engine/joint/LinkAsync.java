package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.PipelineLayout;
import io.pipy.api.script.ScriptFunction;
import java.util.function.Function;

/**
 * {@code linkAsync}: {@link Link}, but events reach the sub-pipeline in a later task of the
 * worker rather than within the call that brought them, so a sub-pipeline that feeds back into
 * its parent cannot recurse. Order is kept. Same arguments as {@code link}.
 */
final class LinkAsync extends Link {

  private EventQueue queue;
  private boolean scheduled;

  private LinkAsync(Arm[] arms, int limit, ScriptFunction nameFn, Function<String, PipelineLayout> lookup) {
    super(arms, limit, nameFn, lookup);
  }

  private LinkAsync(LinkAsync prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return build("linkAsync", config, LinkAsync::new);
  }

  @Override
  protected Filter duplicate() {
    return new LinkAsync(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (queue == null) queue = new EventQueue();
    queue.add(event);
    if (!scheduled) {
      scheduled = true;
      int gen = generation;
      worker().executor().execute(() -> {
        if (gen != generation) return;
        scheduled = false;
        flush();
      });
    }
  }

  private void flush() {
    int gen = generation;
    Event e;
    while (gen == generation && !closed && (e = queue.poll()) != null) {
      if (paused()) {
        // A promise is pending: hand the rest to the held input, in order.
        process(e);
        continue;
      }
      super.onEvent(e);
    }
  }

  @Override
  protected void onReset() {
    super.onReset();
    scheduled = false;
    if (queue != null) queue.clear();
  }
}
