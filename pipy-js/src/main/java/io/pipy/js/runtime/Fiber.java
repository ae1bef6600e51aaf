package io.pipy.js.runtime;

import io.pipy.api.script.Undefined;
import java.util.Arrays;

/**
 * The fiber variables ({@code var $x} at the top of a file) of one pipeline context: one array
 * of values per script file. Stored in {@link io.pipy.api.Context#fiber()}.
 *
 * <p>The realm has a root fiber, used while files load; a context gets a copy of its parent's
 * fiber (or of the root) the first time it touches a fiber variable. A fiber remembers the
 * context that owns it, so a context cloned with the parent's fiber object still gets a copy of
 * its own on first use.
 */
public final class Fiber {
  private final Object owner;
  private Object[][] modules;

  public Fiber(Object owner, int modules) {
    this.owner = owner;
    this.modules = new Object[Math.max(modules, 1)][];
  }

  private Fiber(Object owner, Object[][] modules) {
    this.owner = owner;
    this.modules = modules;
  }

  public Object owner() {
    return owner;
  }

  /** The values of module {@code id}, which has {@code count} fiber variables. */
  public Object[] data(int id, int count) {
    Object[][] m = modules;
    if (id >= m.length) modules = m = Arrays.copyOf(m, Math.max(id + 1, m.length * 2));
    Object[] d = m[id];
    if (d == null || d.length < count) {
      Object[] n = new Object[count];
      Arrays.fill(n, Undefined.INSTANCE);
      if (d != null) System.arraycopy(d, 0, n, 0, d.length);
      m[id] = d = n;
    }
    return d;
  }

  /** A copy for context {@code newOwner}: the same values, in arrays of its own. */
  public Fiber copyFor(Object newOwner) {
    Object[][] m = modules.clone();
    for (int i = 0; i < m.length; i++) if (m[i] != null) m[i] = m[i].clone();
    return new Fiber(newOwner, m);
  }
}
