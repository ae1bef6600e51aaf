println(Math.exp(Infinity), Math.exp(-1000), Math.exp(710), Math.expm1(-Infinity), Math.expm1(710), Math.exp(NaN), Math.exp(-0) === 1, Math.exp(2), Math.exp(-1));
