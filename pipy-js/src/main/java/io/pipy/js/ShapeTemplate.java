package io.pipy.js;

import io.pipy.api.script.ObjectTemplate;
import io.pipy.api.script.ScriptObject;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Numbers;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.Arrays;

/**
 * An {@link ObjectTemplate} over one shape: objects it makes carry the shape and their values as
 * their slots, and an object has the template's properties exactly when it carries the same
 * shape (a shape fixes the keys, their order, their attributes and the prototype; a changed
 * attribute, an added or deleted key or a switch to dictionary mode all give the object another
 * shape). Exotic objects (subclasses of {@link JsObject}) never match, whatever their shape.
 */
final class ShapeTemplate implements ObjectTemplate {

  private final Realm realm;
  private final Shape shape;
  private final int size;

  private ShapeTemplate(Realm realm, Shape shape) {
    this.realm = realm;
    this.shape = shape;
    this.size = shape.size();
  }

  /** The template of {@code shape}, which must hold only default-attribute data properties. */
  static ShapeTemplate of(Realm realm, Shape shape) {
    return new ShapeTemplate(realm, shape);
  }

  /** The template of {@code sample}'s shape, or null unless it is a plain object of simple properties. */
  static ShapeTemplate ofSample(Realm realm, ScriptObject sample) {
    if (!(sample instanceof JsObject o) || o.getClass() != JsObject.class || o.isDictionary()) return null;
    Shape s = o.shape;
    for (int i = 0, n = s.size(); i < n; i++) {
      // Array-index keys enumerate before the others whatever their slot, so a slot-order
      // template would list them wrongly.
      if (s.flags(i) != Shape.DEFAULT || !(s.key(i) instanceof String k) || Numbers.arrayIndex(k) >= 0) return null;
    }
    return new ShapeTemplate(realm, s);
  }

  @Override
  public ScriptObject make(Object... values) {
    if (values.length != size) {
      throw new IllegalArgumentException("template of " + size + " keys given " + values.length + " values");
    }
    for (int i = 0; i < size; i++) values[i] = realm.fromHost(values[i]);
    return new JsObject(shape, values);
  }

  @Override
  public Object[] valuesOf(ScriptObject o) {
    return o instanceof JsObject j && j.shape == shape && j.getClass() == JsObject.class ? Arrays.copyOf(j.slots, size) : null;
  }

  @Override
  public boolean holds(ScriptObject o, Object[] values) {
    if (!(o instanceof JsObject j) || j.shape != shape || j.getClass() != JsObject.class || values.length != size) {
      return false;
    }
    Object[] slots = j.slots;
    for (int i = 0; i < size; i++) {
      if (slots[i] != values[i]) return false;
    }
    return true;
  }
}
