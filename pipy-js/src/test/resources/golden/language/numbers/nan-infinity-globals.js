println(NaN, Infinity, -Infinity, typeof NaN, isNaN('x'), Number.isNaN('x'));
