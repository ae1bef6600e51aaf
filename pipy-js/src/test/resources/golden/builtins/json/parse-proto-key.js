const o = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
println(Object.getPrototypeOf(o) === Object.prototype, o.x, JSON.stringify(Object.keys(o)), o.__proto__.x);
