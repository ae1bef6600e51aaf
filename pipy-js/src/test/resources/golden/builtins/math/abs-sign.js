const z = x => Object.is(x, -0) ? '-0' : String(x);
println(z(Math.abs(-5)), z(Math.abs(5)), z(Math.abs(-0)), z(Math.abs(-2147483648)), z(Math.abs('-3')), z(Math.abs(null)), z(Math.abs()), z(Math.abs(-Infinity)), z(Math.abs([-2])));
println(z(Math.sign(3)), z(Math.sign(-3)), z(Math.sign(0)), z(Math.sign(-0)), z(Math.sign(NaN)), z(Math.sign('-2')), z(Math.sign(-Infinity)));
