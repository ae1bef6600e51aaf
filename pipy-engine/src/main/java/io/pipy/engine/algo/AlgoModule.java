package io.pipy.engine.algo;

import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import io.pipy.api.script.HostClass;

/**
 * The module of {@code algo}, the throttle filters, {@code stats}, {@code logging}, {@code os},
 * {@code YAML}, {@code XML}, {@code IP}, {@code IPMask}, {@code Netmask} and
 * {@code IPEndpoint}. Found by {@link java.util.ServiceLoader} like any other module.
 */
public final class AlgoModule implements PipyModule {

  @Override
  public String name() {
    return "pipy-engine-algo";
  }

  @Override
  public void install(Registry registry) {
    for (HostClass<?> hc : AlgoNamespace.CLASSES) registry.hostClass(hc);
    registry.global("algo", AlgoNamespace.namespace());
    for (HostClass<?> hc : io.pipy.engine.stats.StatsNamespace.CLASSES) registry.hostClass(hc);
    registry.global("stats", io.pipy.engine.stats.StatsNamespace.namespace());
    for (HostClass<?> hc : io.pipy.engine.logging.Logger.CLASSES) registry.hostClass(hc);
    registry.global("logging", io.pipy.engine.logging.Logger.namespace());
    registry.hostClass(io.pipy.engine.os.FileStats.CLASS);
    registry.global("os", io.pipy.engine.os.OsNamespace.namespace());
    for (HostClass<?> hc : io.pipy.engine.formats.FormatsNamespace.CLASSES) registry.hostClass(hc);
    registry.global("YAML", io.pipy.engine.formats.FormatsNamespace.yaml());
    registry.global("XML", io.pipy.engine.formats.FormatsNamespace.xml());
    for (HostClass<?> hc : io.pipy.engine.formats.IPClasses.CLASSES) registry.hostClass(hc);
    registry.global("IP", io.pipy.engine.formats.IPClasses.IP_CLASS);
    registry.global("IPMask", io.pipy.engine.formats.IPClasses.MASK_CLASS);
    registry.global("Netmask", io.pipy.engine.formats.IPClasses.MASK_CLASS);
    registry.global("IPEndpoint", io.pipy.engine.formats.IPClasses.ENDPOINT_CLASS);
    registry.filter(new FilterMaker("throttleConcurrency", Throttle.Concurrency::create));
    registry.filter(new FilterMaker("throttleDataRate", Throttle.DataRate::create));
    registry.filter(new FilterMaker("throttleMessageRate", Throttle.MessageRate::create));
  }
}
