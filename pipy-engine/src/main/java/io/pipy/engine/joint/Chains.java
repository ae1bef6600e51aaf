package io.pipy.engine.joint;

import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which module chain a pipeline belongs to, for {@code chain()} / {@code pipeNext()}: Pipy keeps
 * "the rest of the chain" on every pipeline and hands it down to its sub-pipelines.
 *
 * <p>The API's {@code Pipeline} has no slot for it, so this keeps a side table keyed by pipeline
 * identity. Entries are set by {@link Chain} and {@link Pipe} on the pipelines they start, handed
 * down by the joint filters of this package to their sub-pipelines, and removed when the owner
 * releases the pipeline. Sub-pipelines started by other modules' joint filters (demuxHTTP …) do
 * not inherit it; see the report for the API change that would fix that. The table is only
 * touched once some script uses a chain.
 */
final class Chains {

  /** One step of a chain: the layout to run and the rest after it. */
  record Link(PipelineLayout layout, Link next) {

    /** A chain of {@code layouts} from index {@code from}, or {@code null} if empty. */
    static Link of(PipelineLayout[] layouts, int from) {
      Link l = null;
      for (int i = layouts.length - 1; i >= from; i--) l = new Link(layouts[i], l);
      return l;
    }
  }

  private static final Map<Pipeline, Link> TABLE = new ConcurrentHashMap<>();
  private static volatile boolean used;

  private Chains() {
  }

  /** The rest of the chain {@code p} runs in, or {@code null}. */
  static Link of(Pipeline p) {
    return used && p != null ? TABLE.get(p) : null;
  }

  /** Records that {@code p} runs in a chain whose rest is {@code rest}. */
  static void set(Pipeline p, Link rest) {
    if (rest != null) {
      used = true;
      TABLE.put(p, rest);
    } else if (used) {
      TABLE.remove(p);
    }
  }

  /** Hands the chain of {@code parent} down to its sub-pipeline {@code child}. */
  static void inherit(Pipeline parent, Pipeline child) {
    if (used) {
      Link l = parent == null ? null : TABLE.get(parent);
      if (l != null) {
        TABLE.put(child, l);
      } else {
        TABLE.remove(child);
      }
    }
  }

  /** Forgets {@code p}, which is being released. */
  static void forget(Pipeline p) {
    if (used) TABLE.remove(p);
  }

  /** How many pipelines are in the table; for tests. */
  static int size() {
    return TABLE.size();
  }
}
