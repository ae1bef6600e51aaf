const z = x => Object.is(x, -0) ? '-0' : String(x);
println(z(Math.round(0.5)), z(Math.round(1.5)), z(Math.round(2.5)), z(Math.round(-0.5)), z(Math.round(-1.5)), z(Math.round(-2.5)), z(Math.round(-0.4)), z(Math.round(-0)), z(Math.round(0.49999999999999994)));
println(z(Math.round(2 ** 52 + 0.5)), z(Math.round(-(2 ** 52) - 1)), z(Math.round(1e300)), z(Math.round(NaN)), z(Math.round(Infinity)), z(Math.round('2.5')), z(Math.round()), z(Math.round(-0.50000000000000001)), z(Math.round(4503599627370495.5)));
