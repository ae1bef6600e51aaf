package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A module namespace object ({@code import * as ns}): a null-prototype object whose properties
 * are the module's exports, sorted by name, read live, and never writable from outside.
 */
final class ModuleNamespace extends JsObject {

  /** Export name to where its value lives. */
  private final Map<String, ModuleLoader.Resolution> exports;
  private final List<Object> keys;

  ModuleNamespace(Map<String, ModuleLoader.Resolution> sortedExports) {
    super((JsObject) null);
    this.exports = sortedExports;
    this.keys = new ArrayList<>(sortedExports.keySet());
    keys.add(JsSymbol.TO_STRING_TAG);
    super.preventExtensions();
  }

  @Override
  public String className() {
    return "Module";
  }

  @Override
  public Object getOwnRaw(Object key) {
    if (key == JsSymbol.TO_STRING_TAG) return "Module";
    ModuleLoader.Resolution r = key instanceof String s ? exports.get(s) : null;
    if (r == null) return NOT_FOUND;
    if (r.slot < 0) return r.record.namespace();
    Object v = r.record.env.slots[r.slot];
    if (v == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + key + "' before initialization");
    return v;
  }

  @Override
  public int getOwnFlags(Object key) {
    if (key == JsSymbol.TO_STRING_TAG) return 0;
    return Shape.WRITABLE | Shape.ENUMERABLE;
  }

  @Override
  public List<Object> ownKeys() {
    return keys;
  }

  @Override
  public boolean isExtensible() {
    return false;
  }

  @Override
  public boolean setProto(JsObject proto) {
    return proto == null;
  }

  @Override
  public boolean set(Object key, Object value, Object receiver, io.pipy.api.Context ctx) {
    return false;
  }

  @Override
  public boolean deleteOwn(Object key) {
    return getOwnRaw(key) == NOT_FOUND;
  }

  @Override
  public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
    return false;
  }

  @Override
  public void defineOwn(Object key, Object value, int flags) {
    // Namespaces have no properties of their own besides the exports.
  }
}
