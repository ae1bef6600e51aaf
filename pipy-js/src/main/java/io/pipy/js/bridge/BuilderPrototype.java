package io.pipy.js.bridge;

import io.pipy.api.script.ScriptError;
import io.pipy.js.runtime.JsObject;

/**
 * The prototype of every builder: fixed methods ({@code listen}, {@code pipeline}, {@code to} …)
 * as ordinary properties, and one method per installed filter, made on first use and then kept
 * as an ordinary property (so access sites cache it like any method). Asking for a filter Pipy
 * defines but whose module is not installed is an error naming that module.
 */
final class BuilderPrototype extends JsObject {

  private final Bridge bridge;

  BuilderPrototype(JsObject proto, Bridge bridge) {
    super(proto);
    this.bridge = bridge;
  }

  @Override
  public Object getOwnRaw(Object key) {
    Object v = super.getOwnRaw(key);
    if (v != NOT_FOUND || !(key instanceof String name)) return v;
    if (bridge.host().hasFilter(name)) {
      JsObject method = bridge.filterMethod(name);
      defineOwn(name, method, io.pipy.js.runtime.Shape.HIDDEN);
      return method;
    }
    String unavailable = bridge.host().unavailableFilter(name);
    if (unavailable != null) throw new ScriptError(unavailable);
    return NOT_FOUND;
  }
}
