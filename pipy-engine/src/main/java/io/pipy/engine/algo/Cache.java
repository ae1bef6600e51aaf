package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code algo.Cache}: an ordered key-value store with optional {@code size} (least recently used
 * entries go first) and {@code ttl} (seconds, or a string such as {@code "10s"}) limits.
 *
 * <p>{@code new algo.Cache(allocate?, free?, options?)}: {@code allocate(key)} fills a missing
 * entry when {@link #get} asks for it; {@code free(key, value)} is told of every entry that
 * goes away through {@code remove}, {@code clear} or the size limit (expired entries simply stop
 * being found, as in Pipy). Keys compare as {@link ValueKey} does. One worker's object: no
 * locking.
 */
public final class Cache {

  private static final class Entry {
    Object value;
    long expires;

    Entry(Object value, long expires) {
      this.value = value;
      this.expires = expires;
    }
  }

  private final ScriptFunction allocate;
  private final ScriptFunction free;
  private final int size;
  private final long ttlMillis;
  private final Clock clock;
  private final LinkedHashMap<ValueKey, Entry> map = new LinkedHashMap<>(16, 0.75f, true);

  /** A cache with the given callbacks (either may be null), size limit (0: none) and TTL (0: none). */
  public Cache(ScriptFunction allocate, ScriptFunction free, int size, double ttlSeconds, Clock clock) {
    this.allocate = allocate;
    this.free = free;
    this.size = Math.max(0, size);
    this.ttlMillis = ttlSeconds > 0 ? Math.max(1, (long) (ttlSeconds * 1000)) : 0;
    this.clock = clock;
  }

  /** A plain cache without callbacks or limits. */
  public Cache() {
    this(null, null, 0, 0, Clock.SYSTEM);
  }

  static Cache construct(Context ctx, Object[] args) {
    String where = "new algo.Cache";
    ScriptFunction alloc = null;
    ScriptFunction fr = null;
    ScriptObject options = null;
    int i = 0;
    Object a0 = Args.get(args, 0);
    if (a0 instanceof ScriptObject && !(a0 instanceof ScriptFunction)) {
      options = Args.object(where, args, 0);
    } else {
      alloc = Args.function(where, args, 0);
      Object a1 = Args.get(args, 1);
      if (a1 instanceof ScriptObject && !(a1 instanceof ScriptFunction)) {
        options = Args.object(where, args, 1);
      } else {
        fr = Args.function(where, args, 1);
        options = Args.object(where, args, 2);
      }
    }
    double sizeOpt = Args.numberOption(where, options, "size", 0);
    double ttl = Args.secondsOption(where, options, "ttl", 0);
    return new Cache(alloc, fr, (int) sizeOpt, ttl, Clock.SYSTEM);
  }

  private boolean expired(Entry e, long now) {
    return ttlMillis > 0 && now >= e.expires;
  }

  private long now() {
    return ttlMillis > 0 ? clock.millis() : 0;
  }

  /** The value for {@code key}, calling {@code allocate} for a missing or expired one; undefined if none. */
  public Object get(Context ctx, Object key) {
    ValueKey k = ValueKey.of(key);
    long now = now();
    Entry e = map.get(k);
    if (e != null && !expired(e, now)) return e.value;
    if (allocate == null) return Undefined.INSTANCE;
    Object v = allocate.call1(ctx, key);
    if (e != null) {
      e.value = v;
      e.expires = now + ttlMillis;
    } else {
      map.put(k, new Entry(v, now + ttlMillis));
      trim(ctx);
    }
    return v;
  }

  /** Sets the value for {@code key}, evicting the least recently used entries beyond {@code size}. */
  public void set(Context ctx, Object key, Object value) {
    ValueKey k = ValueKey.of(key);
    Entry e = map.get(k);
    long expires = now() + ttlMillis;
    if (e != null) {
      e.value = value;
      e.expires = expires;
      return;
    }
    map.put(k, new Entry(value, expires));
    trim(ctx);
  }

  private void trim(Context ctx) {
    if (size <= 0) return;
    while (map.size() > size) {
      Iterator<Map.Entry<ValueKey, Entry>> it = map.entrySet().iterator();
      Map.Entry<ValueKey, Entry> eldest = it.next();
      it.remove();
      if (free != null) free.call(ctx, eldest.getKey().value(), eldest.getValue().value);
    }
  }

  private Entry lookup(Object key) {
    ValueKey k = ValueKey.of(key);
    Entry e = map.get(k);
    if (e == null) return null;
    if (expired(e, now())) {
      map.remove(k);
      return null;
    }
    return e;
  }

  /** Whether an unexpired entry for {@code key} exists. */
  public boolean has(Object key) {
    return lookup(key) != null;
  }

  /** The value for {@code key} or undefined, without allocating. */
  public Object find(Object key) {
    Entry e = lookup(key);
    return e == null ? Undefined.INSTANCE : e.value;
  }

  /** Removes {@code key}, telling {@code free}; true if an unexpired entry was there. */
  public boolean remove(Context ctx, Object key) {
    ValueKey k = ValueKey.of(key);
    Entry e = map.remove(k);
    if (e == null) return false;
    boolean found = !expired(e, now());
    if (free != null) free.call(ctx, key, e.value);
    return found;
  }

  /** Removes everything, telling {@code free} of each entry in order. */
  public void clear(Context ctx) {
    if (free != null) {
      List<Map.Entry<ValueKey, Entry>> all = new ArrayList<>(map.entrySet());
      map.clear();
      for (Map.Entry<ValueKey, Entry> e : all) free.call(ctx, e.getKey().value(), e.getValue().value);
    } else {
      map.clear();
    }
  }

  /** The number of entries held (expired ones included until they are looked up). */
  public int size() {
    return map.size();
  }

  /** How scripts see {@code algo.Cache}. */
  public static final HostClass<Cache> CLASS = HostClass.builder("Cache", Cache.class)
      .constructor(Cache::construct)
      .method("get", 1, (ctx, c, args) -> {
        Args.require("Cache.get", args, 1);
        return c.get(ctx, args[0]);
      })
      .method("set", 2, (ctx, c, args) -> {
        Args.require("Cache.set", args, 2);
        c.set(ctx, args[0], args[1]);
        return Undefined.INSTANCE;
      })
      .method("has", 1, (ctx, c, args) -> {
        Args.require("Cache.has", args, 1);
        return c.has(args[0]);
      })
      .method("find", 1, (ctx, c, args) -> {
        Args.require("Cache.find", args, 1);
        return c.find(args[0]);
      })
      .method("remove", 1, (ctx, c, args) -> {
        Args.require("Cache.remove", args, 1);
        return c.remove(ctx, args[0]);
      })
      .method("clear", 0, (ctx, c, args) -> {
        c.clear(ctx);
        return Undefined.INSTANCE;
      })
      .build();
}
