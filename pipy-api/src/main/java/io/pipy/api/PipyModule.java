package io.pipy.api;

/**
 * What a module jar provides, found with {@link java.util.ServiceLoader}: list the implementing
 * class in {@code META-INF/services/io.pipy.api.PipyModule}. The class needs a public no-argument
 * constructor.
 *
 * <p>A module contributes filters, global objects, host classes and transports, nothing else.
 * {@link #install(Registry)} runs once per process, before any script loads; what it registers
 * must be usable from every worker (filter factories and host classes are shared, so keep them
 * free of per-stream state).
 */
public interface PipyModule {

  /** The module's name, such as {@code "proto-http"}; used in messages. */
  String name();

  /** Registers everything the module contributes. Throwing skips the whole module. */
  void install(Registry registry);
}
