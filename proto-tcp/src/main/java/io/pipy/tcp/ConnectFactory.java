package io.pipy.tcp;

import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.FilterFactory;

/** Makes {@code connect(target, options)} filters. */
final class ConnectFactory implements FilterFactory {

  @Override
  public String name() {
    return "connect";
  }

  @Override
  public Filter create(FilterConfig config) {
    return new Connect(config.arg(0), config.argCount() > 1 ? config.arg(1) : null);
  }
}
