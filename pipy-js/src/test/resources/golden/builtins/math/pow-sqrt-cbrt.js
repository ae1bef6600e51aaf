const z = x => Object.is(x, -0) ? '-0' : String(x);
println(z(Math.pow(2, 10)), z(Math.pow(2, -1)), z(Math.pow(-8, 1 / 3)), z(Math.pow(1, Infinity)), z(Math.pow(NaN, 0)), z(Math.pow(-0, 3)), z(Math.pow(-0, -3)), z(Math.pow(0, -1)), z(Math.pow(-2, 0.5)), z(Math.pow(4, 0.5)));
println(z(Math.sqrt(16)), z(Math.sqrt(2)), z(Math.sqrt(-1)), z(Math.sqrt(-0)), z(Math.sqrt(Infinity)), z(Math.cbrt(27)), z(Math.cbrt(-8)), z(Math.cbrt(-0)), z(2 ** 0.5), z((-8) ** (1 / 3)));
