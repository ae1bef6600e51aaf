package io.pipy.js.runtime;

/** A {@code Map} or {@code Set} object: an ordinary object with an {@link OrderedTable}. */
public final class JsMap extends JsObject {

  public final OrderedTable table = new OrderedTable();
  private final boolean isSet;

  public JsMap(JsObject proto, boolean isSet) {
    super(proto);
    this.isSet = isSet;
  }

  /** True for Set objects, false for Map objects. */
  public boolean isSet() {
    return isSet;
  }

  @Override
  public String className() {
    return isSet ? "Set" : "Map";
  }
}
