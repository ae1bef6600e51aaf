const p = {x: 1}; const o = {['__proto__']: p}; println(Object.getPrototypeOf(o) === Object.prototype, o.__proto__ === p, Object.keys(o).join());
