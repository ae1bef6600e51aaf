var n = 1 + 1; println(String(n));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
println(fib(20));
let o = {a: 1, b: [1, 2, 3], c: 'x'};
println(o, o.b.length, `t ${o.a + 1} s`);
const arr = [3, 1, 2].map(x => x * 2).filter(x => x > 2);
println(arr, arr.join('-'));
class A { constructor(x) { this.x = x; } get y() { return this.x * 2; } static s() { return 'S'; } }
class B extends A { constructor() { super(5); } m() { return super.y + 1; } }
const b = new B(); println(b.x, b.y, b.m(), A.s(), b instanceof A);
let [p, q = 7, ...rest] = [1, undefined, 3, 4]; println(p, q, rest);
let {a, ...others} = o; println(a, others);
try { null.x } catch (e) { println(e.name, e.message); }
for (const k in o) print(k, ''); println();
for (const v of [1,2,3]) print(v); println();
let fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); println(fs.map(f => f()));
println(JSON.stringify({a: [1, {b: 2}], c: 'x\n'}), JSON.parse('{"x":[1,2]}').x[1]);
println(0.1 + 0.2, 1e21, 1/3, -0, 2**53, (123.456).toFixed(2), parseInt('0x1f'), Math.max(1, 5, 3));
label: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 1) continue label; if (i == 2) break label; print(i, j, ''); } } println();
println(typeof undefinedThing, typeof fib, o?.x?.y, o.b?.[1], null ?? 'd');
switch (3) { case 1: println('one'); case 3: println('three'); case 4: println('four'); break; default: println('d'); }
println([..."héllo"].length, 'abc'.toUpperCase(), 'a,b'.split(','));
