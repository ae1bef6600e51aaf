println(Object.is(0, 0), Object.is(-0, +0), Object.is(1 / 0, Infinity), Object.is(NaN, Number('x')), Object.is(1, 1.0), Object.is(2 ** 53, 2 ** 53 + 1));
