package io.pipy.engine.core;

import io.pipy.api.PipyModule;
import io.pipy.api.Registry;

/** The module built into the engine, found by {@link java.util.ServiceLoader} like any other. */
public final class CoreModule implements PipyModule {

  @Override
  public String name() {
    return "pipy-engine";
  }

  @Override
  public void install(Registry registry) {
    registry.hostClass(DataClass.CLASS);
    registry.global("Data", DataClass.CLASS);
    registry.hostClass(EventClasses.MESSAGE);
    registry.global("Message", EventClasses.MESSAGE);
    registry.hostClass(EventClasses.MESSAGE_START);
    registry.global("MessageStart", EventClasses.MESSAGE_START);
    registry.hostClass(EventClasses.MESSAGE_END);
    registry.global("MessageEnd", EventClasses.MESSAGE_END);
    registry.hostClass(EventClasses.STREAM_END);
    registry.global("StreamEnd", EventClasses.STREAM_END);
    registry.hostClass(TimeoutClass.CLASS);
    registry.global("Timeout", TimeoutClass.CLASS);
    registry.hostClass(InboundClass.CLASS);
    OutputGlobals.install(registry);
  }
}
