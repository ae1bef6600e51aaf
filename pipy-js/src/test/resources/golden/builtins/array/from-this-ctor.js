function C() { this.made = true; }
const r = Array.from.call(C, [1, 2]);
println(r instanceof C, r.made, r.length, r[0], r[1], Array.isArray(r));
const r2 = Array.of.call(C, 'a', 'b');
println(r2 instanceof C, r2.length, r2[1]);
const r3 = Array.from.call(undefined, [1]);
println(Array.isArray(r3));
