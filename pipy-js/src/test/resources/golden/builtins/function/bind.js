function f(a, b, c) { return [this.v, a, b, c].join(','); }
const b = f.bind({v: 'V'}, 1);
println(b(2, 3), b.length, b.name, typeof b.prototype);
const bb = b.bind({v: 'ignored'}, 2);
println(bb(3), bb.length, bb.name);
println(f.bind(null).name, f.bind().length, (() => 1).bind().name, (function () {}).bind().name);
const anon = f.bind({v: 0}, 1, 2, 3, 4, 5); println(anon.length, anon());
try { Function.prototype.bind.call(1); } catch (e) { println(e.name); }
