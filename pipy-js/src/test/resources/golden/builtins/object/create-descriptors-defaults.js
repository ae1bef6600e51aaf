const o = Object.create(Object.prototype, {x: {value: 1}});
const d = Object.getOwnPropertyDescriptor(o, 'x'); println(d.writable, d.enumerable, d.configurable, JSON.stringify(Object.keys(o)));
