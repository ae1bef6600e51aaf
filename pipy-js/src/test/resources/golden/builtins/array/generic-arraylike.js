const o = {length: 3, 0: 1, 1: 2, 2: 3};
println(Array.prototype.map.call(o, x => x * 2).join(), Array.prototype.indexOf.call(o, 2), Array.prototype.includes.call(o, 3));
println(Array.prototype.every.call(o, x => x > 0), Array.prototype.reduce.call(o, (a, b) => a + b));
println(JSON.stringify(Array.prototype.fill.call({length: 2}, 0)), JSON.stringify(Array.prototype.reverse.call({length: 2, 0: 'a', 1: 'b'})));
println(Array.prototype.join.call({length: 2, 0: 'x'}), JSON.stringify(Array.prototype.flat.call({length: 2, 0: [1], 1: 2})));
