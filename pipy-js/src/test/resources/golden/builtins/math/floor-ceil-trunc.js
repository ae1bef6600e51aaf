const z = x => Object.is(x, -0) ? '-0' : String(x);
println(z(Math.floor(1.7)), z(Math.floor(-1.2)), z(Math.floor(-0)), z(Math.floor(-0.5)), z(Math.ceil(1.2)), z(Math.ceil(-1.7)), z(Math.ceil(-0.5)), z(Math.ceil(0.2)), z(Math.trunc(4.7)), z(Math.trunc(-4.7)), z(Math.trunc(-0.2)), z(Math.trunc('12.9')));
println(z(Math.floor(NaN)), z(Math.ceil(Infinity)), z(Math.trunc(-Infinity)), z(Math.floor(2 ** 31 + 0.5)), z(Math.ceil(-(2 ** 31) - 0.5)), z(Math.floor(-2147483648)), z(Math.floor(-5)), z(Math.ceil(7)));
