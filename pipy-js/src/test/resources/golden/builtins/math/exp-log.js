const z = x => Object.is(x, -0) ? '-0' : String(x);
println(z(Math.exp(0)), z(Math.exp(1)), z(Math.exp(-Infinity)), z(Math.expm1(0)), z(Math.expm1(-0)), z(Math.expm1(1e-10)), z(Math.log(1)), z(Math.log(Math.E)), z(Math.log(0)), z(Math.log(-1)));
println(z(Math.log10(1000)), z(Math.log10(0.001)), z(Math.log2(8)), z(Math.log2(1024)), z(Math.log2(0.125)), z(Math.log2(3)), z(Math.log1p(0)), z(Math.log1p(-0)), z(Math.log1p(-1)), z(Math.log1p(1e-10)), z(Math.log10(2)));
