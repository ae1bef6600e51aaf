package io.pipy.js.builtins;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PrimitiveWrapper;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.HashMap;
import java.util.Map;

/** {@code Symbol}, its well-known symbols and the global symbol registry. */
public final class SymbolBuiltins {

  private SymbolBuiltins() {
  }

  static void install(Realm realm) {
    JsObject proto = realm.symbolPrototype;
    Map<String, JsSymbol> registry = new HashMap<>();
    NativeFunction ctor = new NativeFunction(realm, "Symbol", 0,
        (ctx, self, args) -> new JsSymbol(Arg.present(args, 0) ? Ops.toString(args[0]) : null), null);
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    realm.global.defineOwn("Symbol", ctor, Shape.HIDDEN);
    realm.intrinsic("Symbol", ctor);
    JsSymbol[] wellKnown = {JsSymbol.ITERATOR, JsSymbol.ASYNC_ITERATOR, JsSymbol.HAS_INSTANCE, JsSymbol.TO_PRIMITIVE,
        JsSymbol.TO_STRING_TAG, JsSymbol.SPECIES, JsSymbol.IS_CONCAT_SPREADABLE, JsSymbol.UNSCOPABLES, JsSymbol.MATCH,
        JsSymbol.MATCH_ALL, JsSymbol.REPLACE, JsSymbol.SEARCH, JsSymbol.SPLIT};
    for (JsSymbol s : wellKnown) ctor.defineOwn(s.description().substring("Symbol.".length()), s, 0);
    realm.method(ctor, "for", 1, (ctx, self, args) -> registry.computeIfAbsent(Ops.toString(Arg.get(args, 0)), JsSymbol::new));
    realm.method(ctor, "keyFor", 1, (ctx, self, args) -> {
      if (!(Arg.get(args, 0) instanceof JsSymbol s)) throw Errors.typeError(Ops.toString(Arg.get(args, 0)) + " is not a symbol");
      return registry.get(s.description()) == s ? s.description() : Ops.UNDEFINED;
    });
    realm.method(proto, "toString", 0, (ctx, self, args) -> thisSymbol(self).toString());
    realm.method(proto, "valueOf", 0, (ctx, self, args) -> thisSymbol(self));
    proto.defineAccessor("description", realm.function("get description", 0, (ctx, self, args) -> {
      String d = thisSymbol(self).description();
      return d == null ? Ops.UNDEFINED : d;
    }), Ops.UNDEFINED, Shape.CONFIGURABLE);
    proto.defineOwn(JsSymbol.TO_STRING_TAG, "Symbol", Shape.CONFIGURABLE);
    proto.defineOwn(JsSymbol.TO_PRIMITIVE, realm.function("[Symbol.toPrimitive]", 1, (ctx, self, args) -> thisSymbol(self)), Shape.CONFIGURABLE);
  }

  private static JsSymbol thisSymbol(Object self) {
    if (self instanceof JsSymbol s) return s;
    if (self instanceof PrimitiveWrapper w && w.value instanceof JsSymbol s) return s;
    throw Errors.typeError("Symbol.prototype method called on incompatible receiver");
  }
}
