// `s += x` statements build strings in place; every way of reading s sees the same text.
let s = '';
for (let i = 0; i < 2000; i++) s += 'item' + i + ',';
println(s.length, s.slice(0, 12), s.slice(-8));
var t = 'a'.repeat(100);
t += 1; t += true; t += null; t += undefined; t += 2.5;
println(t.slice(100), typeof t, t === 'a'.repeat(100) + '1truenullundefined2.5');
function f(p) { p += 'x'.repeat(70); p += '!'; return [p.length, arguments[0].length, p.endsWith('x!')]; }
println(JSON.stringify(f('start')));
let u = 'x'.repeat(80);
u += { toString() { return u.length; } };
println(u.slice(80));
let n = 5; n += 3; n += '!'; println(n);
try { w += 'a'; let w = 'b'; } catch (e) { println(e.name); }
let cap = ''.padEnd(70, '-');
const read = () => cap.length;
cap += 'tail';
println(read(), cap.slice(-4));
