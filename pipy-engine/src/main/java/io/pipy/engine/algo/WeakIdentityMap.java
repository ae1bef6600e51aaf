package io.pipy.engine.algo;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A map from objects (by identity, held weakly) to values, for state that lives as long as a
 * script object does, such as a load balancer's session per inbound connection. Single-threaded.
 * {@link #expunge()} hands back the values whose keys the garbage collector has taken.
 */
final class WeakIdentityMap<V> {

  private static final class Key extends WeakReference<Object> {
    final int hash;

    Key(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) return true;
      if (!(o instanceof Key k)) return false;
      Object a = get();
      return a != null && a == k.get();
    }
  }

  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
  private final Map<Key, V> map = new HashMap<>();

  V get(Object key) {
    return map.get(new Key(key, null));
  }

  void put(Object key, V value) {
    map.put(new Key(key, queue), value);
  }

  V remove(Object key) {
    return map.remove(new Key(key, null));
  }

  int size() {
    return map.size();
  }

  /** Removes the entries whose keys are gone and returns their values. */
  List<V> expunge() {
    List<V> gone = null;
    Reference<?> r;
    while ((r = queue.poll()) != null) {
      V v = map.remove(r);
      if (v != null) {
        if (gone == null) gone = new ArrayList<>();
        gone.add(v);
      }
    }
    return gone == null ? List.of() : gone;
  }
}
