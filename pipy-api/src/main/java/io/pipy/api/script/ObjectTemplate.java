package io.pipy.api.script;

/**
 * Makes plain script objects that all have the same own properties in the same order, from
 * {@link ScriptRuntime#template} or {@link ScriptRuntime#templateOf}: cheaper than filling in a
 * new object key by key when Java code makes many objects alike (message heads). It can also
 * tell, without a lookup per key, whether an object still is exactly as it was made, which lets
 * Java code reuse work it did for an earlier object of the same contents (an encoded head).
 */
@FunctionalInterface
public interface ObjectTemplate {

  /**
   * A new object whose properties hold {@code values}, in the order of the template's keys. The
   * array is taken over: the caller must not use it again.
   */
  ScriptObject make(Object... values);

  /**
   * The values of {@code o}'s own properties in the template's key order, as a new array, if
   * {@code o} has exactly the template's own properties with the same attributes and nothing
   * else; {@code null} otherwise (and always when the implementation cannot tell).
   */
  default Object[] valuesOf(ScriptObject o) {
    return null;
  }

  /**
   * Whether {@code o} has exactly the template's own properties, nothing else, holding the very
   * {@code values} given (compared by reference, not by value): true means anything computed
   * from an object of those contents holds for {@code o} too. False when the implementation
   * cannot tell.
   */
  default boolean holds(ScriptObject o, Object[] values) {
    return false;
  }
}
