const s = Symbol(); const o = {[s]: 1}; Object.defineProperty(o, Symbol.iterator, {value: 1}); println(o.propertyIsEnumerable(s), o.propertyIsEnumerable(Symbol.iterator));
