package io.pipy.api;

import io.pipy.api.script.HostClass;

/** Where a {@link PipyModule} registers what it contributes. */
public interface Registry {

  /** A filter, callable from scripts by {@link FilterFactory#name()}. */
  void filter(FilterFactory factory);

  /**
   * A global value scripts see by {@code name}: a constant, a
   * {@link io.pipy.api.script.HostFunction}, a {@link HostClass} (a constructor), a host object,
   * or a {@link java.util.Map} (a namespace object such as {@code http}).
   */
  void global(String name, Object value);

  /** Declares how scripts see instances of a Java class (and its subclasses). */
  void hostClass(HostClass<?> hostClass);

  /** A transport that {@code listen} and {@code connect} can use, by {@link Transport#protocol()}. */
  void transport(Transport transport);
}
