package io.pipy.http;

import io.pipy.api.script.ObjectTemplate;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;

/**
 * What a plain script object held at one moment: its template (keys, order, attributes) and its
 * property values. It can make new objects of those contents and tell whether an object still
 * has exactly them (the very same values, compared by reference). {@link HeadBlocks} and
 * {@link FieldsMemo} remember headers objects this way; {@link H2FieldShapes} takes the
 * template of one that holds the fields it was built from.
 *
 * <p>The values array is never handed out; objects are made from copies of it.
 */
record ObjectContents(ObjectTemplate template, Object[] values) {

  /** The contents of {@code o} now, or null if it is not a plain object of data properties. */
  static ObjectContents of(ScriptRuntime scripts, ScriptObject o) {
    ObjectTemplate t = scripts.templateOf(o);
    Object[] v = t == null ? null : t.valuesOf(o);
    return v == null ? null : new ObjectContents(t, v);
  }

  /** Whether {@code o} has exactly these contents. */
  boolean heldBy(ScriptObject o) {
    return template.holds(o, values);
  }

  /** A new object of these contents. */
  ScriptObject newObject() {
    return template.make(values.clone());
  }
}
