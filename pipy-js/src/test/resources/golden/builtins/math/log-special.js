println(Math.log(-0), Math.log(Infinity), Math.log10(-1), Math.log2(-0), Math.log2(0.5), Math.log2(2 ** -1074), Math.log2(Infinity), Math.log10(1e-300), Math.log1p(-2), Math.log1p(Infinity));
