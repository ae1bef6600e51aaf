package io.pipy.http;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.FilterFactory;
import java.util.Objects;
import java.util.function.Function;

/** A {@link FilterFactory} that is just a script name and a constructor of prototypes. */
record NamedFactory(String name, Function<FilterConfig, Filter> maker) implements FilterFactory {

  NamedFactory {
    Objects.requireNonNull(name);
    Objects.requireNonNull(maker);
  }

  @Override
  public Filter create(FilterConfig config) {
    return maker.apply(config);
  }
}
