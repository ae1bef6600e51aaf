println(Object.is(1, 1), Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}));
println(Object.is(), Object.is(undefined, null), Object.is(null, null), Object.is(NaN, 0 / 0), Object.is(1, '1'), Object.is(-0, 0 * -1));
