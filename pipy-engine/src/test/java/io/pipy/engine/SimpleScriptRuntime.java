package io.pipy.engine;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the script language in tests of Java filters: plain objects are ordered maps,
 * arrays are lists. Enough to exercise filters that make or read script objects without pulling
 * in the real language.
 */
public final class SimpleScriptRuntime implements ScriptRuntime {

  /** A plain object backed by an insertion-ordered map. */
  public static final class MapObject implements ScriptObject {
    private final Map<String, Object> map = new LinkedHashMap<>();

    @Override
    public Object get(String key) {
      return map.containsKey(key) ? map.get(key) : Undefined.INSTANCE;
    }

    @Override
    public void set(String key, Object value) {
      map.put(key, value);
    }

    @Override
    public boolean has(String key) {
      return map.containsKey(key);
    }

    @Override
    public boolean delete(String key) {
      map.remove(key);
      return true;
    }

    @Override
    public Iterable<String> keys() {
      return new ArrayList<>(map.keySet());
    }

    @Override
    public String toString() {
      return map.toString();
    }
  }

  /** An array backed by a list. */
  public static final class ListArray implements ScriptArray {
    private final List<Object> list = new ArrayList<>();

    @Override
    public int length() {
      return list.size();
    }

    @Override
    public Object get(int index) {
      return index >= 0 && index < list.size() ? list.get(index) : Undefined.INSTANCE;
    }

    @Override
    public void set(int index, Object value) {
      while (list.size() <= index) list.add(Undefined.INSTANCE);
      list.set(index, value);
    }

    @Override
    public void push(Object value) {
      list.add(value);
    }

    @Override
    public Object get(String key) {
      if ("length".equals(key)) return list.size();
      try {
        return get(Integer.parseInt(key));
      } catch (NumberFormatException e) {
        return Undefined.INSTANCE;
      }
    }

    @Override
    public void set(String key, Object value) {
      set(Integer.parseInt(key), value);
    }

    @Override
    public boolean has(String key) {
      return !(get(key) instanceof Undefined);
    }

    @Override
    public boolean delete(String key) {
      return false;
    }

    @Override
    public Iterable<String> keys() {
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) keys.add(Integer.toString(i));
      return keys;
    }

    @Override
    public String toString() {
      return list.toString();
    }
  }

  @Override
  public ScriptObject newObject() {
    return new MapObject();
  }

  @Override
  public ScriptArray newArray(List<?> elements) {
    ListArray a = new ListArray();
    for (Object e : elements) a.push(e);
    return a;
  }

  @Override
  public String toStringValue(Context caller, Object v) {
    return String.valueOf(v);
  }

  @Override
  public String toDisplayString(Object v) {
    return String.valueOf(v);
  }

  @Override
  public String toJson(Object v) {
    return v instanceof CharSequence s ? "\"" + s + "\"" : String.valueOf(v);
  }
}
