package io.pipy.js.runtime;

import io.pipy.api.script.Undefined;
import java.util.HashMap;

/**
 * The insertion-ordered hash table behind {@code Map} and {@code Set}: keys compare by
 * SameValueZero (with -0 stored as +0), and {@link Cursor cursors} are <em>live</em> &mdash; they
 * see entries added while iterating and skip entries deleted before they are reached, as the
 * language requires of Map and Set iterators and {@code forEach}.
 *
 * <p>Entries form a circular doubly linked list around a sentinel. A deleted entry is unlinked
 * but keeps its own links, so a cursor resting on it can walk back through {@code prev} to the
 * nearest live entry (or the sentinel) and continue from there; {@link #clear()} points every
 * dropped entry back at the sentinel.
 */
public final class OrderedTable {

  /** One key/value pair (for sets the value is the key). */
  public static final class Entry {
    Object key;
    Object value;
    Entry prev;
    Entry next;
    boolean alive;

    public Object key() {
      return key;
    }

    public Object value() {
      return value;
    }
  }

  /** Host objects (Java values other than the language's own) compare by identity. */
  private record IdentityKey(Object ref) {
    @Override
    public boolean equals(Object o) {
      return o instanceof IdentityKey k && k.ref == ref;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(ref);
    }
  }

  private final Entry head = new Entry();
  private final HashMap<Object, Entry> index = new HashMap<>();

  public OrderedTable() {
    head.prev = head;
    head.next = head;
    head.alive = true;
  }

  /** The key as stored: -0 becomes +0, numbers take their canonical form. */
  public static Object normalize(Object key) {
    if (key instanceof Integer || key instanceof String) return key;
    if (key instanceof Double d) {
      double v = d;
      if (v == 0) return 0;
      if (v != v) return Double.NaN;
      return Ops.num(v);
    }
    if (key instanceof Number n && !(key instanceof Integer)) return normalize(n.doubleValue());
    if (key instanceof CharSequence cs) return cs.toString();
    return key;
  }

  private static Object hashKey(Object normalized) {
    if (normalized == null || normalized instanceof Integer || normalized instanceof Double
        || normalized instanceof String || normalized instanceof Boolean || normalized instanceof JsObject
        || normalized instanceof JsSymbol || normalized == Undefined.INSTANCE) {
      return normalized;
    }
    return new IdentityKey(normalized);
  }

  public int size() {
    return index.size();
  }

  /** The entry for {@code key}, or null. */
  public Entry find(Object key) {
    return index.get(hashKey(normalize(key)));
  }

  public boolean has(Object key) {
    return find(key) != null;
  }

  /** The value for {@code key}, or undefined. */
  public Object get(Object key) {
    Entry e = find(key);
    return e == null ? Undefined.INSTANCE : e.value;
  }

  /** Sets the value of an existing key in place, or appends a new entry. */
  public void put(Object key, Object value) {
    Object k = normalize(key);
    Object hk = hashKey(k);
    Entry e = index.get(hk);
    if (e != null) {
      e.value = value;
      return;
    }
    e = new Entry();
    e.key = k;
    e.value = value;
    e.alive = true;
    Entry last = head.prev;
    e.prev = last;
    e.next = head;
    last.next = e;
    head.prev = e;
    index.put(hk, e);
  }

  /** Removes {@code key}; false if it was not there. */
  public boolean remove(Object key) {
    Entry e = index.remove(hashKey(normalize(key)));
    if (e == null) return false;
    e.alive = false;
    e.prev.next = e.next;
    e.next.prev = e.prev;
    // e keeps prev/next so cursors resting on it can find their way back.
    e.value = null;
    return true;
  }

  public void clear() {
    for (Entry e = head.next; e != head; ) {
      Entry n = e.next;
      e.alive = false;
      e.value = null;
      e.prev = head;
      e = n;
    }
    head.next = head;
    head.prev = head;
    index.clear();
  }

  /** A new cursor before the first entry. */
  public Cursor cursor() {
    return new Cursor(this);
  }

  /** A live position in a table. */
  public static final class Cursor {
    private OrderedTable table;
    private Entry at;

    Cursor(OrderedTable table) {
      this.table = table;
      this.at = table.head;
    }

    /** The next live entry, or null once the end is reached (and forever after). */
    public Entry next() {
      if (table == null) return null;
      Entry e = at;
      while (!e.alive) e = e.prev;
      Entry n = e.next;
      if (n == table.head) {
        table = null;
        at = null;
        return null;
      }
      at = n;
      return n;
    }

    public boolean done() {
      return table == null;
    }
  }
}
