const a = [1, 2, 3, 4, 5];
println(JSON.stringify(a.slice()), JSON.stringify(a.slice(2)), JSON.stringify(a.slice(1, 3)), JSON.stringify(a.slice(-2)), JSON.stringify(a.slice(-3, -1)));
println(JSON.stringify(a.slice(3, 1)), JSON.stringify(a.slice(10)), JSON.stringify(a.slice(NaN, '2')), JSON.stringify(a.slice(0, Infinity)));
const s = [1, , 3].slice(); println(s.length, 1 in s);
println(JSON.stringify(Array.prototype.slice.call({length: 3, 0: 'a', 2: 'c'})), JSON.stringify(Array.prototype.slice.call('abc', 1)));
function f() { return Array.prototype.slice.call(arguments, 1); } println(JSON.stringify(f(1, 2, 3)));
