const compose = (...fs) => x => fs.reduceRight((v, f) => f(v), x);
println(compose(x => x + 1, x => x * 2)(5));
