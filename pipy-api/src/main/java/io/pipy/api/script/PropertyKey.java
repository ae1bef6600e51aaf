package io.pipy.api.script;

/**
 * A property name for Java code that reads the same property of many script objects, such as
 * the {@code method} of every request head: the script engine may keep a note in it of where it
 * found the property last, so that the next object of the same layout is read without a lookup,
 * as a script's own property accesses are ({@link ScriptObject#get(PropertyKey)}).
 *
 * <p>Keep one per reading site and worker, in a field of an object that lives on one worker (a
 * connection's filter), not in a constant: the note describes one worker's objects and is not
 * meant to be shared between threads.
 */
public final class PropertyKey {

  private final String name;
  private Object note;

  /** A key for the property {@code name}. */
  public PropertyKey(String name) {
    this.name = name;
  }

  /** The property's name. */
  public String name() {
    return name;
  }

  /** The script engine's note of where it found the property last, or {@code null}; for engines. */
  public Object note() {
    return note;
  }

  /** Replaces the script engine's note; for engines. */
  public void note(Object note) {
    this.note = note;
  }

  @Override
  public String toString() {
    return name;
  }
}
