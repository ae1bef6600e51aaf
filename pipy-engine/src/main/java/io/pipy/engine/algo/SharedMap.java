package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code algo.SharedMap}: a named string-keyed map shared by every worker of the process: every
 * {@code new algo.SharedMap('name')} with the same name sees the same entries. It is the one
 * place scripts of different workers can exchange values, so it is thread-safe.
 *
 * <p>Values are copied in and out: numbers, strings, booleans, null and undefined as they are;
 * objects and arrays as deep copies (functions and other host values inside them become
 * undefined); a {@code Data} as its bytes. {@code add(key, n)} and {@code sub(key, n)} update a
 * number atomically and return the result ({@code NaN} if the entry is missing or not a
 * number).
 */
public final class SharedMap {

  private static final ConcurrentHashMap<String, ConcurrentHashMap<String, Object>> MAPS = new ConcurrentHashMap<>();

  /** A frozen copy of a script object. */
  private record Frozen(Map<String, Object> entries) {
  }

  /** A frozen copy of a script array. */
  private record FrozenArray(List<Object> elements) {
  }

  /** The bytes of a Data. */
  private record FrozenData(byte[] bytes) {
  }

  private static final Object UNDEFINED = new Object();

  private final String name;
  private final ConcurrentHashMap<String, Object> map;

  /** The shared map named {@code name}. */
  public SharedMap(String name) {
    this.name = name;
    this.map = MAPS.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
  }

  static SharedMap construct(Context ctx, Object[] args) {
    Args.require("new algo.SharedMap", args, 1);
    return new SharedMap(Args.string("new algo.SharedMap", args, 0));
  }

  /** The map's name. */
  public String name() {
    return name;
  }

  /** The number of entries. */
  public int size() {
    return map.size();
  }

  /** Removes every entry. */
  public void clear() {
    map.clear();
  }

  /** Removes {@code key}; whether it was there. */
  public boolean delete(String key) {
    return map.remove(key) != null;
  }

  /** Whether {@code key} is there. */
  public boolean has(String key) {
    return map.containsKey(key);
  }

  /** A copy of the value of {@code key} made with {@code runtime}; undefined if absent. */
  public Object get(ScriptRuntime runtime, String key) {
    Object v = map.get(key);
    return v == null ? Undefined.INSTANCE : thaw(runtime, v);
  }

  /** Sets {@code key} to a copy of {@code value}. */
  public void set(String key, Object value) {
    map.put(key, freeze(value, 0));
  }

  /** Adds {@code n} to the number at {@code key}; the new number, or NaN. */
  public double add(String key, double n) {
    double[] out = {Double.NaN};
    map.computeIfPresent(key, (k, v) -> {
      if (v instanceof Double d) {
        out[0] = d + n;
        return out[0];
      }
      return v;
    });
    return out[0];
  }

  private static final int MAX_DEPTH = 64;

  private static Object freeze(Object v, int depth) {
    if (v == null) return NULL;
    if (v == Undefined.INSTANCE) return UNDEFINED;
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof Boolean || v instanceof String) return v;
    if (v instanceof CharSequence s) return s.toString();
    if (v instanceof Data d) return new FrozenData(d.toBytes());
    if (depth > MAX_DEPTH || v instanceof ScriptFunction) return UNDEFINED;
    if (v instanceof ScriptArray a) {
      List<Object> list = new ArrayList<>(a.length());
      for (int i = 0; i < a.length(); i++) list.add(freeze(a.get(i), depth + 1));
      return new FrozenArray(Collections.unmodifiableList(list));
    }
    if (v instanceof ScriptObject o) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String k : o.keys()) m.put(k, freeze(o.get(k), depth + 1));
      return new Frozen(Collections.unmodifiableMap(m));
    }
    return UNDEFINED;
  }

  private static final Object NULL = new Object();

  private static Object thaw(ScriptRuntime rt, Object v) {
    if (v == NULL) return null;
    if (v == UNDEFINED) return Undefined.INSTANCE;
    if (v instanceof Double d) return Values.number(d);
    if (v instanceof FrozenData fd) return Data.wrap(fd.bytes().clone());
    if (v instanceof FrozenArray fa) {
      List<Object> list = new ArrayList<>(fa.elements().size());
      for (Object e : fa.elements()) list.add(thaw(rt, e));
      return rt.newArray(list);
    }
    if (v instanceof Frozen f) {
      ScriptObject o = rt.newObject();
      for (Map.Entry<String, Object> e : f.entries().entrySet()) o.set(e.getKey(), thaw(rt, e.getValue()));
      return o;
    }
    return v;
  }

  /** How scripts see {@code algo.SharedMap}. */
  public static final HostClass<SharedMap> CLASS = HostClass.builder("SharedMap", SharedMap.class)
      .constructor(SharedMap::construct)
      .getter("size", SharedMap::size)
      .method("clear", 0, (ctx, m, args) -> {
        m.clear();
        return Undefined.INSTANCE;
      })
      .method("delete", 1, (ctx, m, args) -> m.delete(Args.string("SharedMap.delete", args, 0)))
      .method("has", 1, (ctx, m, args) -> m.has(Args.string("SharedMap.has", args, 0)))
      .method("get", 1, (ctx, m, args) -> {
        String key = Args.string("SharedMap.get", args, 0);
        return m.get(ctx.worker().scripts(), key);
      })
      .method("set", 2, (ctx, m, args) -> {
        Args.require("SharedMap.set", args, 2);
        m.set(Args.string("SharedMap.set", args, 0), args[1]);
        return Undefined.INSTANCE;
      })
      .method("add", 2, (ctx, m, args) -> {
        Args.require("SharedMap.add", args, 2);
        return Values.number(m.add(Args.string("SharedMap.add", args, 0), Args.number("SharedMap.add", args, 1)));
      })
      .method("sub", 2, (ctx, m, args) -> {
        Args.require("SharedMap.sub", args, 2);
        return Values.number(m.add(Args.string("SharedMap.sub", args, 0), -Args.number("SharedMap.sub", args, 1)));
      })
      .build();
}
