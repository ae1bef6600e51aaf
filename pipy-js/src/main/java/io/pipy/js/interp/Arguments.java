package io.pipy.js.interp;

import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.Shape;

/** The {@code arguments} object: an unmapped array-like copy of the call's arguments. */
final class Arguments extends JsObject {

  private Arguments(JsObject proto) {
    super(proto);
  }

  @Override
  public String className() {
    return "Arguments";
  }

  static JsObject create(Frame f) {
    Arguments a = new Arguments(f.realm.objectPrototype());
    Object[] args = f.args;
    for (int i = 0; i < args.length; i++) a.defineOwn(io.pipy.js.runtime.Numbers.toString(i), args[i], Shape.DEFAULT);
    a.defineOwn("length", args.length, Shape.HIDDEN);
    Object values = f.realm.arrayPrototype.get("values");
    a.defineOwn(JsSymbol.ITERATOR, values, Shape.HIDDEN);
    if (f.code.strict || f.code.simpleParams == null) {
      Object thrower = f.realm.intrinsicOrNull("ThrowTypeError");
      if (thrower != null) a.defineAccessor("callee", thrower, thrower, 0);
    } else {
      a.defineOwn("callee", f.callee, Shape.HIDDEN);
    }
    f.argumentsObject = a;
    return a;
  }

  static boolean isArrayLike(Object o) {
    return o instanceof JsArray || o instanceof Arguments;
  }
}
