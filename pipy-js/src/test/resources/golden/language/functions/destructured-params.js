function f({ a, b: { c } }, [d, , e = 'E']) { return [a, c, d, e].join(); }
println(f({ a: 1, b: { c: 2 } }, [3, 4]));
