const z = x => Object.is(x, -0) ? '-0' : String(x);
println(z(Math.sinh(0)), z(Math.sinh(-0)), z(Math.cosh(0)), z(Math.tanh(0)), z(Math.tanh(Infinity)), z(Math.tanh(-Infinity)), z(Math.sinh(1)), z(Math.cosh(1)), z(Math.tanh(0.5)));
println(z(Math.asinh(0)), z(Math.asinh(-0)), z(Math.asinh(1)), z(Math.acosh(1)), z(Math.acosh(0.5)), z(Math.acosh(2)), z(Math.atanh(0)), z(Math.atanh(-0)), z(Math.atanh(0.5)), z(Math.atanh(1)), z(Math.atanh(-1)), z(Math.atanh(2)));
println(z(Math.asinh(-Infinity)), z(Math.asinh(1e-300)), z(Math.acosh(Infinity)), z(Math.asinh(-2)));
