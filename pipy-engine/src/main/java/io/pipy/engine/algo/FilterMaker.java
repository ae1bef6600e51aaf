package io.pipy.engine.algo;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.FilterFactory;
import java.util.Objects;
import java.util.function.Function;

/** A {@link FilterFactory} that is a script name and a maker of prototypes. */
record FilterMaker(String name, Function<FilterConfig, Filter> maker) implements FilterFactory {

  FilterMaker {
    Objects.requireNonNull(name);
    Objects.requireNonNull(maker);
  }

  @Override
  public Filter create(FilterConfig config) {
    Filter f = maker.apply(config);
    f.configure(name, config.location());
    return f;
  }
}
