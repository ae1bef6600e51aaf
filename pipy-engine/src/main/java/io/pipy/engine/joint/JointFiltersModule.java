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
    Extra.install(registry);
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
