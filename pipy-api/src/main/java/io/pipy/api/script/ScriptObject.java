package io.pipy.api.script;

/**
 * A script object as Java code sees it: string-keyed properties, inherited ones included.
 *
 * <p>Implemented by the script language for its plain objects. A host object may implement it
 * too, to accept properties its {@link HostClass} does not declare.
 */
public interface ScriptObject {

  /** The value of property {@code key}, following the prototype chain; {@link Undefined#INSTANCE} if absent. */
  Object get(String key);

  /** Sets own property {@code key}. */
  void set(String key, Object value);

  /** Whether property {@code key} exists, own or inherited. */
  boolean has(String key);

  /** Deletes own property {@code key}; returns whether it is gone. */
  boolean delete(String key);

  /** The own enumerable string keys, in property order. */
  Iterable<String> keys();
}
