package io.pipy.engine.joint;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.FilterFactory;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import java.util.function.Function;

/**
 * The joint filters: filters that run sub-pipelines ({@code link}, {@code branch}, {@code fork},
 * {@code demux}, {@code mux}, {@code use}, {@code chain}, {@code pipe}, {@code loop},
 * {@code replay}, {@code repeat}, {@code swap} …), and the {@code Hub} host class.
 */
public final class JointFiltersModule implements PipyModule {

  @Override
  public String name() {
    return "pipy-engine-joint";
  }

  @Override
  public void install(Registry registry) {
    filter(registry, "link", Link::create);
    filter(registry, "linkAsync", LinkAsync::create);
    filter(registry, "branch", Branch::create);
    filter(registry, "branchMessageStart", BranchMessageStart::create);
    filter(registry, "branchMessage", BranchMessage::create);
    filter(registry, "fork", Fork::create);
    filter(registry, "forkJoin", ForkJoin::create);
    filter(registry, "forkRace", ForkRace::create);
    filter(registry, "demux", Demux::create);
    filter(registry, "demuxQueue", DemuxQueue::create);
    filter(registry, "mux", Mux::create);
    filter(registry, "muxQueue", MuxQueue::create);
    filter(registry, "merge", Merge::create);
    filter(registry, "loop", Loop::create);
    filter(registry, "replay", Replay::create);
    filter(registry, "repeat", Repeat::create);
    filter(registry, "use", Use::create);
    filter(registry, "chain", Chain::create);
    filter(registry, "pipe", Pipe::create);
    filter(registry, "pipeNext", PipeNext::create);
    filter(registry, "swap", Swap::create);
    registry.hostClass(Hub.CLASS);
  }

  static void filter(Registry registry, String name, Function<FilterConfig, Filter> create) {
    registry.filter(new FilterFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Filter create(FilterConfig config) {
        return create.apply(config);
      }
    });
  }
}
