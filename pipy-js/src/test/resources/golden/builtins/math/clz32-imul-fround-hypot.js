const z = x => Object.is(x, -0) ? '-0' : String(x);
println(z(Math.clz32(1)), z(Math.clz32(0)), z(Math.clz32(-1)), z(Math.clz32(0.5)), z(Math.clz32(2 ** 32)), z(Math.clz32('8')), z(Math.clz32()), z(Math.clz32(NaN)));
println(z(Math.imul(3, 4)), z(Math.imul(-5, 12)), z(Math.imul(0xffffffff, 5)), z(Math.imul(0xfffffffe, 5)), z(Math.imul(2 ** 31, 2)), z(Math.imul()), z(Math.imul(1.9, 2.9)));
println(z(Math.fround(5.5)), z(Math.fround(5.05)), z(Math.fround(2 ** 128)), z(Math.fround(-0)), z(Math.fround(NaN)), z(Math.fround(1e-50)), z(Math.fround(0.1)));
println(z(Math.hypot(3, 4)), z(Math.hypot()), z(Math.hypot(-3)), z(Math.hypot(NaN, Infinity)), z(Math.hypot(3, 4, '12')), z(Math.hypot(1e200, 1e200)), z(Math.hypot(-0)), z(Math.hypot(1, NaN)), Math.hypot.length);
