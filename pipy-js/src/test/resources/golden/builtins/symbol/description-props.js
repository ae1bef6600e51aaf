const d = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description'); println(typeof d.get, d.set, d.enumerable, d.configurable);
