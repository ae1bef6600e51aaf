package io.pipy.api.script;

import java.util.function.BiConsumer;

/**
 * A script object as Java code sees it: string-keyed properties, inherited ones included.
 *
 * <p>Implemented by the script language for its plain objects. A host object may implement it
 * too, to accept properties its {@link HostClass} does not declare.
 */
public interface ScriptObject {

  /** The value of property {@code key}, following the prototype chain; {@link Undefined#INSTANCE} if absent. */
  Object get(String key);

  /**
   * The value of property {@code key}, as {@link #get(String)} gives it; the engine may read it
   * faster with the note it keeps in {@code key}.
   */
  default Object get(PropertyKey key) {
    return get(key.name());
  }

  /** Sets own property {@code key}. */
  void set(String key, Object value);

  /** Whether property {@code key} exists, own or inherited. */
  boolean has(String key);

  /** Deletes own property {@code key}; returns whether it is gone. */
  boolean delete(String key);

  /** The own enumerable string keys, in property order. */
  Iterable<String> keys();

  /**
   * Creates or overwrites own property {@code key} as a plain data property (writable,
   * enumerable, configurable) without consulting the prototype chain, so no inherited setter
   * runs: ECMAScript's CreateDataProperty. For Java code filling in an object it has just made,
   * such as a decoded message head; implementations may make it much cheaper than
   * {@link #set}.
   */
  default void define(String key, Object value) {
    set(key, value);
  }

  /**
   * Calls {@code action} with each own enumerable string key and its value, in property order
   * (as {@link #keys} then {@link #get} would, but implementations may skip the lookups).
   */
  default void forEach(BiConsumer<String, Object> action) {
    for (String k : keys()) action.accept(k, get(k));
  }
}
