package io.pipy.js.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * The table behind {@code WeakMap} and {@code WeakSet}: keys are compared by identity and held
 * weakly, so an entry goes away once nothing else references its key. (As with
 * {@link java.util.WeakHashMap}, a value that references its own key keeps that entry alive.)
 */
public final class WeakIdentityTable {

  private static final class WeakKey extends WeakReference<Object> {
    final int hash;

    WeakKey(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (o == this) return true;
      if (!(o instanceof WeakKey k)) return false;
      Object r = get();
      return r != null && r == k.get();
    }
  }

  /** A strong stand-in for looking keys up. */
  private static final class Probe {
    final Object ref;

    Probe(Object ref) {
      this.ref = ref;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(ref);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WeakKey k && k.get() == ref;
    }
  }

  private final HashMap<Object, Object> map = new HashMap<>();
  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

  private void expunge() {
    java.lang.ref.Reference<?> r;
    while ((r = queue.poll()) != null) map.remove(r);
  }

  private static final Object NULL = new Object();

  /** The value for {@code key}, or {@link JsObject#NOT_FOUND} when absent. */
  public Object get(Object key) {
    expunge();
    Object v = map.get(new Probe(key));
    if (v == null) return JsObject.NOT_FOUND;
    return v == NULL ? null : v;
  }

  public boolean has(Object key) {
    expunge();
    return map.containsKey(new Probe(key));
  }

  public void put(Object key, Object value) {
    expunge();
    if (value == null) value = NULL;
    Probe p = new Probe(key);
    if (map.containsKey(p)) {
      // Replace the value, keeping the existing weak key.
      map.replace(p, value);
      return;
    }
    map.put(new WeakKey(key, queue), value);
  }

  public boolean remove(Object key) {
    expunge();
    return map.remove(new Probe(key)) != null;
  }

  /** Live entries (for tests). */
  public int size() {
    expunge();
    return map.size();
  }
}
