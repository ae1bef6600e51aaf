package io.pipy.js.runtime;

import io.pipy.api.script.HostClass;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which {@link HostClass} describes a Java object: the one registered for its class, or for
 * the nearest superclass or interface. Host classes are process-wide (modules register them
 * once), so this table is shared by all realms.
 */
public final class HostClasses {

  private static final Map<Class<?>, HostClass<?>> REGISTERED = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Object> RESOLVED = new ConcurrentHashMap<>();
  private static final Object NONE = new Object();

  private HostClasses() {
  }

  public static void register(HostClass<?> hc) {
    REGISTERED.put(hc.type(), hc);
    RESOLVED.clear();
  }

  /** The host class for {@code type}, or null. */
  public static HostClass<?> find(Class<?> type) {
    Object r = RESOLVED.get(type);
    if (r == null) {
      HostClass<?> hc = search(type);
      RESOLVED.put(type, hc == null ? NONE : hc);
      return hc;
    }
    return r == NONE ? null : (HostClass<?>) r;
  }

  private static HostClass<?> search(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      HostClass<?> hc = REGISTERED.get(c);
      if (hc != null) return hc;
      for (Class<?> i : c.getInterfaces()) {
        HostClass<?> h = searchInterfaces(i);
        if (h != null) return h;
      }
    }
    return null;
  }

  private static HostClass<?> searchInterfaces(Class<?> i) {
    HostClass<?> hc = REGISTERED.get(i);
    if (hc != null) return hc;
    for (Class<?> s : i.getInterfaces()) {
      HostClass<?> h = searchInterfaces(s);
      if (h != null) return h;
    }
    return null;
  }
}
