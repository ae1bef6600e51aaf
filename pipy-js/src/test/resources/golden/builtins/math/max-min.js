const z = x => Object.is(x, -0) ? '-0' : String(x);
println(z(Math.max()), z(Math.min()), z(Math.max(1, 3, 2)), z(Math.min(1, 3, 2)), z(Math.max(0, -0)), z(Math.max(-0, 0)), z(Math.min(0, -0)), z(Math.min(-0, 0)), z(Math.max(-0, -0)));
println(z(Math.max(1, NaN)), z(Math.min(NaN, 1)), z(Math.max('5', 2)), z(Math.max(1, 'x')), z(Math.min([2], [1])), z(Math.max(-Infinity, -1e308)), Math.max.length, Math.min.length);
let calls = 0; Math.max(NaN, {valueOf() { calls++; return 1; }}); println(calls);
try { Math.max(1, Symbol()); } catch (e) { println(e.name); }
