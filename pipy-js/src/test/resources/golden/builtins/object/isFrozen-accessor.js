const o = Object.preventExtensions(Object.defineProperty({}, 'g', {get() {}, configurable: false})); println(Object.isFrozen(o), Object.isSealed(o));
