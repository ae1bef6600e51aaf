package io.pipy.api.script;

/** A script array as Java code sees it. */
public interface ScriptArray extends ScriptObject {

  /** The array's length. */
  int length();

  /** The element at {@code index}; {@link Undefined#INSTANCE} for holes and out-of-range indexes. */
  Object get(int index);

  /** Sets the element at {@code index}, growing the array when needed. */
  void set(int index, Object value);

  /** Appends {@code value}. */
  void push(Object value);
}
