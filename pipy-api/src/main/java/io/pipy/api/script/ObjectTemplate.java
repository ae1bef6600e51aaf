package io.pipy.api.script;

/**
 * Makes plain script objects that all have the same own properties in the same order, from
 * {@link ScriptRuntime#template}: cheaper than filling in a new object key by key when Java code
 * makes many objects alike (message heads).
 */
@FunctionalInterface
public interface ObjectTemplate {

  /**
   * A new object whose properties hold {@code values}, in the order of the template's keys. The
   * array is taken over: the caller must not use it again.
   */
  ScriptObject make(Object... values);
}
