package io.pipy.js.interp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one script file knows at run time beyond its own bindings: its context variables
 * ({@code pipy({_x: 0})}), the context variables it imports from other files, and its file
 * name. Free names in the file resolve against this before falling back to globals.
 */
public final class ModuleScope {

  private final String file;
  private final int id;
  private final Map<String, Integer> contextVariables = new LinkedHashMap<>();
  private final Map<String, int[]> imported = new HashMap<>();
  private Object[] initialValues = new Object[0];

  public ModuleScope(String file, int id) {
    this.file = file;
    this.id = id;
  }

  public String file() {
    return file;
  }

  /** The module's index in {@link io.pipy.api.Context#variables(int)}. */
  public int id() {
    return id;
  }

  /** Declares context variables with their initial values, in order. */
  public void declareContextVariables(List<String> names, List<Object> values) {
    contextVariables.clear();
    initialValues = values.toArray();
    for (int i = 0; i < names.size(); i++) contextVariables.put(names.get(i), i);
  }

  /** Adds a context variable (used by {@code export(ns, {...})}); returns its slot. */
  public int addContextVariable(String name, Object initial) {
    Integer existing = contextVariables.get(name);
    if (existing != null) {
      initialValues[existing] = initial;
      return existing;
    }
    int slot = contextVariables.size();
    contextVariables.put(name, slot);
    Object[] v = java.util.Arrays.copyOf(initialValues, slot + 1);
    v[slot] = initial;
    initialValues = v;
    return slot;
  }

  /** Makes {@code name} refer to context variable {@code slot} of module {@code module}. */
  public void importContextVariable(String name, int module, int slot) {
    imported.put(name, new int[] {module, slot});
  }

  /** {module, slot} of the context variable {@code name} seen from this file, or null. */
  public int[] lookup(String name) {
    Integer own = contextVariables.get(name);
    if (own != null) return new int[] {id, own};
    return imported.get(name);
  }

  public Integer slotOf(String name) {
    return contextVariables.get(name);
  }

  public Object[] initialValues() {
    return initialValues;
  }

  private int fiberCount;
  /** The file's {@code import.meta} object, made on first use. */
  io.pipy.js.runtime.JsObject importMeta;

  /** Sets the number of fiber variables ({@code var $x}) the file declares. */
  void fiberCount(int n) {
    fiberCount = n;
  }

  /** The number of fiber variables the file declares. */
  public int fiberCount() {
    return fiberCount;
  }

  public boolean hasContextVariables() {
    return !contextVariables.isEmpty();
  }
}
